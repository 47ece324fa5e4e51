"""Redaction helpers: URLs, headers, JSON-like data, free text, and the log filter."""

from __future__ import annotations

import logging

import httpx
import pytest

from runbridge._redact import (
    REDACTED,
    RedactingFilter,
    install_httpx_log_filter,
    is_sensitive_key,
    mask,
    redact_headers,
    redact_mapping,
    redact_text,
    redact_url,
)

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXZhbHVl"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://h/p?access_token=abc&q=1", "http://h/p?access_token=[REDACTED]&q=1"),
        ("http://h/p?Token=abc", "http://h/p?Token=[REDACTED]"),
        ("http://h/p?apiKey=abc&clientSecret=s", "http://h/p?apiKey=[REDACTED]&clientSecret=[REDACTED]"),
        ("http://h/p?X-Amz-Signature=abc", "http://h/p?X-Amz-Signature=[REDACTED]"),
        ("http://user:pass@h/p", "http://h/p"),
        ("http://h/p?max_tokens=5&page=2", "http://h/p?max_tokens=5&page=2"),
        ("http://h/p", "http://h/p"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
    assert redact_url(httpx.URL(url)) == expected


def test_redact_url_never_raises() -> None:
    assert redact_url("http://[not-a-url?token=abc").endswith("token=[REDACTED]")
    assert redact_url("") == ""


def test_redact_headers_by_name_and_by_fragment() -> None:
    headers = {
        "Authorization": "Bearer x",
        "X-API-Key": "k",
        "X-Runs-Token": "t",
        "Private-Token": "p",
        "Cookie": "c",
        "Content-Type": "application/json",
        "X-Request-Id": "rid",
    }
    assert redact_headers(headers) == {
        "Authorization": REDACTED,
        "X-API-Key": REDACTED,
        "X-Runs-Token": REDACTED,
        "Private-Token": REDACTED,
        "Cookie": REDACTED,
        "Content-Type": "application/json",
        "X-Request-Id": "rid",
    }
    assert redact_headers([("authorization", "a")]) == {"authorization": REDACTED}


@pytest.mark.parametrize(
    "key",
    [
        "client_secret",
        "clientSecret",
        "CLIENT-SECRET",
        "apiKey",
        "api_key",
        "accessToken",
        "token",
        "password",
        "bearer_token",
        "db_password",
        "refreshToken",
        "x-api-key",
    ],
)
def test_sensitive_keys(key: str) -> None:
    assert is_sensitive_key(key)


@pytest.mark.parametrize("key", ["max_tokens", "token_type", "tokens_used", "keyboard", "name", "expires_in"])
def test_ordinary_keys(key: str) -> None:
    assert not is_sensitive_key(key)


def test_redact_mapping_is_deep_and_keeps_empty_values() -> None:
    data = {"clientSecret": "s", "nested": [{"apiKey": "k", "n": 1}], "token": "", "max_tokens": 9}
    assert redact_mapping(data) == {
        "clientSecret": REDACTED,
        "nested": [{"apiKey": REDACTED, "n": 1}],
        "token": "",
        "max_tokens": 9,
    }


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Authorization: Bearer abc.def-ghi", "abc.def-ghi"),
        ("basic dXNlcjpwYXNz", "dXNlcjpwYXNz"),
        (f"token is {JWT} ok", JWT),
        ("GET /x?access_token=abc123&b=2", "abc123"),
        ('{"access_token": "v1", "token_type": "bearer"}', "v1"),
        ("{'clientSecret': 'v2'}", "v2"),
        ("x-api-key: v3, other", "v3"),
        ("authorization=v4", "v4"),
    ],
)
def test_redact_text(text: str, gone: str) -> None:
    redacted = redact_text(text)
    assert gone not in redacted
    assert REDACTED in redacted


def test_redact_text_known_secrets_and_harmless_text() -> None:
    assert redact_text("the key is hunter22 ok", ["hunter22", "ab"]) == f"the key is {REDACTED} ok"
    assert redact_text('{"token_type": "bearer", "expires_in": 3600}') == '{"token_type": "bearer", "expires_in": 3600}'


def test_mask() -> None:
    assert mask("secret") == REDACTED
    assert mask(None) == "None"


def test_the_filter_rewrites_messages_with_arguments() -> None:
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", ("GET", "http://h/?token=t0k"), None
    )
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "HTTP Request: GET http://h/?token=[REDACTED]"


def test_the_filter_lets_a_malformed_record_through_untouched() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "%s %s", ("only one",), None)
    assert RedactingFilter().filter(record)  # does not raise inside the caller's logging call
    assert record.args == ("only one",)


def test_httpx_and_httpcore_child_loggers_are_filtered() -> None:
    install_httpx_log_filter()
    for name in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection"):
        assert any(isinstance(item, RedactingFilter) for item in logging.getLogger(name).filters), name
