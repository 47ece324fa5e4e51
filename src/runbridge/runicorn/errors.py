"""The exceptions of the Runicorn client, under the names its documentation uses, inside runbridge's hierarchy.

    RunicornAPIError                      every error this client raises (a runbridge.errors.APIError)
     ├── ConnectionError                  the viewer is unreachable (also runbridge.errors.APIConnectionError)
     │    └── TimeoutError                a request took longer than its timeout (also APITimeoutError)
     ├── RunicornStatusError              the viewer answered 4xx/5xx (also runbridge.errors.APIStatusError)
     │    ├── BadRequestError             400 (also runbridge.errors.BadRequestError)
     │    │    └── UnprocessableEntityError   422, a parameter failed the viewer's validation
     │    ├── AuthenticationError         401, e.g. from a proxy in front of the viewer
     │    ├── PermissionDeniedError       403, e.g. an asset path outside the run
     │    ├── NotFoundError               404: no such run, session or artifact
     │    ├── ConflictError               409
     │    │    └── HostKeyConfirmationRequiredError   the remote host's SSH key must be accepted first
     │    ├── RateLimitError              429
     │    └── ServerError                 5xx; `detail` keeps the viewer's message (e.g. the SSH error)
     │         └── NotImplementedByViewerError   501, the viewer lacks the feature
     ├── ResponseError                    a 200 whose body is not what the spec says (also APIResponseValidationError)
     │    └── NotAnAPIResponseError       a 200 HTML page: the 0.7.x viewer serves its web UI for unknown /api paths
     ├── UnsupportedFeatureError          this viewer version has no such feature (artifacts on 0.6+)
     ├── InvalidArgumentError             a call's arguments are wrong before anything is sent (also ValueError)
     └── UnsafeConfigError                update_config refused a value (also runbridge.errors.ConfigError)

`except runbridge.errors.NotFoundError` and `except runbridge.runicorn.NotFoundError` both catch a missing run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from runbridge import errors as _base

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "HostKeyConfirmationRequiredError",
    "InvalidArgumentError",
    "NotAnAPIResponseError",
    "NotFoundError",
    "NotImplementedByViewerError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseError",
    "RunicornAPIError",
    "RunicornStatusError",
    "ServerError",
    "TimeoutError",
    "UnprocessableEntityError",
    "UnsafeConfigError",
    "UnsupportedFeatureError",
    "areject_html",
    "error_from_response",
    "is_html",
    "reject_html",
    "translate",
]


class RunicornAPIError(_base.APIError):
    """Base class of every error the Runicorn client raises."""


class ConnectionError(RunicornAPIError, _base.APIConnectionError):
    """The viewer could not be reached (refused, reset, DNS); is `runicorn viewer` running?"""


class TimeoutError(ConnectionError, _base.APITimeoutError):
    """A request to the viewer took longer than the client's timeout."""


class RunicornStatusError(RunicornAPIError, _base.APIStatusError):
    """The viewer answered with a 4xx or 5xx status; `detail` is its message."""

    @property
    def detail(self) -> Any:
        """The `detail` of the viewer's FastAPI error body (a string, a list for 422, a mapping for 409)."""
        if isinstance(self.body, dict):
            return self.body.get("detail")
        return self.body


class BadRequestError(RunicornStatusError, _base.BadRequestError):
    """400: the viewer refused the request (bad run id, bad path, missing confirmation)."""


class UnprocessableEntityError(BadRequestError, _base.UnprocessableEntityError):
    """422: a parameter or body field failed the viewer's validation; `detail` lists the problems."""


class AuthenticationError(RunicornStatusError, _base.AuthenticationError):
    """401: the viewer has no authentication, so this comes from something in front of it."""


class PermissionDeniedError(RunicornStatusError, _base.PermissionDeniedError):
    """403: the viewer refused access (e.g. a path that does not belong to the run)."""


class NotFoundError(RunicornStatusError, _base.NotFoundError):
    """404: no such run, session or artifact."""


class ConflictError(RunicornStatusError, _base.ConflictError):
    """409: the request conflicts with the viewer's state."""


class HostKeyConfirmationRequiredError(ConflictError):
    """409 from a remote call: the SSH host key is unknown; accept `host_key` before connecting again."""

    @property
    def host_key(self) -> dict[str, Any]:
        detail = self.detail
        if isinstance(detail, dict) and isinstance(detail.get("host_key"), dict):
            return dict(detail["host_key"])
        return {}


class RateLimitError(RunicornStatusError, _base.RateLimitError):
    """429: the viewer's rate limiter (off by default) refused the request after retries."""


class ServerError(RunicornStatusError, _base.InternalServerError):
    """5xx: the viewer failed; `detail` keeps its message (for remote calls, the SSH error)."""


class NotImplementedByViewerError(ServerError):
    """501: the viewer lacks this feature (every released viewer answers 501 to its own CSV export)."""


class ResponseError(RunicornAPIError, _base.APIResponseValidationError):
    """A success response whose body does not match the viewer's API."""


class NotAnAPIResponseError(ResponseError):
    """The viewer answered an API call with an HTML page.

    The 0.7.x viewer serves its web UI, with status 200, for every `GET /api/...` path it does not know, so this
    means the endpoint does not exist on this viewer version (or the run id contained a `/`).
    """


class UnsupportedFeatureError(RunicornAPIError):
    """The connected viewer version does not have this feature (e.g. artifacts exist only in 0.5.x viewers)."""

    def __init__(self, message: str, *, feature: str, viewer_version: str | None = None) -> None:
        super().__init__(message)
        self.feature = feature
        self.viewer_version = viewer_version


class InvalidArgumentError(RunicornAPIError, _base.InvalidArgumentError):
    """A call's arguments are wrong; raised before any request is sent (also runbridge's InvalidArgumentError)."""


class UnsafeConfigError(RunicornAPIError, _base.ConfigError):
    """update_config refused a value that would change the viewer in a way the caller cannot have meant."""


_STATUS_CLASSES: dict[int, type[_base.APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    501: NotImplementedByViewerError,
    500: ServerError,
    0: RunicornStatusError,
}
RunicornStatusError.status_classes = _STATUS_CLASSES


def error_from_response(response: httpx.Response) -> Exception:
    """The transport's error factory: the documented class for the status, with the viewer's detail kept."""
    error = RunicornStatusError.from_response(response)
    detail = getattr(error, "detail", None)
    if (
        response.status_code == 409
        and isinstance(detail, dict)
        and detail.get("code") == "HOST_KEY_CONFIRMATION_REQUIRED"
    ):
        return HostKeyConfirmationRequiredError(
            error.message, response=response, body=error.body, attempts=error.attempts
        )
    return error


def is_html(response: httpx.Response) -> bool:
    """Whether the viewer answered with a web page rather than an API body (judged by its content type)."""
    content_type = response.headers.get("content-type", "")
    return bool(content_type.split(";")[0].strip().lower() == "text/html")


def html_error(response: httpx.Response, operation: str | None = None) -> NotAnAPIResponseError:
    """Explain an HTML answer in terms a user can act on."""
    if operation is None:
        named = response.request.extensions.get("runbridge.operation")
        operation = named if isinstance(named, str) else None
    where = f"{response.request.method} {response.request.url.path}"
    return NotAnAPIResponseError(
        f"{where} answered with the viewer's web page (HTML) instead of JSON: this viewer version has no such "
        "endpoint (0.7.x viewers serve their web UI for unknown /api paths), or an id contained '/'",
        response=response,
        operation=operation,
    )


def reject_html(response: httpx.Response) -> None:
    """httpx response hook: no viewer endpoint answers HTML, so an HTML page is an error, never data to parse."""
    if response.is_success and is_html(response):
        response.read()
        response.close()
        raise html_error(response)


async def areject_html(response: httpx.Response) -> None:
    """The async client's twin of `reject_html`."""
    if response.is_success and is_html(response):
        await response.aread()
        await response.aclose()
        raise html_error(response)


@contextlib.contextmanager
def translate() -> Iterator[None]:
    """Re-raise runbridge's transport and parsing errors as this client's documented exception classes."""
    try:
        yield
    except RunicornAPIError:
        raise
    except _base.InvalidArgumentError as exc:  # a path parameter the generated layer refused
        raise InvalidArgumentError(str(exc)) from None
    except _base.APITimeoutError as exc:
        raise TimeoutError(exc.message, request=exc.request, attempts=exc.attempts) from exc
    except _base.APIConnectionError as exc:
        raise ConnectionError(
            f"{exc.message} (is the viewer running? start it with `runicorn viewer`)",
            request=exc.request,
            attempts=exc.attempts,
        ) from exc
    except _base.APIResponseValidationError as exc:
        if is_html(exc.response):
            raise html_error(exc.response, exc.operation) from exc
        raise ResponseError(exc.message, response=exc.response, operation=exc.operation, field=exc.field) from exc
    except _base.APIStatusError as exc:  # only when a caller swapped in another error factory
        if exc.response is None:
            raise
        raise error_from_response(exc.response) from exc
