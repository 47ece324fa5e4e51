from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.department_2 import Department2
from ...models.error import Error
from ...types import UNSET, FieldError, Response, Unset

OPERATION = "get_departments_deprecated"
ROUTE = "GET /v1/k8s/clusters/{cluster_id}/departments"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "500")


def _get_kwargs(
    cluster_id: str,
    *,
    exclude_permissions: bool | Unset = UNSET,
    memory_unit_mb: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["excludePermissions"] = exclude_permissions

    params["memoryUnitMb"] = memory_unit_mb

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/v1/k8s/clusters/{cluster_id}/departments".format(
            cluster_id=path_segment("cluster_id", cluster_id),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Department2] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"expected a list, got {type(_response_200).__name__}")
        response_200 = []
        for response_200_item_index_, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = Department2.from_dict(response_200_item_data)

            except Exception as error_:
                raise FieldError.at(response_200_item_index_, _response_200, error_) from None
            response_200.append(response_200_item)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Department2]]:
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
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
    memory_unit_mb: bool | Unset = UNSET,
) -> Response[Error | list[Department2]]:
    """List the departments of a cluster (legacy)

    Args:
        cluster_id (str):
        exclude_permissions (bool | Unset):
        memory_unit_mb (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Department2]]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        exclude_permissions=exclude_permissions,
        memory_unit_mb=memory_unit_mb,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
    memory_unit_mb: bool | Unset = UNSET,
) -> Error | list[Department2] | None:
    """List the departments of a cluster (legacy)

    Args:
        cluster_id (str):
        exclude_permissions (bool | Unset):
        memory_unit_mb (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Department2]
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        exclude_permissions=exclude_permissions,
        memory_unit_mb=memory_unit_mb,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
    memory_unit_mb: bool | Unset = UNSET,
) -> Response[Error | list[Department2]]:
    """List the departments of a cluster (legacy)

    Args:
        cluster_id (str):
        exclude_permissions (bool | Unset):
        memory_unit_mb (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Department2]]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        exclude_permissions=exclude_permissions,
        memory_unit_mb=memory_unit_mb,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    exclude_permissions: bool | Unset = UNSET,
    memory_unit_mb: bool | Unset = UNSET,
) -> Error | list[Department2] | None:
    """List the departments of a cluster (legacy)

    Args:
        cluster_id (str):
        exclude_permissions (bool | Unset):
        memory_unit_mb (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Department2]
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            exclude_permissions=exclude_permissions,
            memory_unit_mb=memory_unit_mb,
        )
    ).parsed
