"""The runapy-named exceptions are also runbridge's status errors."""

from __future__ import annotations

import httpx
import pytest

import runbridge
from runbridge.runai import errors


@pytest.mark.parametrize(
    ("status", "runai_class", "runbridge_class"),
    [
        (400, errors.BadRequestException, runbridge.BadRequestError),
        (401, errors.UnauthorizedException, runbridge.AuthenticationError),
        (403, errors.ForbiddenException, runbridge.PermissionDeniedError),
        (404, errors.NotFoundException, runbridge.NotFoundError),
        (409, errors.ConflictException, runbridge.ConflictError),
        (422, errors.UnprocessableEntityException, runbridge.UnprocessableEntityError),
        (429, errors.TooManyRequestsException, runbridge.RateLimitError),
        (503, errors.ServiceException, runbridge.InternalServerError),
        (418, errors.ApiException, runbridge.APIStatusError),
    ],
)
def test_status_maps_to_both_hierarchies(status: int, runai_class: type, runbridge_class: type) -> None:
    request = httpx.Request("GET", "https://myorg.run.ai/api/v1/org-unit/projects/7")
    response = httpx.Response(
        status, json={"code": status, "message": "nope"}, request=request, headers={"x-request-id": "r-1"}
    )
    error = errors.error_from_response(response)
    assert type(error) is runai_class
    assert isinstance(error, runbridge_class)
    assert isinstance(error, errors.ApiException)
    assert error.status == status
    assert error.data == {"code": status, "message": "nope"}
    assert error.request_id == "r-1"
    assert error.headers is not None
    assert "nope" in str(error)
