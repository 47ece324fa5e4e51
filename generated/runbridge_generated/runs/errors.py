"""Errors raised by the generated API functions: runbridge's own hierarchy, so one `except` covers every layer."""

from http import HTTPStatus

import httpx
from runbridge.errors import APIResponseValidationError, UnexpectedStatus

from .types import FieldError


def status_of(code: int) -> HTTPStatus | int:
    """HTTPStatus where Python knows the code; the plain int for the rest (499, 520, 529, ...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def response_validation_error(operation: str, response: httpx.Response, exc: Exception) -> APIResponseValidationError:
    """Describe a response body that does not match the spec, naming the operation, the field path and the value."""
    error = APIResponseValidationError.from_parse_failure(operation, response, exc)
    if isinstance(exc, FieldError):
        error.field = exc.where
    return error


__all__ = ["APIResponseValidationError", "UnexpectedStatus", "response_validation_error", "status_of"]
