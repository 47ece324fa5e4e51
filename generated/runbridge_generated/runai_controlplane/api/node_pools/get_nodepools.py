from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_nodepools_response_200 import GetNodepoolsResponse200
from ...models.get_nodepools_sort_order import GetNodepoolsSortOrder
from ...models.nodepool_sort_filter_fields import NodepoolSortFilterFields
from ...types import UNSET, Response, Unset

OPERATION = "get_nodepools"
ROUTE = "GET /api/v1/node-pools"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "403", "500", "503")


def _get_kwargs(
    *,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodepoolSortFilterFields | Unset = UNSET,
    sort_order: GetNodepoolsSortOrder | Unset = GetNodepoolsSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_by: list[str] | Unset = UNSET
    if not isinstance(filter_by, Unset):
        json_filter_by = filter_by

    params["filterBy"] = json_filter_by

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/node-pools",
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetNodepoolsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetNodepoolsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | GetNodepoolsResponse200]:
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
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodepoolSortFilterFields | Unset = UNSET,
    sort_order: GetNodepoolsSortOrder | Unset = GetNodepoolsSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Error | GetNodepoolsResponse200]:
    """List node pools

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodepoolSortFilterFields | Unset):
        sort_order (GetNodepoolsSortOrder | Unset):  Default: GetNodepoolsSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetNodepoolsResponse200]
    """

    kwargs = _get_kwargs(
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodepoolSortFilterFields | Unset = UNSET,
    sort_order: GetNodepoolsSortOrder | Unset = GetNodepoolsSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Error | GetNodepoolsResponse200 | None:
    """List node pools

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodepoolSortFilterFields | Unset):
        sort_order (GetNodepoolsSortOrder | Unset):  Default: GetNodepoolsSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetNodepoolsResponse200
    """

    return sync_detailed(
        client=client,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodepoolSortFilterFields | Unset = UNSET,
    sort_order: GetNodepoolsSortOrder | Unset = GetNodepoolsSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Error | GetNodepoolsResponse200]:
    """List node pools

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodepoolSortFilterFields | Unset):
        sort_order (GetNodepoolsSortOrder | Unset):  Default: GetNodepoolsSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetNodepoolsResponse200]
    """

    kwargs = _get_kwargs(
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodepoolSortFilterFields | Unset = UNSET,
    sort_order: GetNodepoolsSortOrder | Unset = GetNodepoolsSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
) -> Error | GetNodepoolsResponse200 | None:
    """List node pools

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodepoolSortFilterFields | Unset):
        sort_order (GetNodepoolsSortOrder | Unset):  Default: GetNodepoolsSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetNodepoolsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_by=filter_by,
            sort_by=sort_by,
            sort_order=sort_order,
            offset=offset,
            limit=limit,
        )
    ).parsed
