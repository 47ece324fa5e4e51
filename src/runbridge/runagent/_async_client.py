"""AsyncRunAgentClient: the asyncio twin of RunAgentClient, over the same ClientCore."""

from __future__ import annotations

import copy
import ssl
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import Any, Self

from runbridge_generated.agents.api.agents import get_agent_architecture
from runbridge_generated.agents.api.health import health_check
from runbridge_generated.agents.models import HealthResponse

from runbridge.errors import APIError
from runbridge.runagent import errors
from runbridge.runagent._base import ClientCore, entrypoints_of
from runbridge.runagent._websocket import astream
from runbridge.runagent._wire import GENERIC_STREAM_TAG, GENERIC_TAG
from runbridge.transport import AsyncRunbridgeClient, attach

__all__ = ["AsyncRunAgentClient"]


class AsyncRunAgentClient:
    """Asynchronous client for one deployed agent; the same settings and errors as RunAgentClient.

        async with AsyncRunAgentClient("agent-123", base_url="http://127.0.0.1:8450") as client:
            results = await asyncio.gather(*(client.run_generic({"query": q}) for q in questions))
            async for chunk in client.run_generic_stream({"query": "Stream test"}):
                print(chunk, end="")

    To stop a stream early and close its socket at once, wrap it: `async with contextlib.aclosing(stream)`.
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
        self._core = ClientCore(
            agent_id,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            verify=verify,
        )
        self._api = attach(self._core.generated_client(), self._core.options, asynchronous=True)

    @property
    def agent_id(self) -> str:
        return self._core.agent_id

    @property
    def base_url(self) -> str:
        return self._core.settings.base_url

    @property
    def timeout(self) -> float:
        return self._core.settings.timeout

    @property
    def max_retries(self) -> int:
        return self._core.settings.max_retries

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> Self:
        """A client for the same agent with another default timeout or retry budget, sharing this one's
        connection pool (close this one, the original, when done with both)."""
        clone = copy.copy(self)
        clone._core = self._core.with_options(timeout=timeout, max_retries=max_retries)
        current = self._api.get_async_httpx_client()
        if not isinstance(current, AsyncRunbridgeClient):  # always true: the constructor attached it
            raise TypeError(f"unexpected HTTP client {type(current).__name__}")
        http = current.with_options(timeout=clone.timeout, max_retries=clone.max_retries)
        clone._api = clone._core.generated_client().set_async_httpx_client(http)
        return clone

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
        kwargs = self._core.run_kwargs(
            entrypoint_tag,
            input_data,
            input_args=input_args,
            timeout=timeout,
            headers=headers,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )
        try:
            response = await self._api.get_async_httpx_client().request(**kwargs)
        except APIError as exc:
            raise errors.translate(exc) from exc
        return self._core.run_result(self._api, response)

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
        request = self._core.stream_request(
            entrypoint_tag,
            input_data,
            input_args=input_args,
            timeout=timeout,
            headers=headers,
            user_id=user_id,
            persistent_memory=persistent_memory,
        )
        return astream(request)

    async def health(self) -> dict[str, Any]:
        """The server's `/api/v1/health` answer."""
        try:
            answer = (await health_check.asyncio_detailed(client=self._api)).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        if not isinstance(answer, HealthResponse):
            raise errors.InvalidResponseError("health_check: the server's answer is not a health report")
        return answer.to_dict()

    async def get_architecture(self) -> list[dict[str, Any]]:
        """The agent's entrypoints (`file`, `module`, `tag`)."""
        try:
            answer = (await get_agent_architecture.asyncio_detailed(self.agent_id, client=self._api)).parsed
        except APIError as exc:
            raise errors.translate(exc) from exc
        return entrypoints_of(answer)

    async def aclose(self) -> None:
        """Close the connection pool (streams close their own sockets)."""
        await self._api.get_async_httpx_client().aclose()

    async def close(self) -> None:
        """Same as `aclose()`."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)
