"""Cheaper idle checks for httpx's async connection pool.

Each time a request starts or ends, httpcore's pool asks every idle connection whether the server has closed it
(`get_extra_info("is_readable")`: a zero-timeout poll of the socket). Under asyncio its network streams are
anyio's, which find the socket by building a fresh dict of attribute getters on every such question: in a batch
of 50 concurrent calls that was about 30 questions and a sixth of the client's CPU per request. The streams here
wrap anyio's, find the socket once per connection and poll it the same way; everything else is passed through.
"""

from __future__ import annotations

import select
import ssl
import sys
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

__all__ = ["with_quick_idle_checks"]


def with_quick_idle_checks(transport: httpx.AsyncHTTPTransport) -> httpx.AsyncHTTPTransport:
    """`transport` with its pool's connections answering idle checks from their socket (see the module)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    # Proxied pools are connection pools too; anything else (a future httpx) is left as it is.
    if isinstance(pool, httpcore.AsyncConnectionPool) and isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _Backend(backend)
    return transport


class _Backend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return _Stream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(path, timeout=timeout, socket_options=socket_options)
        return _Stream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _Stream(httpcore.AsyncNetworkStream):
    __slots__ = ("_inner", "_socket")

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket = inner.get_extra_info("socket")  # the same socket under TLS: TLS runs above it

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
    ) -> httpcore.AsyncNetworkStream:
        return _Stream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return _is_readable(self._socket)
        if info == "socket":
            return self._socket
        return self._inner.get_extra_info(info)


_POLL = getattr(select, "poll", None) if sys.platform != "win32" else None


def _is_readable(sock: Any) -> bool:
    """Would a read return at once (data, or the end of a connection the server closed)? httpcore's own check:
    a socket that is gone counts as readable, so the connection is dropped rather than used."""
    fileno = -1 if sock is None else sock.fileno()
    if fileno < 0:
        return True
    if _POLL is None:
        readable, _, _ = select.select([fileno], [], [], 0)
        return bool(readable)
    poller = _POLL()
    poller.register(fileno, select.POLLIN)
    return bool(poller.poll(0))
