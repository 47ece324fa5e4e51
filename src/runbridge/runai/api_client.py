"""The three ways to talk to the control plane: `ApiClient`, `ThreadedApiClient` and `AsyncApiClient`.

Each one owns one httpx client built by runbridge.transport from a `Configuration` (token flow, TLS, proxy,
connection pool, retries, timeouts, error mapping) and runs generated operations on it. Nothing touches the
network until the first call: the first request fetches the token (runapy fetched it in the constructor,
blocking even the async client's event loop).
"""

from __future__ import annotations

import concurrent.futures
import importlib
import logging
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from runbridge.runai.configuration import Configuration
from runbridge.runai.errors import error_from_response

if TYPE_CHECKING:
    from runbridge_generated.runai_controlplane._operations import Operation
    from runbridge_generated.runai_controlplane.client import AuthenticatedClient

    from runbridge.transport import ClientOptions

__all__ = ["ApiClient", "AsyncApiClient", "ThreadedApiClient"]

logger = logging.getLogger("runbridge.runai")
GENERATED = "runbridge_generated.runai_controlplane"
T = TypeVar("T")


def operation_module(operation: Operation) -> ModuleType:
    """The generated module for one operation, imported on first use (importing all 94 would cost ~0.3 s)."""
    return importlib.import_module(f"{GENERATED}.{operation.module}")


class _BaseApiClient:
    """What the three clients share: the configuration, the generated client and the transport options."""

    asynchronous = False

    def __init__(self, configuration: Configuration | None = None, **options: Any) -> None:
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
        from runbridge_generated.runai_controlplane.client import AuthenticatedClient

        # The token travels through `self.auth`; the generated client's own token field stays unused.
        self.generated: AuthenticatedClient = AuthenticatedClient(
            base_url=configuration.runai_base_url or "", token="", raise_on_unexpected_status=True
        )
        self._closed = False

    def client_options(self, *, keepalive: int | None = None) -> ClientOptions:
        """The transport options this client's httpx client is built from."""
        from runbridge_generated.runai_controlplane._operations import IDEMPOTENT_ROUTES

        from runbridge.retry import RetryConfig
        from runbridge.transport import ClientOptions

        config = self.configuration
        retry = RetryConfig(
            enabled=config.retry_enabled,
            max_attempts=config.retry_max_retries + 1 if config.retry_enabled else 1,
            backoff_factor=float(config.retry_backoff_factor),
        )
        return ClientOptions(
            config.runai_base_url or "",
            timeout=float(config.timeout),
            retry=retry,
            auth=self.auth,
            verify=config.ssl_verify(),
            cert=config.client_cert(),
            proxy=config.proxy(),
            limits=config.limits(keepalive=keepalive),
            idempotent_routes=IDEMPOTENT_ROUTES,
            error_factory=error_from_response,
            service="runai",
        )

    def _sni_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """`proxy_server_name`: the TLS server name (SNI and certificate check) for every connection."""
        name = self.configuration.proxy_server_name
        if name is None:
            return {}

        def set_sni(request: httpx.Request) -> None:
            request.extensions["sni_hostname"] = name

        async def aset_sni(request: httpx.Request) -> None:
            request.extensions["sni_hostname"] = name

        return {"request": [aset_sni if self.asynchronous else set_sni]}

    @property
    def token_requests(self) -> int:
        """How many token requests this client has made (0 with a bearer token)."""
        return int(getattr(self.auth, "token_requests", 0))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.configuration!r})"


class ApiClient(_BaseApiClient):
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
        super().__init__(configuration, **options)
        from runbridge.transport import RunbridgeClient

        self.http = RunbridgeClient(self.client_options(), pool=transport)
        self.http.event_hooks.update(self._sni_hooks())
        self.generated.set_httpx_client(self.http)

    def call(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run one generated operation and return its parsed result (None for bodiless answers)."""
        return self.call_detailed(operation, args, kwargs).parsed

    def call_detailed(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run one generated operation and return the generated `Response` (status, headers, parsed body)."""
        module = operation_module(operation)
        return module.sync_detailed(*args, client=self.generated, **kwargs)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ThreadedApiClient(ApiClient):
    """`ApiClient` plus a worker pool: `submit()` runs operations concurrently and returns futures.

    Calls made directly still run in the calling thread (and may come from many threads at once); the
    connection pool keeps as many idle connections as there are workers, and however many threads find the
    token expired, one token request goes out.
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

    def submit(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
        """Run `function(*args, **kwargs)` on the worker pool."""
        return self._executor.submit(function, *args, **kwargs)

    def close(self) -> None:
        if not self._closed:
            self._executor.shutdown(wait=True)
        super().close()


class AsyncApiClient(_BaseApiClient):
    """asyncio client: operations are coroutines, the token refresh is async and single-flight per event loop."""

    asynchronous = True

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(configuration, **options)
        from runbridge.transport import AsyncRunbridgeClient

        self.http = AsyncRunbridgeClient(self.client_options(), pool=transport)
        self.http.event_hooks.update(self._sni_hooks())
        self.generated.set_async_httpx_client(self.http)

    async def call(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return (await self.call_detailed(operation, args, kwargs)).parsed

    async def call_detailed(self, operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        module = operation_module(operation)
        return await module.asyncio_detailed(*args, client=self.generated, **kwargs)

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
