"""One exception hierarchy for every service, the transport and the tooling.

    RunbridgeError
     ├── APIError                          anything that came from talking to a service
     │    ├── APIConnectionError           no usable response: refused, reset, DNS, TLS, stream cut short
     │    │    ├── APITimeoutError         the request or a read exceeded its timeout
     │    │    └── StreamInterruptedError  an event or WebSocket stream ended before its final frame
     │    ├── APIStatusError               the service answered 4xx/5xx
     │    │    ├── BadRequestError             400
     │    │    ├── AuthenticationError         401
     │    │    ├── PermissionDeniedError       403
     │    │    ├── NotFoundError               404
     │    │    ├── ConflictError               409
     │    │    ├── UnprocessableEntityError    422
     │    │    ├── RateLimitError              429
     │    │    └── InternalServerError         5xx
     │    ├── UnexpectedStatus             a success status the spec does not document
     │    └── APIResponseValidationError   a response body that does not match the spec
     ├── TokenError                        a token endpoint refused the credentials or answered nonsense
     ├── InvalidArgumentError              an argument that cannot become a valid request (also ValueError)
     ├── ConfigError                       a bad config key, value or missing ${VAR} (also ValueError)
     └── SpecError                         an OpenAPI spec that cannot be generated

A token endpoint that refuses the credentials raises the status error of its answer, made a `TokenError` as
well: a wrong key or secret is an `AuthenticationError` (401) or a `PermissionDeniedError` (403), under the
service's own name too (Run:ai's `UnauthorizedException`, ...), and `except TokenError` still catches it. A token
endpoint that is down or answers 5xx is retried like any call first. Its message and body never hold the secret.

Each service module re-exports these under the names its own documentation uses (Runicorn's ``ServerError``,
RunAgent's ``AgentNotFoundError``, ...) as subclasses, so ``except runbridge.NotFoundError`` works everywhere.
Messages never contain credentials: URLs are redacted before they are formatted into a message.

Every error pickles (for batches that hand errors across processes) with its message, status, body, request id,
attempt count and operation; the httpx request and response stay behind, as they hold live connections.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, ClassVar

from runbridge._redact import is_sensitive_header, is_sensitive_key, redact_text, redact_url

if TYPE_CHECKING:  # httpx is imported where it is used, so `import runbridge` stays cheap
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunbridgeError",
    "SpecError",
    "StreamInterruptedError",
    "TokenError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "as_token_error",
    "status_error_class",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")


# Live objects that do not cross a process boundary; everything a caller reads about the error does.
_NOT_PICKLED = frozenset({"request", "response"})


class RunbridgeError(Exception):
    """Base class of every error runbridge raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__, whose signature differs from class to class (keyword-only
        # arguments, seed-compatible positional ones), so one rule pickles the whole hierarchy.
        cls = type(self)
        token_base: type[APIStatusError] | None = cls.__dict__.get("_token_base")
        state = {key: None if key in _NOT_PICKLED else value for key, value in self.__dict__.items()}
        if isinstance(self, APIError):
            state["_operation"] = self.operation
        return _unpickle, (token_base or cls, self.args, state, token_base is not None)


def _unpickle(cls: type[RunbridgeError], args: tuple[Any, ...], state: dict[str, Any], token: bool) -> RunbridgeError:
    if token:
        cls = _token_error_class(cls)  # type: ignore[arg-type]
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIError(RunbridgeError):
    """An error that came from talking to a service; carries the request when there was one."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, attempts: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.attempts = attempts
        self._operation: str | None = None

    @property
    def operation(self) -> str | None:
        """The spec's operation name, when the request came from a generated endpoint."""
        if self._operation is not None or self.request is None:
            return self._operation
        value = self.request.extensions.get("runbridge.operation")
        return value if isinstance(value, str) else None


class APIConnectionError(APIError):
    """No usable response: the connection failed, was reset, or the body could not be read."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None, attempts: int | None = None
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)


class APITimeoutError(APIConnectionError):
    """The request, or one read of a stream, took longer than its timeout."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None, attempts: int | None = None
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)


class StreamInterruptedError(APIConnectionError):
    """An event stream or WebSocket ended before the frame that marks its end."""


class APIStatusError(APIError):
    """The service answered with a 4xx or 5xx status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        status_code: int | None = None,
        attempts: int | None = None,
    ) -> None:
        super().__init__(message, request=_request_of(response), attempts=attempts)
        self.response = response
        self.status_code: int = response.status_code if response is not None else (status_code or 0)
        self.body = body
        self.request_id = _request_id(response.headers) if response is not None else None

    # A service's own error base sets this to map status codes to its documented subclasses.
    status_classes: ClassVar[dict[int, type[APIStatusError]]] = {}

    @classmethod
    def from_response(cls, response: httpx.Response, *, attempts: int | None = None) -> APIStatusError:
        """Build the subclass that fits the status code, with the parsed body and a one-line message."""
        body = parse_body(response)
        error_class = status_error_class(response.status_code, cls)
        if attempts is None:
            attempts = _recorded_attempts(response)
        return error_class(_status_message(response, body), response=response, body=body, attempts=attempts)


def _recorded_attempts(response: httpx.Response) -> int | None:
    request = _request_of(response)
    recorded = request.extensions.get("runbridge.attempts") if request is not None else None
    return recorded if isinstance(recorded, int) else None


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    """The response's request, or None for a response built by hand (httpx raises rather than return None)."""
    if response is None:
        return None
    try:
        return response.request
    except RuntimeError:
        return None


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired credentials (after one refresh-and-retry)."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but its content was rejected."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried with the server's Retry-After before this is raised."""


class InternalServerError(APIStatusError):
    """5xx: the service failed; retried with backoff before this is raised."""


class UnexpectedStatus(APIError):
    """A status the spec does not document for this operation (raised when the client asks for strictness)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        super().__init__(f"Unexpected status code {status_code} ({len(content)} bytes of body)")
        self.status_code = status_code
        self.content = content


class APIResponseValidationError(APIError):
    """A response whose body does not match the operation's schema in the spec."""

    def __init__(
        self, message: str, *, response: httpx.Response, operation: str | None = None, field: str | None = None
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.field = field
        self._operation = operation or self.operation

    @classmethod
    def from_parse_failure(
        cls, operation: str | None, response: httpx.Response, exc: BaseException
    ) -> APIResponseValidationError:
        """Explain why parsing failed: not JSON at all, a missing field, or a field of the wrong type."""
        content_type = response.headers.get("content-type", "no content type")
        where = f"{operation}: " if operation else ""
        field: str | None = None
        if isinstance(exc, json.JSONDecodeError):
            reason = f"the body is not JSON ({content_type}, {len(response.content)} bytes)"
        elif isinstance(exc, KeyError):
            field = str(exc.args[0]) if exc.args else None
            reason = f"required field {field!r} is missing"
        else:
            # Parser messages quote the offending value, which may be a credential: redact it.
            reason = redact_text(f"{type(exc).__name__}: {exc}", request_secrets(_request_of(response)))[:500]
        return cls(
            f"{where}response from {_describe(_request_of(response))} does not match the spec: {reason}",
            response=response,
            operation=operation,
            field=field,
        )


class TokenError(RunbridgeError):
    """A token endpoint refused the credentials or answered with something that is not a token.

    A refusal (an error status) reaches the caller through `as_token_error`, as the status error of the
    endpoint's answer; `response` is kept here until then.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: object = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.response = response


class InvalidArgumentError(RunbridgeError, ValueError):
    """An argument that cannot become a valid request (a path parameter such as '..'); raised before sending."""


class ConfigError(RunbridgeError, ValueError):
    """Bad configuration: an unknown key, a wrong value, or a ${VAR} that is not set."""


class SpecError(RunbridgeError):
    """An OpenAPI spec that failed validation or generation; names the spec, the operation and why."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def as_token_error(refusal: TokenError, error: Exception) -> Exception:
    """`error` (the status error a client's error factory built from the token endpoint's answer) made a
    TokenError too, carrying the refusal's message and body, from which the credentials are already removed.

    The class is switched rather than the error rebuilt, because every service builds its status errors with
    its own constructor; the derived class adds nothing but TokenError to the bases.
    """
    if not isinstance(error, APIStatusError):
        return refusal
    error.__class__ = _token_error_class(type(error))
    error.args = (str(refusal),)
    error.message = str(refusal)
    error.body = refusal.body
    return error


_TOKEN_ERROR_CLASSES: dict[type[APIStatusError], type[APIStatusError]] = {}


def _token_error_class(base: type[APIStatusError]) -> type[APIStatusError]:
    cls = _TOKEN_ERROR_CLASSES.get(base)
    if cls is None:
        # Same name and module as the base, so a traceback reads "UnauthorizedException: token endpoint ...".
        namespace = {"_token_base": base, "__module__": base.__module__, "__qualname__": base.__qualname__}
        cls = _TOKEN_ERROR_CLASSES[base] = type(base.__name__, (base, TokenError), namespace)
    return cls


def status_error_class(status_code: int, base: type[APIStatusError] = APIStatusError) -> type[APIStatusError]:
    """The class for a status code; a service passes its own `base` to get its seed-named subclasses."""
    mapping = base.status_classes
    if status_code in mapping:
        return mapping[status_code]
    if status_code >= 500 and 500 in mapping:
        return mapping[500]
    if mapping and 0 in mapping:  # a service's catch-all
        return mapping[0]
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def _response_not_read() -> type[Exception]:
    import httpx

    return httpx.ResponseNotRead


def parse_body(response: httpx.Response) -> object:
    """The body as JSON when it is JSON, else as text; never raises."""
    try:
        content = response.content
    except _response_not_read():
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deeply to parse
        return response.text


def _request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def _describe(request: httpx.Request | None) -> str:
    if request is None:
        return "a request"
    return f"{request.method} {redact_url(request.url)}"


def _status_message(response: httpx.Response, body: object) -> str:
    detail = _detail_from_body(body)
    request = _request_of(response)
    message = f"{_describe(request)} answered {response.status_code} {response.reason_phrase}".rstrip()
    # A server may echo what it was sent (a token, a key) in its error text: remove what we know we sent.
    # Redact before cutting to length, so that a secret straddling the cut cannot show its first characters.
    return f"{message}: {redact_text(detail, request_secrets(request))[:500]}" if detail else message


def request_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credential values a request carried (sensitive headers, bearer tokens, secret query values)."""
    if request is None:
        return ()
    values: list[str] = []
    for name, value in request.headers.items():
        if is_sensitive_header(name) and value:
            values.append(value)
            scheme, _, credential = value.partition(" ")
            if credential and scheme.lower() in ("bearer", "basic", "token", "apikey"):
                values.append(credential.strip())
    for name, value in request.url.params.multi_items():
        if is_sensitive_key(name) and value:
            values.append(value)
    # Longest first, so that "Bearer abc" is replaced whole before "abc" alone.
    return tuple(sorted({value for value in values if len(value) >= 4}, key=len, reverse=True))


def _detail_from_body(body: object) -> str | None:
    """Pull the human message out of the common error shapes: detail, message, error{message}, error."""
    if isinstance(body, dict):
        for key in ("detail", "message", "error_description", "error"):
            value: Any = body.get(key)
            if isinstance(value, dict):
                value = value.get("message") or value.get("detail")
            if isinstance(value, str) and value:
                return value[:_DETAIL_SCAN]
            if isinstance(value, list) and value:
                return json.dumps(value)[:_DETAIL_SCAN]
        return None
    if isinstance(body, str) and body.strip():
        text = body.strip()
        if text.lstrip().lower().startswith(("<!doctype html", "<html")):
            return "an HTML page where an API response was expected"
        return text[:_DETAIL_SCAN]
    return None


# How much of an error body is scanned for secrets before the message is cut to 500 characters.
_DETAIL_SCAN = 5000
