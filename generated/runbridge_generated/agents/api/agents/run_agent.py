from typing import Any

import httpx
from runbridge.paths import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_run_request import AgentRunRequest
from ...models.agent_run_response import AgentRunResponse
from ...models.http_error import HTTPError
from ...models.http_validation_error import HTTPValidationError
from ...types import Response

OPERATION = "run_agent"
ROUTE = "POST /api/v1/agents/{agent_id}/run"
# The documented statuses this module parses; generation checks it against the spec, so none is dropped.
RESPONSES: tuple[str, ...] = ("200", "400", "401", "403", "404", "422", "429", "500", "503")


def _get_kwargs(
    agent_id: str,
    *,
    body: AgentRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets the transport name the operation in errors and logs and look up its retry safety.
        "extensions": {"runbridge.operation": OPERATION, "runbridge.route": ROUTE},
        "url": "/api/v1/agents/{agent_id}/run".format(
            agent_id=path_segment("agent_id", agent_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AgentRunResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AgentRunResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AgentRunResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: AgentRunResponse | HTTPError
        if isinstance(_response_404, dict):
            _response_404_found_ = False
            try:
                componentsschemas_error_body_type_0 = AgentRunResponse.from_dict(_response_404)

                response_404 = componentsschemas_error_body_type_0
                _response_404_found_ = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

            if not _response_404_found_:
                componentsschemas_error_body_type_1 = HTTPError.from_dict(_response_404)

                response_404 = componentsschemas_error_body_type_1

        else:
            raise TypeError(f"expected AgentRunResponse | HTTPError, got {type(_response_404).__name__}")

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: AgentRunResponse | HTTPError
        if isinstance(_response_429, dict):
            _response_429_found_ = False
            try:
                componentsschemas_error_body_type_0 = AgentRunResponse.from_dict(_response_429)

                response_429 = componentsschemas_error_body_type_0
                _response_429_found_ = True
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

            if not _response_429_found_:
                componentsschemas_error_body_type_1 = HTTPError.from_dict(_response_429)

                response_429 = componentsschemas_error_body_type_1

        else:
            raise TypeError(f"expected AgentRunResponse | HTTPError, got {type(_response_429).__name__}")

        return response_429

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
) -> Response[AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError]:
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
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentRunRequest,
) -> Response[AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError]:
    """Run one non-streaming entrypoint

     Runs the entrypoint named by `entrypoint_tag` with `input_args` and `input_kwargs` and answers with
    the
    standard envelope. Not idempotent: an agent run may have side effects, so it is never retried once
    it
    may have reached the server.

    Args:
        agent_id (str):
        body (AgentRunRequest): What to run and with which arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentRunRequest,
) -> AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError | None:
    """Run one non-streaming entrypoint

     Runs the entrypoint named by `entrypoint_tag` with `input_args` and `input_kwargs` and answers with
    the
    standard envelope. Not idempotent: an agent run may have side effects, so it is never retried once
    it
    may have reached the server.

    Args:
        agent_id (str):
        body (AgentRunRequest): What to run and with which arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentRunRequest,
) -> Response[AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError]:
    """Run one non-streaming entrypoint

     Runs the entrypoint named by `entrypoint_tag` with `input_args` and `input_kwargs` and answers with
    the
    standard envelope. Not idempotent: an agent run may have side effects, so it is never retried once
    it
    may have reached the server.

    Args:
        agent_id (str):
        body (AgentRunRequest): What to run and with which arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentRunRequest,
) -> AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError | None:
    """Run one non-streaming entrypoint

     Runs the entrypoint named by `entrypoint_tag` with `input_args` and `input_kwargs` and answers with
    the
    standard envelope. Not idempotent: an agent run may have side effects, so it is never retried once
    it
    may have reached the server.

    Args:
        agent_id (str):
        body (AgentRunRequest): What to run and with which arguments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentRunResponse | AgentRunResponse | HTTPError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
