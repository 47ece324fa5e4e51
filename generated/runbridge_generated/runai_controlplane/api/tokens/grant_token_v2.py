from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.grant_token_v2_body import GrantTokenV2Body
from ...models.o_auth_2_error import OAuth2Error
from ...models.o_auth_2_token_response import OAuth2TokenResponse
from ...types import Response

OPERATION = "grant_token_v2"
ROUTE = "POST /api/v2/token"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "500", "503")


def _get_kwargs(
    *,
    body: GrantTokenV2Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v2/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OAuth2Error | OAuth2TokenResponse | None:
    if response.status_code == 200:
        response_200 = OAuth2TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuth2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuth2Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
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
    body: GrantTokenV2Body,
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    """Exchange credentials for an access token (OAuth2 form)

     The standard OAuth2 token endpoint: a form body with grant_type, answered with access_token and
    expires_in.

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuth2Error | OAuth2TokenResponse]
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
    body: GrantTokenV2Body,
) -> Error | OAuth2Error | OAuth2TokenResponse | None:
    """Exchange credentials for an access token (OAuth2 form)

     The standard OAuth2 token endpoint: a form body with grant_type, answered with access_token and
    expires_in.

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuth2Error | OAuth2TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Response[Error | OAuth2Error | OAuth2TokenResponse]:
    """Exchange credentials for an access token (OAuth2 form)

     The standard OAuth2 token endpoint: a form body with grant_type, answered with access_token and
    expires_in.

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuth2Error | OAuth2TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GrantTokenV2Body,
) -> Error | OAuth2Error | OAuth2TokenResponse | None:
    """Exchange credentials for an access token (OAuth2 form)

     The standard OAuth2 token endpoint: a form body with grant_type, answered with access_token and
    expires_in.

    Args:
        body (GrantTokenV2Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuth2Error | OAuth2TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
