"""The three ways to talk to the control plane: `ApiClient`, `ThreadedApiClient` and `AsyncApiClient`.

Each is a client of the skeleton (runbridge._base_client) built from a `Configuration` (token flow, TLS, proxy,
connection pool, retries, timeouts, error mapping: runbridge.runai._options) and runs generated operations on
its http client. Nothing touches the network until the first call: the first request fetches the token (runapy
fetched it in the constructor, blocking even the async client's event loop).
"""

from __future__ import annotations

import concurrent.futures
import importlib
import logging
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from runbridge._base_client import AsyncAPIClient, BaseClient, HttpT, SyncAPIClient
from runbridge.runai._options import client_options
from runbridge.runai.configuration import Configuration

if TYPE_CHECKING:
    import aiohttp
    import httpx
    from runbridge_generated.runai_controlplane._operations import Operation
    from runbridge_generated.runai_controlplane.client import AuthenticatedClient

    from runbridge.transport import AsyncRunbridgeClient, Backend, ClientOptions, RunbridgeClient

__all__ = ["ApiClient", "AsyncApiClient", "ThreadedApiClient"]

logger = logging.getLogger("runbridge.runai")
GENERATED = "runbridge_generated.runai_controlplane"
T = TypeVar("T")


def operation_module(operation: Operation) -> ModuleType:
    """The generated module for one operation, imported on first use (importing all 94 would cost ~0.3 s)."""
    return importlib.import_module(f"{GENERATED}.{operation.module}")


class _ConfiguredClient(BaseClient[HttpT]):
    """What the api clients add to the skeleton: their `Configuration`, its credential flow, the generated
    client, and the TLS server name `proxy_server_name` asks for."""

    configuration: Configuration
    auth: httpx.Auth
    generated: AuthenticatedClient

    def _configure(self, configuration: Configuration | None, options: dict[str, Any]) -> ClientOptions:
        """Check the arguments every api client takes and turn them into the transport options."""
        if configuration is None:
            configuration = Configuration(**options)
        elif options:
            raise TypeError("pass either a Configuration or its options as keywords, not both")
        if not isinstance(configuration, Configuration):
            raise TypeError(
                f"configuration must be a runbridge.runai.Configuration, not {type(configuration).__name__}"
            )
        self.configuration = configuration
        self.auth = configuration.build_auth()
        if configuration.debug:
            from runbridge import _logging

            _logging.enable(logging.DEBUG)
        return client_options(configuration, self.auth)

    def _generated_client(self) -> AuthenticatedClient:
        from runbridge_generated.runai_controlplane.client import AuthenticatedClient

        # The token travels through `self.auth`; the generated client's own token field stays unused.
        return AuthenticatedClient(base_url=self.base_url, token="", raise_on_unexpected_status=True)

    def _set_server_name(self, http: HttpT) -> None:
        """`proxy_server_name`: the TLS server name (SNI and certificate check) for every connection."""
        name = self.configuration.proxy_server_name
        if name is None:
            return

        def set_sni(request: httpx.Request) -> None:
            request.extensions["sni_hostname"] = name

        async def aset_sni(request: httpx.Request) -> None:
            request.extensions["sni_hostname"] = name

        http.event_hooks["request"] = [aset_sni if isinstance(self, AsyncAPIClient) else set_sni]

    @property
    def token_requests(self) -> int:
        """How many token requests this client has made (0 with a bearer token)."""
        return int(getattr(self.auth, "token_requests", 0))


class ApiClient(_ConfiguredClient["RunbridgeClient"], SyncAPIClient):
    """Synchronous client; safe to share between threads (httpx pools connections, token refresh is single-flight).

    `transport` replaces the connection pool under the retry, auth and error layers (an `httpx.MockTransport` in
    tests, or a custom httpx transport).
    """

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        **options: Any,
    ) -> None:
        self._start(self._configure(configuration, options), transport)

    def _bind(self, http: RunbridgeClient) -> None:
        self._set_server_name(http)
        self.generated = self._generated_client().set_httpx_client(http)

    def call(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run one generated operation and return its parsed result (None for bodiless answers)."""
        return self.call_detailed(operation, args, kwargs).parsed

    def call_detailed(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run one generated operation and return the generated `Response` (status, headers, parsed body)."""
        module = operation_module(operation)
        return module.sync_detailed(*args, client=self.generated, **kwargs)


class ThreadedApiClient(ApiClient):
    """`ApiClient` plus a worker pool: `submit()` runs operations concurrently and returns futures.

    Calls made directly still run in the calling thread (and may come from many threads at once); the
    connection pool keeps as many idle connections as there are workers, and however many threads find the
    token expired, one token request goes out. A `with_options` copy submits to its parent's workers.
    """

    def __init__(
        self,
        configuration: Configuration | None = None,
        pool_size: int | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(configuration, transport=transport, **options)
        workers = pool_size if pool_size is not None else self.configuration.pool_size
        if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
            from runbridge.errors import ConfigError

            raise ConfigError(f"pool_size must be an int >= 1, not {workers!r}")
        self.pool_size = workers
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="runai")
        self._owns_executor = True

    def _bind(self, http: RunbridgeClient) -> None:
        super()._bind(http)
        # Runs for the constructor (which then takes ownership) and for each `with_options` copy (which shares).
        self._owns_executor = False

    def submit(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
        """Run `function(*args, **kwargs)` on the worker pool."""
        return self._executor.submit(function, *args, **kwargs)

    def close(self) -> None:
        """Wait for submitted work, stop the workers and close the connection pool (a `with_options` copy
        leaves both to its parent)."""
        if self._owns_executor:
            self._executor.shutdown(wait=True)
        super().close()


class AsyncApiClient(_ConfiguredClient["AsyncRunbridgeClient"], AsyncAPIClient):
    """asyncio client: operations are coroutines, the token refresh is async and single-flight per event loop.

    `backend="aiohttp"` (the `runbridge[aiohttp]` extra) sends over aiohttp's connection pool, `http_client=` over
    an aiohttp.ClientSession you own; everything else (token flow, retries, errors) is the same on both."""

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        backend: Backend = "httpx",
        http_client: aiohttp.ClientSession | None = None,
        **options: Any,
    ) -> None:
        self._start(self._configure(configuration, options), transport, backend=backend, http_client=http_client)

    def _bind(self, http: AsyncRunbridgeClient) -> None:
        self._set_server_name(http)
        self.generated = self._generated_client().set_async_httpx_client(http)

    async def call(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return (await self.call_detailed(operation, args, kwargs)).parsed

    async def call_detailed(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        module = operation_module(operation)
        return await module.asyncio_detailed(*args, client=self.generated, **kwargs)
