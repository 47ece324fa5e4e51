from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.nodepool import Nodepool
from ...models.nodepool_create_fields import NodepoolCreateFields
from ...types import Response

OPERATION = "create_nodepool"
ROUTE = "POST /api/v1/node-pools"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("201", "400", "401", "403", "500", "503")


def _get_kwargs(
    *,
    body: NodepoolCreateFields,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/node-pools",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Nodepool | None:
    if response.status_code == 201:
        response_201 = Nodepool.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Nodepool]:
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
    body: NodepoolCreateFields,
) -> Response[Error | Nodepool]:
    """Create a node pool

    Args:
        body (NodepoolCreateFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Nodepool]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NodepoolCreateFields,
) -> Error | Nodepool | None:
    """Create a node pool

    Args:
        body (NodepoolCreateFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Nodepool
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NodepoolCreateFields,
) -> Response[Error | Nodepool]:
    """Create a node pool

    Args:
        body (NodepoolCreateFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Nodepool]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NodepoolCreateFields,
) -> Error | Nodepool | None:
    """Create a node pool

    Args:
        body (NodepoolCreateFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Nodepool
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
