"""The skeleton every service client is built on: options, one httpx client, `with_options`, lifecycle, repr.

    BaseClient               options, the http client, with_options (a copy sharing the pool), repr
     ├── SyncAPIClient       close(), `with`
     └── AsyncAPIClient      await close(), `async with`

A service client validates its own arguments into `ClientOptions`, calls `_start(options, pool)`, and says in
`_bind(http)` what it builds on the http client (the generated client, its resources). `_bind` runs again for
each `with_options` copy, which shares the connection pool, the token cache and everything else of its parent
but the timeout and the retry budget; the copy needs no closing of its own.

Nothing here imports httpx or the transport until a client is built, so that importing a service package (whose
client classes derive from these) stays cheap; the cost is paid by the first constructor.
"""

from __future__ import annotations

import copy
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from runbridge._redact import redact_url
from runbridge.errors import ConfigError

if TYPE_CHECKING:
    import aiohttp
    import httpx

    from runbridge.transport import AsyncRunbridgeClient, Backend, ClientOptions, RunbridgeClient

__all__ = ["AsyncAPIClient", "BaseClient", "SyncAPIClient"]

HttpT = TypeVar("HttpT", "RunbridgeClient", "AsyncRunbridgeClient")


class BaseClient(Generic[HttpT]):
    """What every service client has: its options, one runbridge httpx client, `with_options` and a repr."""

    _http: HttpT

    def _bind(self, http: HttpT) -> None:
        """Build what the client offers on `http` (generated client, resources); the subclass says what."""
        raise NotImplementedError

    @property
    def client_options(self) -> ClientOptions:
        """The transport options this client was built with."""
        return self._http.client_options

    @property
    def base_url(self) -> str:
        return self.client_options.base_url

    @property
    def timeout(self) -> float:
        """The per-request timeout in seconds (reading a response; connecting may have a shorter one)."""
        return float(self.client_options.timeout.read or 0.0)

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried when that is safe."""
        retry = self.client_options.retry
        return retry.max_attempts - 1 if retry.enabled else 0

    @property
    def http(self) -> HttpT:
        """The underlying httpx client (runbridge's: retries, auth, redacted logging, runbridge errors)."""
        return self._http

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A copy with another timeout or retry budget that shares this client's connections and tokens."""
        clone = copy.copy(self)
        clone._http = self._http.with_options(timeout=timeout, max_retries=max_retries)
        clone._bind(clone._http)
        return clone

    def __repr__(self) -> str:
        auth = self.client_options.auth
        shown = f", auth={auth!r}" if auth is not None else ""
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, timeout={self.timeout:g}{shown})"


class SyncAPIClient(BaseClient["RunbridgeClient"]):
    """A blocking service client: close it, or use it in a `with` block."""

    def _start(self, options: ClientOptions, pool: httpx.BaseTransport | None = None) -> None:
        from runbridge.transport import RunbridgeClient

        self._http = RunbridgeClient(options, pool=pool)
        self._bind(self._http)

    def close(self) -> None:
        """Close the connection pool (a `with_options` copy leaves the shared pool to its parent)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient["AsyncRunbridgeClient"]):
    """An asyncio service client: `await client.close()`, or use it in an `async with` block."""

    def _start(
        self,
        options: ClientOptions,
        pool: httpx.AsyncBaseTransport | None = None,
        *,
        backend: Backend = "httpx",
        http_client: aiohttp.ClientSession | None = None,
    ) -> None:
        """`backend` picks the connection pool ("httpx" or "aiohttp"); `http_client`, an aiohttp.ClientSession the
        caller owns, is the pool itself (and implies "aiohttp"); `pool` (a client's `transport=`) replaces both."""
        import attrs

        from runbridge.transport import AsyncRunbridgeClient, async_pool

        if pool is not None and (http_client is not None or backend != "httpx"):
            raise ConfigError("transport= replaces the connection pool: pass it without backend= or http_client=")
        if http_client is not None:
            backend = "aiohttp"
        if backend != options.backend:
            options = attrs.evolve(options, backend=backend)
        if http_client is not None:
            pool = async_pool(options, session=http_client)
        self._http = AsyncRunbridgeClient(options, pool=pool)
        self._bind(self._http)

    async def close(self) -> None:
        """Close the connection pool (a `with_options` copy leaves the shared pool to its parent)."""
        await self._http.aclose()

    async def aclose(self) -> None:
        """The same as `close()`, under httpx's name."""
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
