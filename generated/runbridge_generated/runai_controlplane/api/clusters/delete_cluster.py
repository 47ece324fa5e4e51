from typing import Any, cast

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_response import HttpResponse
from ...types import UNSET, Response, Unset

OPERATION = "delete_cluster"
ROUTE = "DELETE /api/v1/clusters/{cluster_uuid}"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("202", "204", "401", "403", "500", "503")


def _get_kwargs(
    cluster_uuid: str,
    *,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/clusters/{cluster_uuid}".format(
            cluster_uuid=path_segment("cluster_uuid", cluster_uuid),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | HttpResponse | None:
    if response.status_code == 202:
        response_202 = HttpResponse.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error | HttpResponse]:
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
    cluster_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[Any | Error | HttpResponse]:
    """Remove a cluster

    Args:
        cluster_uuid (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | HttpResponse]
    """

    kwargs = _get_kwargs(
        cluster_uuid=cluster_uuid,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Any | Error | HttpResponse | None:
    """Remove a cluster

    Args:
        cluster_uuid (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | HttpResponse
    """

    return sync_detailed(
        cluster_uuid=cluster_uuid,
        client=client,
        force=force,
    ).parsed


async def asyncio_detailed(
    cluster_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[Any | Error | HttpResponse]:
    """Remove a cluster

    Args:
        cluster_uuid (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | HttpResponse]
    """

    kwargs = _get_kwargs(
        cluster_uuid=cluster_uuid,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Any | Error | HttpResponse | None:
    """Remove a cluster

    Args:
        cluster_uuid (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | HttpResponse
    """

    return (
        await asyncio_detailed(
            cluster_uuid=cluster_uuid,
            client=client,
            force=force,
        )
    ).parsed
