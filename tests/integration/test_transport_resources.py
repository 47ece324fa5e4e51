"""Nothing leaks: after a run of fault scenarios (sync and async, errors, broken streams, timeouts, token
refreshes) with every client closed, the process has the same open file descriptors and threads as before,
and no ResourceWarning (unclosed socket or transport) was emitted, even once garbage is collected."""

from __future__ import annotations

import asyncio
import gc
import os
import threading
import warnings
from pathlib import Path

import pytest

from runbridge.auth import ClientCredentials
from runbridge.errors import APIConnectionError, APIStatusError, StreamInterruptedError
from runbridge.retry import RetryConfig
from runbridge.streaming import aiter_sse, iter_sse
from runbridge.transport import DEFAULT_TIMEOUT, ClientOptions, build_async_client, build_client
from tests.integration.faulty_server import FaultyServer, TokenIssuer, drop, respond, sse, stall, trickle, truncated

FAST = RetryConfig(max_attempts=2, backoff_factor=0.01, jitter=False)
FD_DIR = Path("/proc/self/fd")


def open_fds() -> int:
    return len(os.listdir(FD_DIR))


def run_scenarios(server: FaultyServer) -> int:
    """Every kind of failure once, sync and async; returns how many calls ended in a runbridge error."""
    issuer = TokenIssuer("form")
    server.script("POST /token", issuer.endpoint())
    server.script("GET /data", issuer.protect(respond(200, {"ok": True})))
    server.script("GET /ok", respond(200, [1]))
    server.script("GET /drop", drop(reset=True))
    server.script("POST /drop", drop())
    server.script("GET /stall", stall())
    server.script("GET /truncated", truncated(200, {"a": 1}))
    server.script("GET /trickle", trickle(200, {"a": list(range(10))}, interval=0.001, step=4))
    server.script("GET /500", respond(500, {}))
    server.script("GET /sse", sse(b"data: 1\n\ndata: 2\n\n", step=3))
    server.script("GET /sse-cut", sse(b"data: 1\n\ndata: 2\n", step=3, close=True))
    auth = ClientCredentials(server.url("/token"), issuer.client_id, issuer.secret)
    options = ClientOptions(server.base_url, timeout=0.5, retry=FAST, auth=auth)
    failing = ["/drop", "/stall", "/truncated", "/500"]
    errors = 0
    with build_client(options) as client:
        for path in ["/ok", "/data", "/trickle", *failing]:
            try:
                client.get(path)
            except (APIConnectionError, APIStatusError):
                errors += 1
        with pytest.raises(APIConnectionError):
            client.post("/drop", json={})
        issuer.revoke_all()
        client.get("/data")
        with client.stream("GET", "/sse") as response:
            assert [event.data for event in iter_sse(response)] == ["1", "2"]
        with client.stream("GET", "/sse-cut") as response, pytest.raises(StreamInterruptedError):
            list(iter_sse(response, end_event="close"))
        with client.stream("GET", "/sse") as response:
            events = iter_sse(response)
            next(events)
            events.close()  # abandoning a stream half-way closes its response
        client.with_options(max_retries=0).get("/ok")

    async def run() -> int:
        failures = 0
        async with build_async_client(options) as client:
            for path in ["/ok", "/data", "/trickle", *failing]:
                try:
                    await client.get(path)
                except (APIConnectionError, APIStatusError):
                    failures += 1
            async with client.stream("GET", "/sse-cut") as response:
                with pytest.raises(StreamInterruptedError):
                    async for _event in aiter_sse(response, end_event="close"):
                        pass
            await client.with_options(timeout=2.0).get("/ok")
        return failures

    return errors + asyncio.run(run())


def test_no_descriptor_thread_or_socket_leaks_after_the_fault_matrix() -> None:
    gc.collect()
    fds_before, threads_before = open_fds(), threading.active_count()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with FaultyServer() as server:
            assert run_scenarios(server) == 8
        gc.collect()
    fds_after, threads_after = open_fds(), threading.active_count()
    resource_warnings = [str(warning.message) for warning in caught if issubclass(warning.category, ResourceWarning)]
    assert resource_warnings == []
    assert fds_after == fds_before, f"{fds_after - fds_before} file descriptors leaked"
    assert threads_after == threads_before


def test_every_client_has_a_timeout_by_default() -> None:
    options = ClientOptions("http://127.0.0.1:1")
    assert options.timeout == DEFAULT_TIMEOUT
    assert all(value is not None for value in DEFAULT_TIMEOUT.as_dict().values())
    with build_client(options) as client:
        assert client.timeout == DEFAULT_TIMEOUT

    async def check_async() -> None:
        async with build_async_client(ClientOptions("http://127.0.0.1:1", timeout=None)) as client:
            assert client.timeout == DEFAULT_TIMEOUT

    asyncio.run(check_async())
