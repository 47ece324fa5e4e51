from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.displayed_cluster import DisplayedCluster
from ...models.error import Error
from ...models.get_clusters_verbosity import GetClustersVerbosity
from ...types import UNSET, FieldError, Response, Unset

OPERATION = "get_clusters"
ROUTE = "GET /api/v1/clusters"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "401", "403", "404", "500", "503")


def _get_kwargs(
    *,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_verbosity: str | Unset = UNSET
    if not isinstance(verbosity, Unset):
        json_verbosity = verbosity.value

    params["verbosity"] = json_verbosity

    params["includeRequestedForDelete"] = include_requested_for_delete

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/clusters",
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DisplayedCluster] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"expected a list, got {type(_response_200).__name__}")
        response_200 = []
        for response_200_item_index_, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = DisplayedCluster.from_dict(response_200_item_data)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[DisplayedCluster]]:
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
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Response[Error | list[DisplayedCluster]]:
    """List clusters

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DisplayedCluster]]
    """

    kwargs = _get_kwargs(
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Error | list[DisplayedCluster] | None:
    """List clusters

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DisplayedCluster]
    """

    return sync_detailed(
        client=client,
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Response[Error | list[DisplayedCluster]]:
    """List clusters

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DisplayedCluster]]
    """

    kwargs = _get_kwargs(
        verbosity=verbosity,
        include_requested_for_delete=include_requested_for_delete,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    verbosity: GetClustersVerbosity | Unset = GetClustersVerbosity.FULL,
    include_requested_for_delete: bool | Unset = UNSET,
) -> Error | list[DisplayedCluster] | None:
    """List clusters

    Args:
        verbosity (GetClustersVerbosity | Unset):  Default: GetClustersVerbosity.FULL.
        include_requested_for_delete (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DisplayedCluster]
    """

    return (
        await asyncio_detailed(
            client=client,
            verbosity=verbosity,
            include_requested_for_delete=include_requested_for_delete,
        )
    ).parsed
