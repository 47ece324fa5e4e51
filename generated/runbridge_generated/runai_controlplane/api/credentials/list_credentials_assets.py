from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credentials_list_response import CredentialsListResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset

OPERATION = "list_credentials_assets"
ROUTE = "GET /api/v1/asset/credentials"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "500", "503")


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    status_info: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["scope"] = scope

    params["projectId"] = project_id

    params["departmentId"] = department_id

    params["clusterId"] = cluster_id

    params["usageInfo"] = usage_info

    params["statusInfo"] = status_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/asset/credentials",
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CredentialsListResponse | Error | None:
    if response.status_code == 200:
        response_200 = CredentialsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CredentialsListResponse | Error]:
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
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    status_info: bool | Unset = UNSET,
) -> Response[CredentialsListResponse | Error]:
    """List credentials of every kind

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        status_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialsListResponse | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        scope=scope,
        project_id=project_id,
        department_id=department_id,
        cluster_id=cluster_id,
        usage_info=usage_info,
        status_info=status_info,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    status_info: bool | Unset = UNSET,
) -> CredentialsListResponse | Error | None:
    """List credentials of every kind

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        status_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialsListResponse | Error
    """

    return sync_detailed(
        client=client,
        name=name,
        scope=scope,
        project_id=project_id,
        department_id=department_id,
        cluster_id=cluster_id,
        usage_info=usage_info,
        status_info=status_info,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    status_info: bool | Unset = UNSET,
) -> Response[CredentialsListResponse | Error]:
    """List credentials of every kind

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        status_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialsListResponse | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        scope=scope,
        project_id=project_id,
        department_id=department_id,
        cluster_id=cluster_id,
        usage_info=usage_info,
        status_info=status_info,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    department_id: str | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    usage_info: bool | Unset = UNSET,
    status_info: bool | Unset = UNSET,
) -> CredentialsListResponse | Error | None:
    """List credentials of every kind

    Args:
        name (str | Unset):
        scope (str | Unset):
        project_id (int | Unset):
        department_id (str | Unset):
        cluster_id (str | Unset):
        usage_info (bool | Unset):
        status_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialsListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            scope=scope,
            project_id=project_id,
            department_id=department_id,
            cluster_id=cluster_id,
            usage_info=usage_info,
            status_info=status_info,
        )
    ).parsed
