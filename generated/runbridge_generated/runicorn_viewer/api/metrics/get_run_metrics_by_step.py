from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.metrics_table import MetricsTable
from ...types import UNSET, Response, Unset

OPERATION = "get_run_metrics_by_step"
ROUTE = "GET /api/runs/{run_id}/metrics_step"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "404", "422", "500")


def _get_kwargs(
    run_id: str,
    *,
    downsample: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downsample"] = downsample

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/runs/{run_id}/metrics_step".format(
            run_id=path_segment("run_id", run_id),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | MetricsTable | None:
    if response.status_code == 200:
        response_200 = MetricsTable.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorDetail.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | MetricsTable]:
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
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    downsample: int | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | MetricsTable]:
    """The same table indexed by step (identical to /metrics in 0.7.x)

    Args:
        run_id (str):
        downsample (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | MetricsTable]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        downsample=downsample,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    downsample: int | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | MetricsTable | None:
    """The same table indexed by step (identical to /metrics in 0.7.x)

    Args:
        run_id (str):
        downsample (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | MetricsTable
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        downsample=downsample,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    downsample: int | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | MetricsTable]:
    """The same table indexed by step (identical to /metrics in 0.7.x)

    Args:
        run_id (str):
        downsample (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | MetricsTable]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        downsample=downsample,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    downsample: int | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | MetricsTable | None:
    """The same table indexed by step (identical to /metrics in 0.7.x)

    Args:
        run_id (str):
        downsample (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | MetricsTable
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            downsample=downsample,
        )
    ).parsed
