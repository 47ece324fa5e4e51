from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset

OPERATION = "stream_run"
ROUTE = "GET /runs/{id}/stream"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "403", "404", "429", "500")


def _get_kwargs(
    id: str,
    *,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/runs/{id}/stream".format(
            id=path_segment("id", id),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | str]:
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
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Follow a run's output as server-sent events

     Each piece of output is one event whose `data` is a JSON value (usually a JSON string of text).
    Servers
    send it as an unnamed event (dispatched as `message`) or as `event: chunk`. The stream ends with
    `event: close`, whose data is a JSON object with the run's final `status`. Each chunk carries an
    `id`;
    reconnecting with `Last-Event-ID` resumes after it. The JWT may be sent as the `access_token` query
    parameter instead of the Authorization header.

    Args:
        id (str):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        id=id,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> ErrorBody | str | None:
    """Follow a run's output as server-sent events

     Each piece of output is one event whose `data` is a JSON value (usually a JSON string of text).
    Servers
    send it as an unnamed event (dispatched as `message`) or as `event: chunk`. The stream ends with
    `event: close`, whose data is a JSON object with the run's final `status`. Each chunk carries an
    `id`;
    reconnecting with `Last-Event-ID` resumes after it. The JWT may be sent as the `access_token` query
    parameter instead of the Authorization header.

    Args:
        id (str):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        id=id,
        client=client,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Follow a run's output as server-sent events

     Each piece of output is one event whose `data` is a JSON value (usually a JSON string of text).
    Servers
    send it as an unnamed event (dispatched as `message`) or as `event: chunk`. The stream ends with
    `event: close`, whose data is a JSON object with the run's final `status`. Each chunk carries an
    `id`;
    reconnecting with `Last-Event-ID` resumes after it. The JWT may be sent as the `access_token` query
    parameter instead of the Authorization header.

    Args:
        id (str):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        id=id,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> ErrorBody | str | None:
    """Follow a run's output as server-sent events

     Each piece of output is one event whose `data` is a JSON value (usually a JSON string of text).
    Servers
    send it as an unnamed event (dispatched as `message`) or as `event: chunk`. The stream ends with
    `event: close`, whose data is a JSON object with the run's final `status`. Each chunk carries an
    `id`;
    reconnecting with `Last-Event-ID` resumes after it. The JWT may be sent as the `access_token` query
    parameter instead of the Authorization header.

    Args:
        id (str):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            last_event_id=last_event_id,
        )
    ).parsed


@contextmanager
def stream(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Iterator[httpx.Response]:
    """Open the event stream without buffering it; decode it with runbridge.streaming.iter_sse."""

    kwargs = _get_kwargs(
        id=id,
        last_event_id=last_event_id,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/event-stream"
    with client.get_httpx_client().stream(**kwargs) as response:
        yield response


@asynccontextmanager
async def astream(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> AsyncIterator[httpx.Response]:
    """Open the event stream without buffering it; decode it with runbridge.streaming.aiter_sse."""

    kwargs = _get_kwargs(
        id=id,
        last_event_id=last_event_id,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/event-stream"
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        yield response
