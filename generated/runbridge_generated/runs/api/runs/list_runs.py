from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.run import Run
from ...types import UNSET, FieldError, Response, Unset

OPERATION = "list_runs"
ROUTE = "GET /runs"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "403", "429", "500")


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_interaction: list[str] | Unset = UNSET
    if not isinstance(interaction, Unset):
        json_interaction = interaction

    params["interaction"] = json_interaction

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_model: list[str] | Unset = UNSET
    if not isinstance(model, Unset):
        json_model = model

    params["model"] = json_model

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params["parent"] = parent

    params["is_root"] = is_root

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/runs",
        "params": params or None,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | list[Run] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"expected a list, got {type(_response_200).__name__}")
        response_200 = []
        for response_200_item_index_, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = Run.from_dict(response_200_item_data)

            except Exception as error_:
                raise FieldError.at(response_200_item_index_, _response_200, error_) from None
            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[Run]]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> Response[ErrorBody | list[Run]]:
    """List runs, most recently updated first

    Args:
        limit (int | Unset):
        offset (int | Unset):
        interaction (list[str] | Unset):
        status (list[str] | Unset):
        model (list[str] | Unset):
        environment (list[str] | Unset):
        tag (list[str] | Unset):
        parent (str | Unset):
        is_root (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Run]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        interaction=interaction,
        status=status,
        model=model,
        environment=environment,
        tag=tag,
        parent=parent,
        is_root=is_root,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> ErrorBody | list[Run] | None:
    """List runs, most recently updated first

    Args:
        limit (int | Unset):
        offset (int | Unset):
        interaction (list[str] | Unset):
        status (list[str] | Unset):
        model (list[str] | Unset):
        environment (list[str] | Unset):
        tag (list[str] | Unset):
        parent (str | Unset):
        is_root (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Run]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        interaction=interaction,
        status=status,
        model=model,
        environment=environment,
        tag=tag,
        parent=parent,
        is_root=is_root,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> Response[ErrorBody | list[Run]]:
    """List runs, most recently updated first

    Args:
        limit (int | Unset):
        offset (int | Unset):
        interaction (list[str] | Unset):
        status (list[str] | Unset):
        model (list[str] | Unset):
        environment (list[str] | Unset):
        tag (list[str] | Unset):
        parent (str | Unset):
        is_root (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[Run]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        interaction=interaction,
        status=status,
        model=model,
        environment=environment,
        tag=tag,
        parent=parent,
        is_root=is_root,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> ErrorBody | list[Run] | None:
    """List runs, most recently updated first

    Args:
        limit (int | Unset):
        offset (int | Unset):
        interaction (list[str] | Unset):
        status (list[str] | Unset):
        model (list[str] | Unset):
        environment (list[str] | Unset):
        tag (list[str] | Unset):
        parent (str | Unset):
        is_root (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[Run]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            interaction=interaction,
            status=status,
            model=model,
            environment=environment,
            tag=tag,
            parent=parent,
            is_root=is_root,
        )
    ).parsed
