from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run_response import AgentRunResponse
from ...models.health_response import HealthResponse
from ...models.http_error import HTTPError
from ...types import Response

OPERATION = "health_check"
ROUTE = "GET /api/v1/health"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "500", "503")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/health",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentRunResponse | HTTPError | HealthResponse | None:
    if response.status_code == 200:
        response_200 = HealthResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: AgentRunResponse | HTTPError
        if isinstance(_response_500, dict):
            _response_500_found_ = False
            try:
                componentsschemas_error_body_type_0 = AgentRunResponse.from_dict(_response_500)

                response_500 = componentsschemas_error_body_type_0
                _response_500_found_ = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

            if not _response_500_found_:
                componentsschemas_error_body_type_1 = HTTPError.from_dict(_response_500)

                response_500 = componentsschemas_error_body_type_1

        else:
            raise TypeError(f"expected AgentRunResponse | HTTPError, got {type(_response_500).__name__}")

        return response_500

    if response.status_code == 503:
        _response_503 = response.json()
        response_503: AgentRunResponse | HTTPError
        if isinstance(_response_503, dict):
            _response_503_found_ = False
            try:
                componentsschemas_error_body_type_0 = AgentRunResponse.from_dict(_response_503)

                response_503 = componentsschemas_error_body_type_0
                _response_503_found_ = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

            if not _response_503_found_:
                componentsschemas_error_body_type_1 = HTTPError.from_dict(_response_503)

                response_503 = componentsschemas_error_body_type_1

        else:
            raise TypeError(f"expected AgentRunResponse | HTTPError, got {type(_response_503).__name__}")

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentRunResponse | HTTPError | HealthResponse]:
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
) -> Response[AgentRunResponse | HTTPError | HealthResponse]:
    """Server liveness

     Answers while the server is up; the local server names the agent it serves. Needs no key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRunResponse | HTTPError | HealthResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AgentRunResponse | HTTPError | HealthResponse | None:
    """Server liveness

     Answers while the server is up; the local server names the agent it serves. Needs no key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRunResponse | HTTPError | HealthResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentRunResponse | HTTPError | HealthResponse]:
    """Server liveness

     Answers while the server is up; the local server names the agent it serves. Needs no key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRunResponse | HTTPError | HealthResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AgentRunResponse | HTTPError | HealthResponse | None:
    """Server liveness

     Answers while the server is up; the local server names the agent it serves. Needs no key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRunResponse | HTTPError | HealthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
