from typing import Any, cast

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project_2 import Project2
from ...types import UNSET, Response, Unset

OPERATION = "get_project_deprecated"
ROUTE = "GET /v1/k8s/clusters/{cluster_id}/projects/{id}"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "404", "500")


def _get_kwargs(
    cluster_id: str,
    id: str,
    *,
    exclude_permissions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["excludePermissions"] = exclude_permissions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/v1/k8s/clusters/{cluster_id}/projects/{id}".format(
            cluster_id=path_segment("cluster_id", cluster_id),
            id=path_segment("id", id),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | Project2 | None:
    if response.status_code == 200:
        response_200 = Project2.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | Project2]:
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
    cluster_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
) -> Response[Any | Error | Project2]:
    """Get one project of a cluster (legacy)

    Args:
        cluster_id (str):
        id (str):
        exclude_permissions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Project2]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        id=id,
        exclude_permissions=exclude_permissions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
) -> Any | Error | Project2 | None:
    """Get one project of a cluster (legacy)

    Args:
        cluster_id (str):
        id (str):
        exclude_permissions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Project2
    """

    return sync_detailed(
        cluster_id=cluster_id,
        id=id,
        client=client,
        exclude_permissions=exclude_permissions,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
) -> Response[Any | Error | Project2]:
    """Get one project of a cluster (legacy)

    Args:
        cluster_id (str):
        id (str):
        exclude_permissions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Project2]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        id=id,
        exclude_permissions=exclude_permissions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
) -> Any | Error | Project2 | None:
    """Get one project of a cluster (legacy)

    Args:
        cluster_id (str):
        id (str):
        exclude_permissions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Project2
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            id=id,
            client=client,
            exclude_permissions=exclude_permissions,
        )
    ).parsed
