from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_tenant_nodes_sort_order import GetTenantNodesSortOrder
from ...models.node_filter_sort_fields import NodeFilterSortFields
from ...models.node_list import NodeList
from ...types import UNSET, Response, Unset

OPERATION = "get_tenant_nodes"
ROUTE = "GET /api/v1/nodes"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "404", "500", "503")


def _get_kwargs(
    *,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodeFilterSortFields | Unset = UNSET,
    sort_order: GetTenantNodesSortOrder | Unset = GetTenantNodesSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
    search: str | Unset = UNSET,
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

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/nodes",
        "params": params or None,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NodeList | None:
    if response.status_code == 200:
        response_200 = NodeList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | NodeList]:
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
    sort_by: NodeFilterSortFields | Unset = UNSET,
    sort_order: GetTenantNodesSortOrder | Unset = GetTenantNodesSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
    search: str | Unset = UNSET,
) -> Response[Error | NodeList]:
    """List the nodes of every cluster

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodeFilterSortFields | Unset):
        sort_order (GetTenantNodesSortOrder | Unset):  Default: GetTenantNodesSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NodeList]
    """

    kwargs = _get_kwargs(
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodeFilterSortFields | Unset = UNSET,
    sort_order: GetTenantNodesSortOrder | Unset = GetTenantNodesSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
    search: str | Unset = UNSET,
) -> Error | NodeList | None:
    """List the nodes of every cluster

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodeFilterSortFields | Unset):
        sort_order (GetTenantNodesSortOrder | Unset):  Default: GetTenantNodesSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NodeList
    """

    return sync_detailed(
        client=client,
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodeFilterSortFields | Unset = UNSET,
    sort_order: GetTenantNodesSortOrder | Unset = GetTenantNodesSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
    search: str | Unset = UNSET,
) -> Response[Error | NodeList]:
    """List the nodes of every cluster

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodeFilterSortFields | Unset):
        sort_order (GetTenantNodesSortOrder | Unset):  Default: GetTenantNodesSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NodeList]
    """

    kwargs = _get_kwargs(
        filter_by=filter_by,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_by: list[str] | Unset = UNSET,
    sort_by: NodeFilterSortFields | Unset = UNSET,
    sort_order: GetTenantNodesSortOrder | Unset = GetTenantNodesSortOrder.ASC,
    offset: int | Unset = UNSET,
    limit: int | Unset = 50,
    search: str | Unset = UNSET,
) -> Error | NodeList | None:
    """List the nodes of every cluster

    Args:
        filter_by (list[str] | Unset):
        sort_by (NodeFilterSortFields | Unset):
        sort_order (GetTenantNodesSortOrder | Unset):  Default: GetTenantNodesSortOrder.ASC.
        offset (int | Unset):
        limit (int | Unset):  Default: 50.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NodeList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_by=filter_by,
            sort_by=sort_by,
            sort_order=sort_order,
            offset=offset,
            limit=limit,
            search=search,
        )
    ).parsed
