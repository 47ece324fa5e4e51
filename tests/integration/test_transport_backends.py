"""The async transport client over both connection pools, against real loopback servers: the pool timeout, a
proxy, a shared aiohttp session and SSE behave the same whichever pool carries the request.

(The fault matrix, the secret audit and the TLS tests in tests/reliability/ run their async clients over both
pools too; these are the pool options that only the transport client exposes.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import aiohttp
import httpx
import pytest

from runbridge.errors import APITimeoutError
from runbridge.retry import RetryConfig
from runbridge.streaming import aiter_sse
from runbridge.transport import AsyncRunbridgeClient, ClientOptions
from tests.integration.faulty_server import FaultyServer, respond, sse, stall

BACKENDS = ["httpx", "aiohttp"]
NO_RETRIES = RetryConfig(max_attempts=1)


@pytest.fixture
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as running:
        yield running


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_request_waiting_for_a_connection_times_out_without_being_sent(server: FaultyServer, backend: str) -> None:
    server.script("GET /slow", stall())
    server.script("GET /queued", respond(200, {"ok": True}))
    options = ClientOptions(
        server.base_url,
        backend=backend,  # type: ignore[arg-type]
        # The pool wait is well below the read timeout that keeps /slow holding the connection, and not so short
        # that opening /slow's own connection exceeds it on a busy machine (aiohttp's pool wait covers the opening).
        timeout=httpx.Timeout(1.0, pool=0.3),
        limits=httpx.Limits(max_connections=1, max_keepalive_connections=None),
        retry=NO_RETRIES,
    )

    async def scenario() -> list[BaseException | Any]:
        async with AsyncRunbridgeClient(options) as client:
            slow = asyncio.create_task(client.get("/slow"))  # holds the only connection until its read times out
            # Until the slow request holds the connection (or failed before it got there: then the asserts below
            # say so, instead of this loop waiting for ever).
            while not server.hits["GET /slow"] and not slow.done():  # noqa: ASYNC110 - the server's thread counts
                await asyncio.sleep(0.01)
            return list(await asyncio.gather(slow, client.get("/queued"), return_exceptions=True))

    slow, queued = asyncio.run(scenario())
    assert isinstance(slow, APITimeoutError)
    assert isinstance(queued, APITimeoutError), queued
    assert server.hits["GET /queued"] == 0, "a request that never got a connection was never sent"


@pytest.mark.parametrize("backend", BACKENDS)
def test_requests_go_through_the_configured_proxy_with_its_credentials(server: FaultyServer, backend: str) -> None:
    # The FaultyServer plays the proxy: it is sent the absolute URL of an origin nobody listens on.
    server.script("GET /api/ping", respond(200, {"via": "proxy"}))
    proxy = server.base_url.replace("http://", "http://proxy-user:proxy-pass@")
    options = ClientOptions("http://origin.invalid:8080", backend=backend, proxy=proxy)  # type: ignore[arg-type]

    async def scenario() -> Any:
        async with AsyncRunbridgeClient(options) as client:
            return (await client.get("/api/ping")).json()

    assert asyncio.run(scenario()) == {"via": "proxy"}
    (request,) = server.requests_for("GET /api/ping")
    assert request.headers["host"] == "origin.invalid:8080"
    assert request.headers["proxy-authorization"] == "Basic cHJveHktdXNlcjpwcm94eS1wYXNz"


@pytest.mark.parametrize("backend", BACKENDS)
def test_server_sent_events_arrive_whole_and_in_order(server: FaultyServer, backend: str) -> None:
    body = b"".join(f"event: message\ndata: chunk {index}\n\n".encode() for index in range(30))
    server.script("GET /events", sse(body, step=7))  # events split across chunks
    options = ClientOptions(server.base_url, backend=backend)  # type: ignore[arg-type]

    async def scenario() -> list[str]:
        async with AsyncRunbridgeClient(options) as client, client.stream("GET", "/events") as response:
            return [event.data async for event in aiter_sse(response)]

    assert asyncio.run(scenario()) == [f"chunk {index}" for index in range(30)]


def test_a_session_given_as_http_client_is_shared_and_left_open(server: FaultyServer) -> None:
    from runbridge.runs import AsyncRunsClient

    server.script("GET /runs/filter-options/status", respond(200, [{"id": "completed", "count": 1}]))

    async def scenario() -> tuple[bool, int]:
        async with aiohttp.ClientSession() as session:
            for _ in range(2):
                async with AsyncRunsClient(server.base_url, token="t", http_client=session) as client:
                    assert client.http.client_options.backend == "aiohttp"
                    await client.with_options(max_retries=0).runs.filter_options("status")
            return session.closed, len(server.requests)

    closed, requests = asyncio.run(scenario())
    assert closed is False, "the caller's session must outlive the clients that borrowed it"
    assert requests == 2
    assert server.connections == 1, "both clients used the session's one keep-alive connection"
