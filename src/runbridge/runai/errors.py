"""The Run:ai client's exceptions, under the names runapy users already catch.

    runbridge.errors.APIStatusError
     └── ApiException                      any 4xx/5xx from the control plane
          ├── BadRequestException           400   (also runbridge.BadRequestError)
          ├── UnauthorizedException         401   (also runbridge.AuthenticationError)
          ├── ForbiddenException            403   (also runbridge.PermissionDeniedError)
          ├── NotFoundException             404   (also runbridge.NotFoundError)
          ├── ConflictException             409   (also runbridge.ConflictError)
          ├── UnprocessableEntityException  422   (also runbridge.UnprocessableEntityError)
          ├── TooManyRequestsException      429   (also runbridge.RateLimitError)
          └── ServiceException              5xx   (also runbridge.InternalServerError)

An argument that cannot become a valid request (a body dict without a required field, say) raises
`ApiValueError`, a `runbridge.InvalidArgumentError` and a `ValueError`, before anything is sent; so does a path
parameter that is not one URL segment ('', '.', '..', or holding '/', '?', '#', '%2F', ...).

A token endpoint that refuses the client id or secret raises `UnauthorizedException` (401) or
`ForbiddenException` (403), which is also a `TokenError`; its body is parsed and the secret never appears.

Each status error is also the matching runbridge class, so `except runbridge.NotFoundError` works here as it does for
every other service. Transport failures stay `runbridge.APIConnectionError` / `APITimeoutError` (runapy let
urllib3's MaxRetryError escape instead), and a bad `Configuration` raises `runbridge.ConfigError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runbridge import errors as _errors
from runbridge.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigError,
    InvalidArgumentError,
    TokenError,
    UnexpectedStatus,
)

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APITimeoutError",
    "ApiException",
    "ApiValueError",
    "BadRequestException",
    "ConfigError",
    "ConflictException",
    "ForbiddenException",
    "InvalidArgumentError",
    "NotFoundException",
    "ServiceException",
    "TokenError",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnexpectedStatus",
    "UnprocessableEntityException",
    "error_from_response",
]


class ApiValueError(InvalidArgumentError):
    """An operation argument that does not fit the spec; raised before the request is sent (also ValueError)."""


class ApiException(_errors.APIStatusError):
    """The control plane answered with an error status; `.status`, `.reason`, `.body` and `.headers` as in runapy."""

    @property
    def status(self) -> int:
        return self.status_code

    @property
    def reason(self) -> str | None:
        return self.response.reason_phrase if self.response is not None else None

    @property
    def headers(self) -> httpx.Headers | None:
        return self.response.headers if self.response is not None else None

    @property
    def data(self) -> Any:
        """The parsed error body (Run:ai answers `{"code": ..., "message": ...}`)."""
        return self.body


class BadRequestException(ApiException, _errors.BadRequestError):
    """400: the control plane could not read the request."""


class UnauthorizedException(ApiException, _errors.AuthenticationError):
    """401: the token is missing, invalid or expired (after one refresh and retry)."""


class ForbiddenException(ApiException, _errors.PermissionDeniedError):
    """403: the token's roles do not allow this operation on this scope."""


class NotFoundException(ApiException, _errors.NotFoundError):
    """404: no such resource."""


class ConflictException(ApiException, _errors.ConflictError):
    """409: a resource with that name already exists, or the change conflicts with its state."""


class UnprocessableEntityException(ApiException, _errors.UnprocessableEntityError):
    """422: the request is well formed but its content was rejected."""


class TooManyRequestsException(ApiException, _errors.RateLimitError):
    """429: rate limited, after the retries the configuration allows."""


class ServiceException(ApiException, _errors.InternalServerError):
    """5xx: the control plane failed, after the retries the configuration allows."""


ApiException.status_classes = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: TooManyRequestsException,
    500: ServiceException,
    0: ApiException,
}


def error_from_response(response: httpx.Response) -> Exception:
    """The transport's error factory for this service."""
    return ApiException.from_response(response)
