"""`AgentEndpoint`: one agent at one server as a client resolved it, and the pure steps of a run (no I/O).

Both agent clients (runbridge.runagent._client) are thin shells around it: they send what it builds and hand
back what it decodes.
"""

from __future__ import annotations

import copy
import ssl
from collections.abc import Mapping
from typing import Any

import httpx
from runbridge_generated.agents._operations import IDEMPOTENT_ROUTES
from runbridge_generated.agents.api.agents import run_agent
from runbridge_generated.agents.client import Client
from runbridge_generated.agents.models import (
    AgentArchitecture,
    AgentRunRequest,
    AgentRunResponse,
    ArchitectureResponse,
    ErrorDetail,
    HealthResponse,
)
from runbridge_generated.agents.types import Unset

from runbridge._constants import DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT
from runbridge.auth import StaticToken
from runbridge.errors import APIError, ConfigError
from runbridge.paths import path_segment
from runbridge.runagent import errors
from runbridge.runagent._websocket import StreamRequest, websocket_url
from runbridge.runagent._wire import WireFormatError, check_input, decode_structured, run_body
from runbridge.runagent.config import RunAgentSettings, apply_log_level, resolve_settings
from runbridge.transport import USER_AGENT, ClientOptions


def _error_factory(response: httpx.Response) -> Exception:
    return errors.RunAgentStatusError.from_response(response)


class AgentEndpoint:
    """One agent at one server: its id, the resolved settings and HTTP options of the client that runs it, and
    the pure steps of a run (building the request or stream, reading the answer).

    `options` is the source of the timeout and retry budget (a `with_options` copy of a client rebinds them
    with `bound_to`); `settings` keeps what the client was built with: key, base URL and log level.
    """

    def __init__(
        self,
        agent_id: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | None,
        max_retries: int | None,
        headers: Mapping[str, str] | None,
        verify: ssl.SSLContext | str | bool = True,
    ) -> None:
        if not isinstance(agent_id, str) or not agent_id.strip():
            raise ConfigError(f"agent_id must be a non-empty string, not {agent_id!r}")
        if headers is not None and not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
            raise ConfigError("headers must map header names to string values")
        self.agent_id = agent_id.strip()
        path_segment("agent_id", self.agent_id)  # refuse '..', '/', ... now rather than at the first call
        self.settings: RunAgentSettings = resolve_settings(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        apply_log_level(self.settings.log_level)
        self.headers = dict(headers or {})
        auth = StaticToken(self.settings.api_key) if self.settings.api_key else None
        self.options = ClientOptions(
            self.settings.base_url,
            timeout=self.settings.timeout,
            retry=self.settings.retry,
            auth=auth,
            headers=self.headers,
            verify=verify,
            idempotent_routes=IDEMPOTENT_ROUTES,
            error_factory=_error_factory,
            service="runagent",
        )

    def bound_to(self, options: ClientOptions) -> AgentEndpoint:
        """The same agent, run with `options` (those of a client's `with_options` copy)."""
        clone = copy.copy(self)
        clone.options = options
        return clone

    def check_overrides(self, *, timeout: float | httpx.Timeout | None, max_retries: int | None) -> None:
        """Refuse a `with_options` timeout or retry budget with the errors the constructor would raise."""
        if not isinstance(timeout, httpx.Timeout):
            self.effective_timeout(timeout)
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ConfigError(f"max_retries must be a whole number >= 0, not {max_retries!r}")

    @property
    def timeout(self) -> float:
        """The client's default timeout in seconds."""
        return float(self.options.timeout.read or self.settings.timeout)

    def generated_client(self) -> Client:
        return Client(base_url=self.settings.base_url, raise_on_unexpected_status=False)

    def effective_timeout(self, timeout: float | None) -> float:
        if timeout is None:
            return self.timeout
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise errors.ValidationError(f"timeout must be a positive number of seconds, not {timeout!r}")
        return float(timeout)

    def run_kwargs(
        self,
        entrypoint_tag: str,
        input_data: Mapping[str, Any] | None,
        *,
        input_args: list[Any] | None = None,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
        persistent_memory: bool = False,
    ) -> dict[str, Any]:
        """The httpx request arguments for `POST /api/v1/agents/{id}/run` (validated input, per-call options)."""
        seconds = self.effective_timeout(timeout)
        body = self._body(entrypoint_tag, False, input_data, input_args, seconds, user_id, persistent_memory)
        kwargs = run_agent._get_kwargs(self.agent_id, body=AgentRunRequest.from_dict(body))
        kwargs["headers"].update(_checked_headers(headers))
        kwargs["timeout"] = httpx.Timeout(seconds, connect=min(DEFAULT_CONNECT_TIMEOUT, seconds))
        return kwargs

    def _body(
        self,
        entrypoint_tag: str,
        streaming: bool,
        input_data: Mapping[str, Any] | None,
        input_args: list[Any] | None,
        seconds: float,
        user_id: str | None,
        persistent_memory: bool,
    ) -> dict[str, Any]:
        if user_id is not None and (not isinstance(user_id, str) or not user_id):
            raise errors.ValidationError(f"user_id must be a non-empty string, not {user_id!r}", code="INVALID_INPUT")
        if persistent_memory and user_id is None:
            raise errors.ValidationError("persistent_memory needs a user_id to remember for", code="INVALID_INPUT")
        return run_body(
            _check_tag(entrypoint_tag, streaming=streaming),
            _checked_input(input_data),
            timeout_seconds=seconds,
            input_args=_checked_args(input_args),
            user_id=user_id,
            persistent_memory=bool(persistent_memory),
        )

    def run_result(self, client: Client, response: httpx.Response) -> Any:
        """The agent's decoded result, or the error the envelope reports."""
        try:
            parsed = run_agent._build_response(client=client, response=response).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        if not isinstance(parsed, AgentRunResponse):
            raise errors.InvalidResponseError(
                f"run_agent: {response.status_code} answer is not the run envelope", response=response
            )
        return interpret(parsed, response)

    def stream_request(
        self,
        entrypoint_tag: str,
        input_data: Mapping[str, Any] | None,
        *,
        input_args: list[Any] | None = None,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
        persistent_memory: bool = False,
    ) -> StreamRequest:
        seconds = self.effective_timeout(timeout)
        start = self._body(entrypoint_tag, True, input_data, input_args, seconds, user_id, persistent_memory)
        all_headers = {**self.headers, **_checked_headers(headers)}
        if self.settings.api_key:
            all_headers["Authorization"] = f"Bearer {self.settings.api_key}"
        return StreamRequest(
            url=websocket_url(self.settings.base_url, self.agent_id, self.settings.api_key),
            headers=all_headers,
            start_frame=start,
            open_timeout=min(seconds, DEFAULT_TIMEOUT),
            read_timeout=seconds,
            user_agent=USER_AGENT,
            retry=self.options.retry,
            verify=self.options.verify,
        )


def interpret(envelope: AgentRunResponse, response: httpx.Response | None = None) -> Any:
    """`success: true` → the decoded `data`; `success: false` → the error class its `error.code` calls for."""
    if envelope.success:
        data = None if isinstance(envelope.data, Unset) else envelope.data
        try:
            return decode_structured(data)
        except WireFormatError as exc:
            raise errors.InvalidResponseError(f"run_agent: {exc}", response=response, field=exc.field) from None
    detail = envelope.error
    if isinstance(detail, ErrorDetail):
        details = detail.details.to_dict() if not isinstance(detail.details, Unset | None) else None
        raise errors.error_from_code(
            detail.code, detail.message, details, response=response, request_id=envelope.request_id
        )
    message = envelope.message if isinstance(envelope.message, str) and envelope.message else None
    raise errors.error_from_code(
        None,
        message or "the agent run failed and the server gave no reason",
        response=response,
        request_id=envelope.request_id,
    )


def health_of(answer: object) -> dict[str, Any]:
    """The health report from the server's answer."""
    if not isinstance(answer, HealthResponse):
        raise errors.InvalidResponseError("health_check: the server's answer is not a health report")
    return answer.to_dict()


def entrypoints_of(answer: object) -> list[dict[str, Any]]:
    """The entrypoints from an architecture envelope, or the error it reports."""
    if not isinstance(answer, ArchitectureResponse):
        raise errors.InvalidResponseError("get_agent_architecture: the answer is not the architecture envelope")
    if not answer.success or not isinstance(answer.data, AgentArchitecture):
        detail = answer.error
        code = getattr(detail, "code", None)
        message = getattr(detail, "message", None) or "the server did not return the agent's architecture"
        raise errors.error_from_code(code, message, request_id=answer.request_id)
    return [entrypoint.to_dict() for entrypoint in answer.data.entrypoints]


def _check_tag(tag: object, *, streaming: bool) -> str:
    if not isinstance(tag, str) or not tag.strip():
        raise errors.ValidationError(f"entrypoint_tag must be a non-empty string, not {tag!r}")
    if streaming and not tag.endswith("_stream"):
        raise errors.ValidationError(
            f"entrypoint {tag!r} is not a streaming entrypoint: streaming tags end in '_stream'",
            code="NON_STREAM_ENTRYPOINT",
        )
    if not streaming and tag.endswith("_stream"):
        raise errors.ValidationError(
            f"entrypoint {tag!r} streams: use the stream methods for tags ending in '_stream'",
            code="STREAM_ENTRYPOINT",
        )
    return tag


def _checked_input(input_data: Mapping[str, Any] | None) -> dict[str, Any]:
    if input_data is None:
        return {}
    try:
        return check_input(input_data)
    except ValueError as exc:
        raise errors.ValidationError(str(exc), code="INVALID_INPUT") from None


def _checked_args(input_args: list[Any] | None) -> list[Any]:
    if input_args is None:
        return []
    if not isinstance(input_args, list | tuple):
        raise errors.ValidationError(
            f"input_args must be a list, not {type(input_args).__name__}", code="INVALID_INPUT"
        )
    try:
        check_input({"args": list(input_args)})
    except ValueError as exc:
        raise errors.ValidationError(str(exc).replace("input_data", "input_args"), code="INVALID_INPUT") from None
    return list(input_args)


def _checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise errors.ValidationError("headers must map header names to string values", code="INVALID_INPUT")
    return dict(headers)
