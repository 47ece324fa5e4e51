from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact_detail import ArtifactDetail
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

OPERATION = "get_artifact_version"
ROUTE = "GET /api/artifacts/{artifact_name}/v{version}"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "404", "422", "500")


def _get_kwargs(
    artifact_name: str,
    version: int,
    *,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/artifacts/{artifact_name}/v{version}".format(
            artifact_name=path_segment("artifact_name", artifact_name),
            version=path_segment("version", version),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArtifactDetail | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ArtifactDetail.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArtifactDetail | ErrorDetail | HTTPValidationError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.response_validation_error(OPERATION, response, exc) from exc
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    artifact_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> Response[ArtifactDetail | ErrorDetail | HTTPValidationError]:
    """One version of an artifact (0.5.x viewers only)

    Args:
        artifact_name (str):
        version (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactDetail | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        artifact_name=artifact_name,
        version=version,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    artifact_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> ArtifactDetail | ErrorDetail | HTTPValidationError | None:
    """One version of an artifact (0.5.x viewers only)

    Args:
        artifact_name (str):
        version (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactDetail | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        artifact_name=artifact_name,
        version=version,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    artifact_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> Response[ArtifactDetail | ErrorDetail | HTTPValidationError]:
    """One version of an artifact (0.5.x viewers only)

    Args:
        artifact_name (str):
        version (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactDetail | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        artifact_name=artifact_name,
        version=version,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    artifact_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
) -> ArtifactDetail | ErrorDetail | HTTPValidationError | None:
    """One version of an artifact (0.5.x viewers only)

    Args:
        artifact_name (str):
        version (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactDetail | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            artifact_name=artifact_name,
            version=version,
            client=client,
            type_=type_,
        )
    ).parsed
