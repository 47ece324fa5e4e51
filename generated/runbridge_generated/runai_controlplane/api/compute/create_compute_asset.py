from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_asset import ComputeAsset
from ...models.compute_creation_request import ComputeCreationRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset

OPERATION = "create_compute_asset"
ROUTE = "POST /api/v1/asset/compute"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("202", "400", "401", "403", "409", "500", "503")


def _get_kwargs(
    *,
    body: ComputeCreationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/asset/compute",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComputeAsset | Error | None:
    if response.status_code == 202:
        response_202 = ComputeAsset.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[ComputeAsset | Error]:
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
    body: ComputeCreationRequest | Unset = UNSET,
) -> Response[ComputeAsset | Error]:
    """Create a compute asset

    Args:
        body (ComputeCreationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeAsset | Error]
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
    body: ComputeCreationRequest | Unset = UNSET,
) -> ComputeAsset | Error | None:
    """Create a compute asset

    Args:
        body (ComputeCreationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeAsset | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComputeCreationRequest | Unset = UNSET,
) -> Response[ComputeAsset | Error]:
    """Create a compute asset

    Args:
        body (ComputeCreationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeAsset | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComputeCreationRequest | Unset = UNSET,
) -> ComputeAsset | Error | None:
    """Create a compute asset

    Args:
        body (ComputeCreationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeAsset | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
