"""`AsyncRunsClient`: the asyncio client of the runs/interactions service."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx
from runbridge_generated.runs.client import AuthenticatedClient

from runbridge._redact import redact_url
from runbridge.auth import ApiKeyExchange
from runbridge.retry import RetryConfig
from runbridge.runs._async_resources import AsyncRuns
from runbridge.runs._auth import StreamAuth
from runbridge.runs._options import DEFAULT_API_VERSION, DEFAULT_BASE_URL, Settings, build_settings
from runbridge.transport import AsyncRunbridgeClient, ClientOptions


class AsyncRunsClient:
    """The asyncio twin of RunsClient (same arguments, same behaviour; every call is awaited).

    async with AsyncRunsClient(base_url, api_key="sk-...") as client:
        run = await client.runs.execute("summarize", {"text": "..."})
        async for run in client.runs.list(status="completed", limit=20): ...
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        api_key: str | None = None,
        token: str | None = None,
        token_url: str | None = None,
        timeout: float | httpx.Timeout | None = 30.0,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        headers: Mapping[str, str] | None = None,
        api_version: str | None = DEFAULT_API_VERSION,
        stream_auth: StreamAuth = "query",
        refresh_margin: float = 60.0,
        verify: Any = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        settings = build_settings(
            base_url,
            api_key=api_key,
            token=token,
            token_url=token_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            api_version=api_version,
            stream_auth=stream_auth,
            refresh_margin=refresh_margin,
            verify=verify,
        )
        self._init(settings, AsyncRunbridgeClient(settings.options, pool=transport))

    def _init(self, settings: Settings, http: AsyncRunbridgeClient) -> None:
        self._settings = settings
        self._http = http
        # The generated client's own token is unused: runbridge's transport authenticates every request.
        generated = AuthenticatedClient(base_url=settings.options.base_url, token="")
        generated.set_async_httpx_client(http)
        self._generated = generated
        self.runs = AsyncRuns(generated)

    @property
    def base_url(self) -> str:
        return self._settings.options.base_url

    @property
    def client_options(self) -> ClientOptions:
        """The transport options this client was built with."""
        return self._settings.options

    @property
    def token_exchange(self) -> ApiKeyExchange | None:
        """The API key exchange (its `.token_requests` counts token fetches); None when built with `token=`."""
        return self._settings.exchange

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying httpx client."""
        return self._http

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncRunsClient:
        """A client with another timeout or retry budget, sharing this one's connections and tokens."""
        clone = object.__new__(type(self))
        http = self._http.with_options(timeout=timeout, max_retries=max_retries)
        clone._init(Settings(options=http.client_options, exchange=self._settings.exchange), http)
        return clone

    async def aclose(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncRunsClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncRunsClient(base_url={redact_url(self.base_url)!r}, auth={self._settings.options.auth!r})"
