"""`RunAgentClient` and its asyncio twin `AsyncRunAgentClient`: run an agent's entrypoints over REST and stream
them over a WebSocket.

Both are thin shells on the client skeleton (runbridge._base_client) around one `AgentEndpoint`
(runbridge.runagent._endpoint), which validates, builds every request and decodes every answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self

from runbridge._base_client import AsyncAPIClient, BaseClient, HttpT, SyncAPIClient
from runbridge.errors import APIError
from runbridge.runagent import errors
from runbridge.runagent._wire import GENERIC_STREAM_TAG, GENERIC_TAG

if TYPE_CHECKING:
    import ssl

    import aiohttp
    import httpx
    from runbridge_generated.agents.client import Client

    from runbridge.runagent._endpoint import AgentEndpoint
    from runbridge.transport import AsyncRunbridgeClient, Backend, RunbridgeClient

__all__ = ["AsyncRunAgentClient", "RunAgentClient"]


class _OneAgent(BaseClient[HttpT]):
    """What both clients add to the skeleton: the agent they run, its checks on `with_options`, its repr."""

    _endpoint: AgentEndpoint
    _api: Client

    @property
    def agent_id(self) -> str:
        return self._endpoint.agent_id

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client for the same agent with another default timeout or retry budget, sharing this one's
        connection pool (close this one, the original, when done with both)."""
        self._endpoint.check_overrides(timeout=timeout, max_retries=max_retries)
        return super().with_options(timeout=timeout, max_retries=max_retries)

    def _bind_endpoint(self, http: HttpT) -> Client:
        self._endpoint = self._endpoint.bound_to(http.client_options)
        return self._endpoint.generated_client()

    def __repr__(self) -> str:
        # The skeleton's repr, led by the agent: `RunAgentClient(agent_id='a', base_url=..., timeout=...)`.
        name, _, fields = super().__repr__().partition("(")
        return f"{name}(agent_id={self.agent_id!r}, {fields}"


class RunAgentClient(_OneAgent["RunbridgeClient"], SyncAPIClient):
    """Synchronous client for one deployed agent.

        with RunAgentClient("agent-123", base_url="http://127.0.0.1:8450") as client:
            result = client.run_generic({"query": "Hello"})
            for chunk in client.run_generic_stream({"query": "Tell a story"}):
                print(chunk, end="")

    `api_key`, `base_url` and `timeout` default to `RUNAGENT_API_KEY`, `RUNAGENT_API_URL` and `RUNAGENT_TIMEOUT`,
    then to `~/.runagent/config.json`, then to no key, https://backend.run-agent.ai and 30 s; `max_retries`
    defaults to the file's `retry_config.max_retries`, then 3 (see runbridge.runagent.config). A run is a POST
    with side effects, so it is retried only when it cannot have reached the agent (connection refused,
    429, 503); a stream's WebSocket handshake is retried on any transient failure, since the agent starts only
    once the handshake is done. The client holds a connection pool: close it, or use it as a context manager.
    """

    def __init__(
        self,
        agent_id: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        verify: ssl.SSLContext | str | bool = True,
    ) -> None:
        from runbridge.runagent._endpoint import AgentEndpoint  # httpx and the generated client load here

        self._endpoint = AgentEndpoint(
            agent_id,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            verify=verify,
        )
        self._start(self._endpoint.options)

    def _bind(self, http: RunbridgeClient) -> None:
        self._api = self._bind_endpoint(http).set_httpx_client(http)

    def run_generic(
        self, input_data: Mapping[str, Any], timeout: float | None = None, headers: Mapping[str, str] | None = None
    ) -> Any:
        """Run the agent's `generic` entrypoint with `input_data` as keyword arguments; return its result.

        The result is the agent's return value decoded from the wire (a dict for agents that return objects,
        or a str, list, number, ... as returned). An agent that raises gives AgentExecutionError.
        """
        return self.run(GENERIC_TAG, input_data, timeout=timeout, headers=headers)

    def run_generic_stream(
        self, input_data: Mapping[str, Any], timeout: float | None = None, headers: Mapping[str, str] | None = None
    ) -> Iterator[Any]:
        """Stream the agent's `generic_stream` entrypoint; yields each chunk as the agent produced it.

        `timeout` bounds the WebSocket handshake and each wait for the next chunk. The socket is closed when
        the stream completes, fails, or the loop stops early.
        """
        return self.stream(GENERIC_STREAM_TAG, input_data, timeout=timeout, headers=headers)

    def run(
        self,
        entrypoint_tag: str,
        input_data: Mapping[str, Any] | None = None,
        *,
        input_args: list[Any] | None = None,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
        persistent_memory: bool = False,
    ) -> Any:
        """Run any non-streaming entrypoint by tag, with keyword (`input_data`) and positional (`input_args`) input.

        `user_id` names the end user for agents with memory; `persistent_memory=True` asks the agent to keep it
        across runs (the hosted service honours both; a local server ignores them).
        """
        kwargs = self._endpoint.run_kwargs(
            entrypoint_tag,
            input_data,
            input_args=input_args,
            timeout=timeout,
            headers=headers,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )
        try:
            response = self._http.request(**kwargs)
        except APIError as exc:
            raise errors.translate(exc) from exc
        return self._endpoint.run_result(self._api, response)

    def stream(
        self,
        entrypoint_tag: str,
        input_data: Mapping[str, Any] | None = None,
        *,
        input_args: list[Any] | None = None,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
        persistent_memory: bool = False,
    ) -> Iterator[Any]:
        """Stream any entrypoint whose tag ends in `_stream`. The input is checked now; the socket opens on
        the first `next()`."""
        request = self._endpoint.stream_request(
            entrypoint_tag,
            input_data,
            input_args=input_args,
            timeout=timeout,
            headers=headers,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )
        from runbridge.runagent._websocket import stream

        return stream(request)

    def health(self) -> dict[str, Any]:
        """The server's `/api/v1/health` answer (status, server, version, the agent a local server serves)."""
        from runbridge_generated.agents.api.health import health_check

        from runbridge.runagent._endpoint import health_of

        try:
            answer = health_check.sync_detailed(client=self._api).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        return health_of(answer)

    def get_architecture(self) -> list[dict[str, Any]]:
        """The agent's entrypoints (`file`, `module`, `tag`), as declared in its `runagent.config.json`."""
        from runbridge_generated.agents.api.agents import get_agent_architecture

        from runbridge.runagent._endpoint import entrypoints_of

        try:
            answer = get_agent_architecture.sync_detailed(self.agent_id, client=self._api).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        return entrypoints_of(answer)


class AsyncRunAgentClient(_OneAgent["AsyncRunbridgeClient"], AsyncAPIClient):
    """Asynchronous client for one deployed agent; the same settings and errors as RunAgentClient.

        async with AsyncRunAgentClient("agent-123", base_url="http://127.0.0.1:8450") as client:
            results = await asyncio.gather(*(client.run_generic({"query": q}) for q in questions))
            async for chunk in client.run_generic_stream({"query": "Stream test"}):
                print(chunk, end="")

    To stop a stream early and close its socket at once, wrap it: `async with contextlib.aclosing(stream)`.
    REST calls can go over aiohttp (`backend="aiohttp"`, or `http_client=` an aiohttp.ClientSession you own);
    streams use their WebSocket either way.
    """

    def __init__(
        self,
        agent_id: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        verify: ssl.SSLContext | str | bool = True,
        backend: Backend = "httpx",
        http_client: aiohttp.ClientSession | None = None,
    ) -> None:
        from runbridge.runagent._endpoint import AgentEndpoint  # httpx and the generated client load here

        self._endpoint = AgentEndpoint(
            agent_id,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            verify=verify,
        )
        self._start(self._endpoint.options, backend=backend, http_client=http_client)

    def _bind(self, http: AsyncRunbridgeClient) -> None:
        self._api = self._bind_endpoint(http).set_async_httpx_client(http)

    async def run_generic(
        self,
        input_data: Mapping[str, Any],
        timeout: float | None = None,  # noqa: ASYNC109 - the documented signature; it is a per-request timeout
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Run the agent's `generic` entrypoint with `input_data` as keyword arguments; return its result."""
        return await self.run(GENERIC_TAG, input_data, timeout=timeout, headers=headers)

    def run_generic_stream(
        self, input_data: Mapping[str, Any], timeout: float | None = None, headers: Mapping[str, str] | None = None
    ) -> AsyncIterator[Any]:
        """Stream the agent's `generic_stream` entrypoint: `async for chunk in client.run_generic_stream(...)`."""
        return self.stream(GENERIC_STREAM_TAG, input_data, timeout=timeout, headers=headers)

    async def run(
        self,
        entrypoint_tag: str,
        input_data: Mapping[str, Any] | None = None,
        *,
        input_args: list[Any] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - a per-request timeout handed to httpx
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
        persistent_memory: bool = False,
    ) -> Any:
        """Run any non-streaming entrypoint by tag, with keyword (`input_data`) and positional (`input_args`) input.

        `user_id` names the end user for agents with memory; `persistent_memory=True` asks the agent to keep it
        across runs (the hosted service honours both; a local server ignores them).
        """
        kwargs = self._endpoint.run_kwargs(
            entrypoint_tag,
            input_data,
            input_args=input_args,
            timeout=timeout,
            headers=headers,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )
        try:
            response = await self._http.request(**kwargs)
        except APIError as exc:
            raise errors.translate(exc) from exc
        return self._endpoint.run_result(self._api, response)

    def stream(
        self,
        entrypoint_tag: str,
        input_data: Mapping[str, Any] | None = None,
        *,
        input_args: list[Any] | None = None,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        user_id: str | None = None,
        persistent_memory: bool = False,
    ) -> AsyncIterator[Any]:
        """Stream any entrypoint whose tag ends in `_stream`. The input is checked now; the socket opens on
        the first iteration."""
        request = self._endpoint.stream_request(
            entrypoint_tag,
            input_data,
            input_args=input_args,
            timeout=timeout,
            headers=headers,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )
        from runbridge.runagent._websocket import astream

        return astream(request)

    async def health(self) -> dict[str, Any]:
        """The server's `/api/v1/health` answer."""
        from runbridge_generated.agents.api.health import health_check

        from runbridge.runagent._endpoint import health_of

        try:
            answer = (await health_check.asyncio_detailed(client=self._api)).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        return health_of(answer)

    async def get_architecture(self) -> list[dict[str, Any]]:
        """The agent's entrypoints (`file`, `module`, `tag`)."""
        from runbridge_generated.agents.api.agents import get_agent_architecture

        from runbridge.runagent._endpoint import entrypoints_of

        try:
            answer = (await get_agent_architecture.asyncio_detailed(self.agent_id, client=self._api)).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        return entrypoints_of(answer)
