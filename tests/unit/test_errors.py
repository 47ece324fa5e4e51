"""The error hierarchy: status mapping, service subclasses, what a status error carries, safe messages."""

from __future__ import annotations

import json
from typing import ClassVar

import httpx
import pytest

from runbridge import errors
from runbridge.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RunbridgeError,
    UnprocessableEntityError,
    parse_body,
    status_error_class,
)


def response(
    status: int, body: object = None, *, headers: dict[str, str] | None = None, url: str = "http://127.0.0.1/x"
) -> httpx.Response:
    content = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else b"")
    request = httpx.Request("GET", url, headers={"Authorization": "Bearer tok-123456789", "X-Api-Key": "key-98765"})
    return httpx.Response(status, content=content, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (529, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_codes_map_to_classes(status: int, cls: type[APIStatusError]) -> None:
    error = APIStatusError.from_response(response(status, {"detail": "why"}))
    assert type(error) is cls
    assert isinstance(error, APIError)
    assert isinstance(error, RunbridgeError)
    assert error.status_code == status
    assert error.body == {"detail": "why"}
    assert error.response is not None


def test_a_status_error_carries_request_id_attempts_and_operation() -> None:
    resp = response(404, {"message": "no run 7"}, headers={"x-request-id": "rid-1"})
    resp.request.extensions["runbridge.attempts"] = 2
    resp.request.extensions["runbridge.operation"] = "get_run"
    error = APIStatusError.from_response(resp)
    assert (error.request_id, error.attempts, error.operation) == ("rid-1", 2, "get_run")
    assert str(error) == "GET http://127.0.0.1/x answered 404 Not Found: no run 7"


class ServiceError(APIStatusError):
    status_classes: ClassVar[dict[int, type[APIStatusError]]] = {}


class ServiceNotFound(ServiceError, NotFoundError):
    pass


class ServiceServerError(ServiceError, InternalServerError):
    pass


class ServiceOther(ServiceError):
    pass


ServiceError.status_classes = {404: ServiceNotFound, 500: ServiceServerError, 0: ServiceOther}


def test_a_service_base_maps_to_its_own_subclasses() -> None:
    assert type(ServiceError.from_response(response(404))) is ServiceNotFound
    assert type(ServiceError.from_response(response(502))) is ServiceServerError
    assert type(ServiceError.from_response(response(400))) is ServiceOther
    assert isinstance(ServiceError.from_response(response(404)), NotFoundError)
    assert status_error_class(404) is NotFoundError  # the base mapping is untouched


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"detail": "d"}, "d"),
        ({"message": "m"}, "m"),
        ({"error": {"message": "nested"}}, "nested"),
        ({"error_description": "oauth says no"}, "oauth says no"),
        ({"detail": [{"loc": ["body", "x"], "msg": "field required"}]}, '[{"loc": ["body", "x"]'),
        (b"plain text failure", "plain text failure"),
        (b"<!DOCTYPE html><html>proxy error</html>", "an HTML page where an API response was expected"),
        (b'{"broken json', '{"broken json'),
        (b"[" * 50_000, "[[[["),
    ],
)
def test_the_message_takes_the_detail_from_common_shapes(body: object, detail: str) -> None:
    assert detail in str(APIStatusError.from_response(response(500, body)))


def test_an_empty_body_is_none_and_the_message_has_no_detail() -> None:
    error = APIStatusError.from_response(response(502))
    assert error.body is None
    assert str(error) == "GET http://127.0.0.1/x answered 502 Bad Gateway"


def test_messages_never_carry_credentials_the_request_sent_or_the_server_echoed() -> None:
    body = {"detail": "bad token tok-123456789 and key key-98765; Bearer tok-123456789; access_token=zz9zz9"}
    error = APIStatusError.from_response(response(401, body, url="http://u:p@127.0.0.1/x?access_token=qq-1234"))
    text = str(error) + repr(error)
    for secret in ("tok-123456789", "key-98765", "zz9zz9", "qq-1234", "u:p@"):
        assert secret not in text
    assert "access_token=[REDACTED]" in text


def test_a_response_without_a_request_is_handled() -> None:
    error = APIStatusError.from_response(httpx.Response(500, content=b"x"))
    assert error.request is None
    assert error.attempts is None
    assert str(error).startswith("a request answered 500")
    validation = APIResponseValidationError.from_parse_failure("op", httpx.Response(200), KeyError("id"))
    assert validation.request is None


def test_parse_body() -> None:
    assert parse_body(response(200, {"a": 1})) == {"a": 1}
    assert parse_body(response(200, b"\xff\xfe not utf8")) == "\ufffd\ufffd not utf8"
    assert parse_body(response(200)) is None
    streamed = httpx.Response(200, stream=httpx.ByteStream(b"{}"), request=httpx.Request("GET", "http://x/"))
    assert parse_body(streamed) is None  # never reads (or raises on) an unread stream


@pytest.mark.parametrize(
    ("exc", "reason", "field"),
    [
        (json.JSONDecodeError("Expecting value", "<html>", 0), "the body is not JSON (text/html, 6 bytes)", None),
        (KeyError("run_id"), "required field 'run_id' is missing", "run_id"),
        (TypeError("expected str, got int"), "TypeError: expected str, got int", None),
        (ValueError("'tok-123456789' is not a valid Status"), "ValueError: '[REDACTED]' is not a valid Status", None),
    ],
)
def test_parse_failures_name_operation_and_field(exc: Exception, reason: str, field: str | None) -> None:
    resp = response(200, b"<html>", headers={"content-type": "text/html"})
    error = APIResponseValidationError.from_parse_failure("get_run", resp, exc)
    assert str(error) == f"get_run: response from GET http://127.0.0.1/x does not match the spec: {reason}"
    assert (error.operation, error.field, error.status_code) == ("get_run", field, 200)


def test_the_tree_in_the_docstring_lists_every_class() -> None:
    doc = errors.__doc__ or ""
    for name in errors.__all__:
        if name[0].isupper():
            assert name in doc, name


def test_connection_errors_keep_the_request() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/jobs", extensions={"runbridge.operation": "create_job"})
    error = APIConnectionError(request=request, attempts=3)
    assert (error.operation, error.attempts, str(error)) == ("create_job", 3, "Connection error.")


def test_a_secret_straddling_the_length_cut_shows_no_characters() -> None:
    body = {"detail": "x" * 495 + " tok-123456789 trailing"}
    message = str(APIStatusError.from_response(response(400, body)))
    assert "tok-1" not in message
    assert message.endswith(" [RED")  # the cut falls inside the marker, never inside the secret
