from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.filter_field import FilterField
from ...models.filter_option import FilterOption
from ...types import UNSET, FieldError, Response, Unset

OPERATION = "get_run_filter_options"
ROUTE = "GET /runs/filter-options/{field}"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "403", "429", "500")


def _get_kwargs(
    field: FilterField,
    *,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/runs/filter-options/{field}".format(
            field=path_segment("field", field),
        ),
        "params": params or None,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[FilterOption] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(f"expected a list, got {type(_response_200).__name__}")
        response_200 = []
        for response_200_item_index_, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = FilterOption.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[FilterOption]]:
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
    field: FilterField,
    *,
    client: AuthenticatedClient | Client,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> Response[ErrorBody | list[FilterOption]]:
    """The values a list filter can take, with how many runs have each

    Args:
        field (FilterField): A field runs can be listed by.
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
        Response[ErrorBody | list[FilterOption]]
    """

    kwargs = _get_kwargs(
        field=field,
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
    field: FilterField,
    *,
    client: AuthenticatedClient | Client,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> ErrorBody | list[FilterOption] | None:
    """The values a list filter can take, with how many runs have each

    Args:
        field (FilterField): A field runs can be listed by.
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
        ErrorBody | list[FilterOption]
    """

    return sync_detailed(
        field=field,
        client=client,
        interaction=interaction,
        status=status,
        model=model,
        environment=environment,
        tag=tag,
        parent=parent,
        is_root=is_root,
    ).parsed


async def asyncio_detailed(
    field: FilterField,
    *,
    client: AuthenticatedClient | Client,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> Response[ErrorBody | list[FilterOption]]:
    """The values a list filter can take, with how many runs have each

    Args:
        field (FilterField): A field runs can be listed by.
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
        Response[ErrorBody | list[FilterOption]]
    """

    kwargs = _get_kwargs(
        field=field,
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
    field: FilterField,
    *,
    client: AuthenticatedClient | Client,
    interaction: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    model: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    parent: str | Unset = UNSET,
    is_root: bool | Unset = UNSET,
) -> ErrorBody | list[FilterOption] | None:
    """The values a list filter can take, with how many runs have each

    Args:
        field (FilterField): A field runs can be listed by.
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
        ErrorBody | list[FilterOption]
    """

    return (
        await asyncio_detailed(
            field=field,
            client=client,
            interaction=interaction,
            status=status,
            model=model,
            environment=environment,
            tag=tag,
            parent=parent,
            is_root=is_root,
        )
    ).parsed
