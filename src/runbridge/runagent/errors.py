"""The agent service's exceptions, under the names its documentation uses, inside runbridge's hierarchy.

    RunAgentError(message, code, details)        runbridge.errors.APIError
     ├── RunAgentStatusError                     the server refused: runbridge.errors.APIStatusError
     │    ├── AuthenticationError          401   + runbridge.errors.AuthenticationError
     │    ├── PermissionDeniedError        403   + runbridge.errors.PermissionDeniedError
     │    ├── AgentNotFoundError           404   + runbridge.errors.NotFoundError (unknown agent or entrypoint)
     │    │    └── AgentNotFoundOrForbiddenError  403 on a stream's handshake: unknown agent, or no access
     │    │                                       (also PermissionDeniedError)
     │    ├── ValidationError              400   + runbridge.errors.BadRequestError
     │    │    └── UnprocessableInputError 422   + runbridge.errors.UnprocessableEntityError
     │    ├── RateLimitError               429   + runbridge.errors.RateLimitError
     │    └── ServerError                  5xx   + runbridge.errors.InternalServerError
     ├── AgentExecutionError                     the agent itself failed (HTTP 200, `success: false`,
     │                                           or an `error` frame in the middle of a stream)
     ├── NetworkError                            + runbridge.errors.APIConnectionError
     │    ├── TimeoutError                       + runbridge.errors.APITimeoutError
     │    └── StreamInterruptedError             + runbridge.errors.StreamInterruptedError
     └── InvalidResponseError                    + runbridge.errors.APIResponseValidationError

`code` is the server's own error code when it sent one (`INTERNAL_ERROR`, `NOT_FOUND`, `VALIDATION_ERROR`, ...),
otherwise a code named after the class (`AUTHENTICATION_ERROR`, `AGENT_NOT_FOUND`, `CONNECTION_ERROR`, ...).
The same classes come out of a `success: false` body, a WebSocket `error` frame and an HTTP status, so one
`except AgentNotFoundError` covers an unknown agent however it was reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from runbridge import errors

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AgentExecutionError",
    "AgentNotFoundError",
    "AgentNotFoundOrForbiddenError",
    "AuthenticationError",
    "InvalidResponseError",
    "NetworkError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunAgentError",
    "RunAgentStatusError",
    "ServerError",
    "StreamInterruptedError",
    "TimeoutError",
    "UnprocessableInputError",
    "ValidationError",
    "error_from_code",
    "translate",
]


class RunAgentError(errors.APIError):
    """Base class of every error the agent service client raises: `message`, `code` and `details`."""

    default_code: ClassVar[str] = "UNKNOWN_ERROR"

    def __init__(self, message: str, code: str | None = None, details: Any = None, **kwargs: Any) -> None:
        # Cooperative: the keyword arguments belong to whichever runbridge error class follows in the MRO.
        super().__init__(message, **kwargs)
        self.code: str = code or self.default_code
        self.details = details
        # Status errors read it from the response headers; the envelope's `request_id` may fill it in later.
        self.request_id: str | None = getattr(self, "request_id", None)

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class RunAgentStatusError(RunAgentError, errors.APIStatusError):
    """The server refused the request (4xx/5xx), or reported the refusal in a `success: false` envelope."""

    default_code: ClassVar[str] = "SERVER_ERROR"
    # The status a failure reported by code (in a body or a frame) stands for; see error_from_code.
    nominal_status: ClassVar[int] = 0
    # Filled in below, once the subclasses exist; read by `APIStatusError.from_response`.
    status_classes: ClassVar[dict[int, type[errors.APIStatusError]]] = {}

    def __init__(self, message: str, code: str | None = None, details: Any = None, **kwargs: Any) -> None:
        super().__init__(message, code, details, **kwargs)
        body_code, body_details = _code_and_details(self.body)
        if code is None and body_code:
            self.code = body_code
        if details is None:
            self.details = body_details


class AuthenticationError(RunAgentStatusError, errors.AuthenticationError):
    """401: the API key is missing, wrong or expired."""

    default_code = "AUTHENTICATION_ERROR"
    nominal_status = 401


class PermissionDeniedError(RunAgentStatusError, errors.PermissionDeniedError):
    """403: the API key may not use this agent (the local server also refuses a stream to an unknown agent id)."""

    default_code = "PERMISSION_ERROR"
    nominal_status = 403


class AgentNotFoundError(RunAgentStatusError, errors.NotFoundError):
    """404: no agent with this id, or the agent has no entrypoint with the requested tag."""

    default_code = "AGENT_NOT_FOUND"
    nominal_status = 404


class AgentNotFoundOrForbiddenError(AgentNotFoundError, PermissionDeniedError):
    """403 on a stream's WebSocket handshake, which cannot tell its two causes apart: `runagent serve` registers
    the stream route for its own agent id only, so it refuses any other id this way, and a server that checks
    keys refuses a key without access the same way. Both `except AgentNotFoundError` and
    `except PermissionDeniedError` catch it, and its message names both possibilities."""

    default_code = "AGENT_NOT_FOUND"
    nominal_status = 403


class ValidationError(RunAgentStatusError, errors.BadRequestError):
    """400: the input was refused (bad arguments, a streaming tag sent to the REST endpoint, ...)."""

    default_code = "VALIDATION_ERROR"
    nominal_status = 400


class UnprocessableInputError(ValidationError, errors.UnprocessableEntityError):
    """422: the request body failed the server's schema validation; `details["errors"]` lists the problems."""


class RateLimitError(RunAgentStatusError, errors.RateLimitError):
    """429: too many requests (already retried after the server's Retry-After)."""

    default_code = "RATE_LIMIT_EXCEEDED"
    nominal_status = 429


class ServerError(RunAgentStatusError, errors.InternalServerError):
    """5xx: the server failed (already retried with backoff when that was safe)."""

    default_code = "SERVER_ERROR"
    nominal_status = 500


class AgentExecutionError(RunAgentError):
    """The agent ran and raised: a 200 answer with `success: false`, or an `error` frame mid-stream."""

    default_code = "INTERNAL_ERROR"


class NetworkError(RunAgentError, errors.APIConnectionError):
    """No usable answer: the connection was refused, reset, or failed TLS."""

    default_code = "CONNECTION_ERROR"


class TimeoutError(NetworkError, errors.APITimeoutError):  # the documented name; shadows the builtin only here
    """The request, the WebSocket handshake or a wait for the next stream chunk exceeded the timeout."""

    default_code = "TIMEOUT"


class StreamInterruptedError(NetworkError, errors.StreamInterruptedError):
    """The WebSocket closed before the server said `stream_completed`: the chunks received are incomplete."""

    default_code = "STREAM_INTERRUPTED"


class InvalidResponseError(RunAgentError, errors.APIResponseValidationError):
    """The server answered something that is not the RunAgent protocol (HTML, bad JSON, a broken `data` field)."""

    default_code = "INVALID_RESPONSE"

    def __init__(
        self,
        message: str,
        code: str | None = None,
        details: Any = None,
        *,
        response: httpx.Response | None = None,
        field: str | None = None,
    ) -> None:
        # APIResponseValidationError needs an HTTP response; a bad WebSocket frame has none, so set the
        # shared attributes here rather than through its constructor.
        errors.APIError.__init__(self, message, request=_request_of(response))
        self.code = code or self.default_code
        self.details = details
        self.response = response  # type: ignore[assignment]
        self.status_code = response.status_code if response is not None else 0
        self.field = field
        self._operation = None


RunAgentStatusError.status_classes = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: AgentNotFoundError,
    422: UnprocessableInputError,
    429: RateLimitError,
    500: ServerError,  # any 5xx
    0: RunAgentStatusError,  # 409 and the other 4xx
}

# Codes servers put in `error.code` (and the maintainers' cross-SDK list), mapped to the class that fits.
_CODE_CLASSES: dict[str, type[RunAgentError]] = {
    "AUTHENTICATION_ERROR": AuthenticationError,
    "UNAUTHORIZED": AuthenticationError,
    "PERMISSION_ERROR": PermissionDeniedError,
    "FORBIDDEN": PermissionDeniedError,
    "NOT_FOUND": AgentNotFoundError,
    "AGENT_NOT_FOUND": AgentNotFoundError,
    "AGENT_NOT_FOUND_LOCAL": AgentNotFoundError,
    "AGENT_NOT_FOUND_REMOTE": AgentNotFoundError,
    "VALIDATION_ERROR": ValidationError,
    "STREAM_ENTRYPOINT": ValidationError,
    "NON_STREAM_ENTRYPOINT": ValidationError,
    "RATE_LIMIT": RateLimitError,
    "RATE_LIMITED": RateLimitError,
    "RATE_LIMIT_EXCEEDED": RateLimitError,
    "SERVER_ERROR": ServerError,
}


def error_from_code(
    code: str | None,
    message: str,
    details: Any = None,
    *,
    response: httpx.Response | None = None,
    request_id: str | None = None,
) -> RunAgentError:
    """The error for a failure the server reported in a body or frame rather than with a status code.

    An unknown code (`INTERNAL_ERROR`, `STREAM_ERROR`, ...) means the agent itself failed. A known code gives
    the status error it names, whose `status_code` is the status that code stands for.
    """
    error_class = _CODE_CLASSES.get((code or "").upper(), AgentExecutionError)
    error: RunAgentError
    if issubclass(error_class, RunAgentStatusError):
        # `status_code` is the status the code stands for (a RATE_LIMIT in a 200 body is a 429 to a retry
        # policy); the HTTP exchange it came in, if any, is still on `.response`.
        status_error = error_class(message, code, details, status_code=error_class.nominal_status)
        status_error.response = response
        status_error.request = _request_of(response)
        error = status_error
    else:
        error = error_class(message, code, details, request=_request_of(response))
    if request_id:
        error.request_id = request_id
    return error


def translate(exc: errors.APIError) -> RunAgentError:
    """Re-raise the transport's generic errors as this service's documented classes (status errors already are)."""
    if isinstance(exc, RunAgentError):
        return exc
    if isinstance(exc, errors.APITimeoutError):
        return TimeoutError(exc.message, request=exc.request, attempts=exc.attempts)
    if isinstance(exc, errors.StreamInterruptedError):
        return StreamInterruptedError(exc.message, request=exc.request, attempts=exc.attempts)
    if isinstance(exc, errors.APIConnectionError):
        return NetworkError(exc.message, request=exc.request, attempts=exc.attempts)
    if isinstance(exc, errors.APIResponseValidationError):
        return InvalidResponseError(exc.message, response=exc.response, field=exc.field)
    return RunAgentError(exc.message, request=exc.request, attempts=exc.attempts)


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    if response is None:
        return None
    try:
        return response.request
    except RuntimeError:  # a response built by hand has no request
        return None


def _code_and_details(body: object) -> tuple[str | None, Any]:
    """The server's code and details from the envelope, or FastAPI's validation list from a 422."""
    if not isinstance(body, dict):
        return None, None
    error = body.get("error")
    if isinstance(error, dict):
        code = error.get("code")
        return (code if isinstance(code, str) and code else None), error.get("details")
    detail = body.get("detail")
    if isinstance(detail, list):
        return None, {"errors": detail}
    return None, None
