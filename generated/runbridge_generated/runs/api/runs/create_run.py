from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.run_create_payload import RunCreatePayload
from ...models.run_created import RunCreated
from ...types import UNSET, Response, Unset

OPERATION = "create_run"
ROUTE = "POST /runs"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "403", "404", "422", "429", "500")


def _get_kwargs(
    *,
    body: RunCreatePayload,
    x_interaction_tag: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_interaction_tag, Unset):
        headers["x-interaction-tag"] = x_interaction_tag

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/runs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | RunCreated | None:
    if response.status_code == 200:
        response_200 = RunCreated.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | RunCreated]:
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
    body: RunCreatePayload,
    x_interaction_tag: str | Unset = UNSET,
) -> Response[ErrorBody | RunCreated]:
    """Execute an interaction

     Without `stream` the call returns when the run has finished. With `stream: true` it returns at once
    (status
    `created` or `processing`) and the output is read from `GET /runs/{id}/stream`.

    Args:
        x_interaction_tag (str | Unset):
        body (RunCreatePayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RunCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        x_interaction_tag=x_interaction_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RunCreatePayload,
    x_interaction_tag: str | Unset = UNSET,
) -> ErrorBody | RunCreated | None:
    """Execute an interaction

     Without `stream` the call returns when the run has finished. With `stream: true` it returns at once
    (status
    `created` or `processing`) and the output is read from `GET /runs/{id}/stream`.

    Args:
        x_interaction_tag (str | Unset):
        body (RunCreatePayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RunCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        x_interaction_tag=x_interaction_tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RunCreatePayload,
    x_interaction_tag: str | Unset = UNSET,
) -> Response[ErrorBody | RunCreated]:
    """Execute an interaction

     Without `stream` the call returns when the run has finished. With `stream: true` it returns at once
    (status
    `created` or `processing`) and the output is read from `GET /runs/{id}/stream`.

    Args:
        x_interaction_tag (str | Unset):
        body (RunCreatePayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RunCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        x_interaction_tag=x_interaction_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RunCreatePayload,
    x_interaction_tag: str | Unset = UNSET,
) -> ErrorBody | RunCreated | None:
    """Execute an interaction

     Without `stream` the call returns when the run has finished. With `stream: true` it returns at once
    (status
    `created` or `processing`) and the output is read from `GET /runs/{id}/stream`.

    Args:
        x_interaction_tag (str | Unset):
        body (RunCreatePayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RunCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_interaction_tag=x_interaction_tag,
        )
    ).parsed
