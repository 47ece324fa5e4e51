"""The retry policy: its parameters, the delays it computes and the failures it calls transient."""

from __future__ import annotations

import email.utils
import ssl

import attrs
import httpx
import pytest

from runbridge.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConfigError,
    StreamInterruptedError,
)
from runbridge.retry import RETRYABLE_STATUS, RetryConfig, is_certificate_failure, is_transient, retry_after_seconds

NOW = 1_800_000_000.0


def test_defaults_are_safe() -> None:
    config = RetryConfig()
    assert (config.enabled, config.max_attempts, config.backoff_factor, config.max_backoff) == (True, 3, 0.5, 8.0)
    assert config.jitter
    assert config.max_retry_after == 60.0
    assert config.max_retries == 2
    assert RetryConfig.none().max_retries == 0


@pytest.mark.parametrize("field", ["max_attempts", "backoff_factor", "max_backoff", "max_retry_after"])
def test_negative_parameters_are_rejected(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        RetryConfig(**{field: -1})  # type: ignore[arg-type]


def test_with_max_retries() -> None:
    assert RetryConfig().with_max_retries(5).max_attempts == 6
    assert RetryConfig().with_max_retries(0).enabled is False
    assert RetryConfig.none().with_max_retries(2).max_retries == 2  # asking by number switches retries on
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError, match="max_retries"):
            RetryConfig().with_max_retries(bad)  # type: ignore[arg-type]


def test_backoff_without_jitter_doubles_up_to_the_cap() -> None:
    config = RetryConfig(backoff_factor=0.5, max_backoff=3.0, jitter=False)
    assert [config.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert config.backoff(10_000) == 3.0  # no float overflow however many attempts


def test_jitter_only_shortens_by_up_to_a_quarter() -> None:
    config = RetryConfig(backoff_factor=1.0, max_backoff=100.0)
    delays = [config.backoff(2) for _ in range(200)]
    assert all(3.0 <= delay <= 4.0 for delay in delays)
    assert len(set(delays)) > 1


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": " 1.5 "}, 1.5),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "nan", "retry-after": "9"}, 9.0),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({}, None),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, 0.0),
        ({"retry-after": "Wed, 15 Jan 2027 08:00:00"}, None),  # no zone: read as UTC, not local time
    ],
)
def test_retry_after_parsing(headers: dict[str, str], expected: float | None) -> None:
    value = retry_after_seconds(headers, now=NOW)
    if headers.get("retry-after") == "Wed, 15 Jan 2027 08:00:00":
        assert value is not None
        assert value == email.utils.parsedate_to_datetime("Fri, 15 Jan 2027 08:00:00 +0000").timestamp() - NOW
        return
    assert value == expected


def test_delay_prefers_the_server_and_caps_it() -> None:
    config = RetryConfig(jitter=False, max_retry_after=10.0)
    assert config.delay(0, {"retry-after": "4"}) == 4.0
    assert config.delay(0, {"retry-after": "4000"}) == 10.0
    assert config.delay(1, {}) == 1.0
    assert config.delay(1, {"retry-after": "garbage"}) == 1.0


def _status_error(code: int) -> APIStatusError:
    request = httpx.Request("GET", "http://127.0.0.1/")
    return APIStatusError.from_response(httpx.Response(code, request=request))


@pytest.mark.parametrize("code", sorted(RETRYABLE_STATUS))
def test_retryable_statuses_are_transient(code: int) -> None:
    assert is_transient(_status_error(code))
    response = httpx.Response(code, request=httpx.Request("GET", "http://x/"))
    assert is_transient(httpx.HTTPStatusError("x", request=response.request, response=response))


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422, 501])
def test_client_errors_are_not_transient(code: int) -> None:
    assert not is_transient(_status_error(code))


@pytest.mark.parametrize(
    "error",
    [
        APIConnectionError(),
        APITimeoutError(),
        StreamInterruptedError("cut"),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("gone"),
        TimeoutError(),
        ConnectionResetError(),
    ],
)
def test_connection_failures_are_transient(error: BaseException) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        ValueError("bug"),
        KeyError("k"),
        ConfigError("bad"),
        BadRequestError("bad", status_code=400),
        httpx.UnsupportedProtocol("ftp://"),
    ],
)
def test_other_failures_are_not_transient(error: BaseException) -> None:
    assert not is_transient(error)


def test_certificate_failures_are_never_transient() -> None:
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed certificate")
    wrapped = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    error = APIConnectionError("https failed")
    error.__cause__ = cause
    assert is_certificate_failure(error)
    assert not is_transient(error)
    assert not is_transient(wrapped)


def test_the_policy_is_a_frozen_value() -> None:
    config = RetryConfig()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.max_attempts = 9  # type: ignore[misc]
    assert "max_attempts=3" in repr(config)


class _ForeignStatusError(Exception):
    """Shaped like openai's APIStatusError / requests' HTTPError: a status code, on itself or its response."""

    def __init__(self, status: int, *, on_response: bool = False) -> None:
        super().__init__(f"status {status}")
        if on_response:
            self.response = type("Response", (), {"status_code": status})()
        else:
            self.status_code = status


class APITimeoutError(Exception):  # named like openai's, unrelated to runbridge's
    pass


class Timeout(Exception):  # named like requests'
    pass


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_ForeignStatusError(503), True),
        (_ForeignStatusError(429, on_response=True), True),
        (_ForeignStatusError(404), False),
        (_ForeignStatusError(401, on_response=True), False),
        (APITimeoutError("read timed out"), True),
        (Timeout("connect timed out"), True),
        (Timeout("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), False),
        (RuntimeError("boom"), False),
    ],
)
def test_other_libraries_errors_are_classified_by_shape(error: BaseException, expected: bool) -> None:
    assert is_transient(error) is expected
