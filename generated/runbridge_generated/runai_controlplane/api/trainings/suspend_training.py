from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.http_response import HttpResponse
from ...types import Response

OPERATION = "suspend_training"
ROUTE = "POST /api/v1/workloads/trainings/{workload_id}/suspend"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("202", "401", "403", "404", "500", "503")


def _get_kwargs(
    workload_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/workloads/trainings/{workload_id}/suspend".format(
            workload_id=path_segment("workload_id", workload_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | HttpResponse | None:
    if response.status_code == 202:
        response_202 = HttpResponse.from_dict(response.json())

        return response_202

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
) -> Response[Error | HttpResponse]:
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
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | HttpResponse]:
    """Suspend a training workload

    Args:
        workload_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HttpResponse]
    """

    kwargs = _get_kwargs(
        workload_id=workload_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | HttpResponse | None:
    """Suspend a training workload

    Args:
        workload_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HttpResponse
    """

    return sync_detailed(
        workload_id=workload_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | HttpResponse]:
    """Suspend a training workload

    Args:
        workload_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HttpResponse]
    """

    kwargs = _get_kwargs(
        workload_id=workload_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workload_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | HttpResponse | None:
    """Suspend a training workload

    Args:
        workload_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HttpResponse
    """

    return (
        await asyncio_detailed(
            workload_id=workload_id,
            client=client,
        )
    ).parsed
