"""Loopback servers and client adapters shared by the cross-client reliability tests.

`forward(upstream)` makes a FaultyServer route answer like the real sandbox behind it (realistic bodies, real
tokens) while the FaultyServer counts every request on the server side; the fault actions of
tests/integration/faulty_server.py are scripted in front of it. `websocket_cut_server()` speaks just enough of
RFC 6455 to start a RunAgent stream and then cut the TCP connection without a close frame, a fault no ASGI
server can produce. `Subject` wraps each public client (sync, async, registry) in one calling convention:
`subject.call(base_url, "read" | "write")` opens the client, makes one call and closes it. Async clients also
appear over the aiohttp connection pool (`-aiohttp` subjects), to show that everything above the pool behaves
the same over both backends.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import itertools
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx

from runbridge.retry import RetryConfig
from runbridge.runagent._wire import encode_structured
from runbridge.sandbox.runai import CLUSTER_UUID, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from runbridge.transport import ssl_context
from tests.integration.faulty_server import Action, Conversation, _abort, respond

FAST_RETRY = RetryConfig(max_attempts=3, backoff_factor=0.01, max_backoff=0.05, jitter=False, max_retry_after=0.2)
CLIENT_TIMEOUT = 1.0  # seconds: long enough for a loaded CI machine, short enough that a stall ends quickly
RUNS_API_KEY = "sk-reliability-5b1e0c7d"
_HOP_BY_HOP = {"host", "content-length", "connection", "accept-encoding", "transfer-encoding", "keep-alive"}
_names = itertools.count()


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_names)}-{os.getpid()}"


# -- server side --------------------------------------------------------------------------------------------------


def forward(upstream: str, *, deliver: str = "whole") -> Action:
    """Send the request on to `upstream` (so it takes effect there) and relay the answer.

    deliver: "whole" relays it; "drop" resets the connection instead of answering (the request was handled but
    the client never hears back); "trickle" relays the body a few bytes at a time; "cut" relays a valid
    Content-Length with the JSON cut in half (a body that is complete on the wire but not valid JSON); "short"
    promises more bytes than it sends and closes (a body cut off on the wire).
    """

    async def action(conversation: Conversation) -> bool:
        request = conversation.request
        headers = {name: value for name, value in request.headers.items() if name not in _HOP_BY_HOP}
        # runbridge's shared TLS context: a client of its own would load the CA bundle (~20 ms) for every request.
        async with httpx.AsyncClient(base_url=upstream, timeout=10.0, verify=ssl_context()) as client:
            answer = await client.request(
                request.method, request.path, params=request.query, headers=headers, content=request.body
            )
        conversation.outcome("forwarded")
        body = answer.content
        content_type = answer.headers.get("content-type", "application/json")
        if deliver == "drop":
            _abort(conversation.writer)
            return False
        if deliver == "short":  # Content-Length promises more than is sent, then the connection closes
            await conversation.write(
                f"HTTP/1.1 {answer.status_code} OK\r\nContent-Type: {content_type}\r\n".encode()
                + f"Content-Length: {len(body) + 64}\r\n\r\n".encode()
                + body
            )
            return False
        if deliver == "cut":
            body = body[: max(1, len(body) // 2)]
        if deliver == "trickle":
            return await _trickle(conversation, answer.status_code, body, content_type)
        return await respond(answer.status_code, body, headers={"Content-Type": content_type})(conversation)

    return action


async def _trickle(conversation: Conversation, status: int, body: bytes, content_type: str) -> bool:
    head = f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    await conversation.write(head.encode())
    step = max(1, len(body) // 20)  # about 20 writes, each well inside the client's read timeout
    for index in range(0, len(body), step):
        await conversation.write(body[index : index + step])
        await asyncio.sleep(0.005)
    return True


def forwarded(server: Any, route: str) -> int:
    """How many times `route` reached the real service behind the FaultyServer (took effect there)."""
    return sum(1 for outcome in server.outcomes[route] if outcome == "forwarded")


@attrs.define
class WebSocketCut:
    """A WebSocket endpoint that accepts the handshake, sends `frames` as text, then resets the connection."""

    frames: list[dict[str, Any]]
    port: int = 0
    handshakes: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            key = next(
                line.split(":", 1)[1].strip()
                for line in head.split("\r\n")
                if line.lower().startswith("sec-websocket-key:")
            )
            accept = base64.b64encode(
                hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()  # noqa: S324
            ).decode()
            self.handshakes += 1
            writer.write(
                b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
            )
            await _read_frame(reader)  # the client's start frame
            for frame in self.frames:
                writer.write(_text_frame(json.dumps(frame).encode()))
            await writer.drain()
            _abort(writer)  # no close frame, no FIN: the TCP connection just dies mid-stream
        except (ConnectionError, asyncio.IncompleteReadError, StopIteration):
            writer.close()

    def start(self) -> WebSocketCut:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop

            async def open_server() -> None:
                self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
                self.port = self._server.sockets[0].getsockname()[1]

            loop.run_until_complete(open_server())
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="websocket-cut", daemon=True)
        self._thread.start()
        ready.wait(timeout=10)
        return self

    def stop(self) -> None:
        loop, server, thread = self._loop, self._server, self._thread
        if loop is None or server is None or thread is None:
            return

        async def close() -> None:
            server.close()
            await server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)


async def _read_frame(reader: asyncio.StreamReader) -> bytes:
    _first, second = await reader.readexactly(2)
    length = second & 0x7F
    if length == 126:
        length = int.from_bytes(await reader.readexactly(2), "big")
    elif length == 127:
        length = int.from_bytes(await reader.readexactly(8), "big")
    mask = await reader.readexactly(4) if second & 0x80 else b"\0\0\0\0"
    payload = await reader.readexactly(length)
    return bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))


def _text_frame(payload: bytes) -> bytes:
    if len(payload) < 126:
        return bytes([0x81, len(payload)]) + payload
    return bytes([0x81, 126]) + len(payload).to_bytes(2, "big") + payload


@contextlib.contextmanager
def websocket_cut_server(*chunks: Any) -> Iterator[WebSocketCut]:
    """A RunAgent stream that starts, sends `chunks` as data frames, then loses its connection."""
    frames = [{"type": "status", "status": "stream_started", "invocation_id": "inv-cut"}]
    frames += [{"type": "data", "content": encode_structured(chunk)} for chunk in chunks]
    server = WebSocketCut(frames).start()
    try:
        yield server
    finally:
        server.stop()


# -- client side --------------------------------------------------------------------------------------------------


def _sync_or_async(result: Any) -> Any:
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


@attrs.frozen
class Subject:
    """One public client, driven the same way for every fault: open, one read or write call, close."""

    name: str
    service: str  # the sandbox service behind it
    read_route: str
    write_route: str
    token_route: str | None
    _call: Callable[..., Any]  # (base_url, kind, seconds=) -> result, or a coroutine for async clients

    def call(self, base_url: str, kind: str, *, timeout: float = CLIENT_TIMEOUT) -> Any:
        return _sync_or_async(self._call(base_url, kind, seconds=timeout))

    def __str__(self) -> str:
        return self.name


def _runicorn(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT) -> Any:
    from runbridge.runicorn import RunicornClient

    with RunicornClient(base_url, timeout=seconds, max_retries=2, check_connection=False) as client:
        return client.health_check() if kind == "read" else client.delete_runs([unique("run")])


async def _runicorn_async(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT, backend: str = "httpx") -> Any:
    from runbridge.runicorn import AsyncRunicornClient

    options: dict[str, Any] = {"timeout": seconds, "max_retries": 2, "check_connection": False, "backend": backend}
    async with AsyncRunicornClient(base_url, **options) as client:
        return await (client.health_check() if kind == "read" else client.delete_runs([unique("run")]))


def runai_configuration(base_url: str, **options: Any) -> Any:
    from runbridge.runai import Configuration

    settings: dict[str, Any] = {
        "client_id": SANDBOX_CLIENT_ID,
        "client_secret": SANDBOX_CLIENT_SECRET,
        "runai_base_url": base_url,
        "retry_max_retries": 2,
        "retry_backoff_factor": 0.01,
        "timeout": CLIENT_TIMEOUT,
    }
    return Configuration(**{**settings, **options})


def _project_body() -> dict[str, Any]:
    return {"name": unique("matrix"), "clusterId": CLUSTER_UUID, "resources": []}


def _runai(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT) -> Any:
    from runbridge.runai import ApiClient, RunaiClient

    with RunaiClient(ApiClient(runai_configuration(base_url, timeout=seconds))) as client:
        projects = client.organizations.projects
        return projects.get_projects() if kind == "read" else projects.create_project(body=_project_body())


def _runai_threaded(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT) -> Any:
    from runbridge.runai import RunaiClient, ThreadedApiClient

    api = ThreadedApiClient(runai_configuration(base_url, timeout=seconds))
    with RunaiClient(api) as client:
        projects = client.organizations.projects
        call = projects.get_projects if kind == "read" else lambda: projects.create_project(body=_project_body())
        return api.submit(call).result(timeout=60)


async def _runai_async(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT, backend: str = "httpx") -> Any:
    from runbridge.runai import AsyncApiClient, RunaiClient

    api = AsyncApiClient(runai_configuration(base_url, timeout=seconds), backend=backend)
    async with RunaiClient(api) as client:
        projects = client.organizations.projects
        return await (projects.get_projects() if kind == "read" else projects.create_project(body=_project_body()))


def _runs(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT) -> Any:
    from runbridge.runs import RunsClient

    with RunsClient(base_url, api_key=RUNS_API_KEY, retry=FAST_RETRY, timeout=seconds) as client:
        if kind == "read":
            return next(iter(client.runs.list()))
        return client.runs.create("summarize", {"text": "reliability"})


async def _runs_async(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT, backend: str = "httpx") -> Any:
    from runbridge.runs import AsyncRunsClient

    options: dict[str, Any] = {"retry": FAST_RETRY, "timeout": seconds, "backend": backend}
    async with AsyncRunsClient(base_url, api_key=RUNS_API_KEY, **options) as client:
        if kind == "read":
            async for run in client.runs.list():
                return run
            return None
        return await client.runs.create("summarize", {"text": "reliability"})


def _runagent(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT) -> Any:
    from runbridge.runagent import RunAgentClient

    with RunAgentClient("echo", base_url=base_url, timeout=seconds, max_retries=2) as client:
        return client.health() if kind == "read" else client.run_generic({"message": "hello"})


async def _runagent_async(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT, backend: str = "httpx") -> Any:
    from runbridge.runagent import AsyncRunAgentClient

    options: dict[str, Any] = {"timeout": seconds, "max_retries": 2, "backend": backend}
    async with AsyncRunAgentClient("echo", base_url=base_url, **options) as client:
        return await (client.health() if kind == "read" else client.run_generic({"message": "hello"}))


def over_aiohttp(call: Callable[..., Any]) -> Callable[..., Any]:
    """An async subject's call with `backend="aiohttp"`: the same client over the other connection pool."""
    return functools.partial(call, backend="aiohttp")


def _registry_config(base_url: str, timeout: float) -> dict[str, Any]:
    return {
        "http": {"url": f"{base_url}/api/v1/health", "method": "GET", "timeout": timeout},
        "runagent": {"agent_id": "echo", "base_url": base_url, "timeout": timeout},
    }


def _result(result: Any) -> Any:
    if result.failed:  # a runner may report a failure as a result instead of raising it
        assert result.error is not None
        raise result.error
    return result


def _registry(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT) -> Any:
    from runbridge.runners import APIRunner

    with APIRunner(_registry_config(base_url, seconds), retry_config=FAST_RETRY, show_progress=False) as runner:
        return _result(runner.execute("http" if kind == "read" else "runagent", "hello"))


async def _registry_async(base_url: str, kind: str, seconds: float = CLIENT_TIMEOUT, backend: str = "httpx") -> Any:
    from runbridge.runners import APIRunner

    options: dict[str, Any] = {"retry_config": FAST_RETRY, "show_progress": False, "backend": backend}
    with APIRunner(_registry_config(base_url, seconds), **options) as runner:
        return _result(await runner.aexecute("http" if kind == "read" else "runagent", "hello"))


RUNAI_READ, RUNAI_WRITE = "GET /api/v1/org-unit/projects", "POST /api/v1/org-unit/projects"
RUNAGENT_READ, RUNAGENT_WRITE = "GET /api/v1/health", "POST /api/v1/agents/echo/run"
SUBJECTS = [
    Subject("runicorn", "runicorn", "GET /api/health", "POST /api/runs/soft-delete", None, _runicorn),
    Subject("runicorn-async", "runicorn", "GET /api/health", "POST /api/runs/soft-delete", None, _runicorn_async),
    Subject(
        "runicorn-async-aiohttp",
        "runicorn",
        "GET /api/health",
        "POST /api/runs/soft-delete",
        None,
        over_aiohttp(_runicorn_async),
    ),
    Subject(
        "runai",
        "runai",
        "GET /api/v1/org-unit/projects",
        "POST /api/v1/org-unit/projects",
        "POST /api/v2/token",
        _runai,
    ),
    Subject("runai-threaded", "runai", RUNAI_READ, RUNAI_WRITE, "POST /api/v2/token", _runai_threaded),
    Subject("runai-async", "runai", RUNAI_READ, RUNAI_WRITE, "POST /api/v2/token", _runai_async),
    Subject("runai-async-aiohttp", "runai", RUNAI_READ, RUNAI_WRITE, "POST /api/v2/token", over_aiohttp(_runai_async)),
    Subject("runs", "runs", "GET /runs", "POST /runs", "POST /token/issue", _runs),
    Subject("runs-async", "runs", "GET /runs", "POST /runs", "POST /token/issue", _runs_async),
    Subject("runs-async-aiohttp", "runs", "GET /runs", "POST /runs", "POST /token/issue", over_aiohttp(_runs_async)),
    Subject("runagent", "runagent", RUNAGENT_READ, RUNAGENT_WRITE, None, _runagent),
    Subject("runagent-async", "runagent", RUNAGENT_READ, RUNAGENT_WRITE, None, _runagent_async),
    Subject("runagent-async-aiohttp", "runagent", RUNAGENT_READ, RUNAGENT_WRITE, None, over_aiohttp(_runagent_async)),
    Subject("registry", "runagent", RUNAGENT_READ, RUNAGENT_WRITE, None, _registry),
    Subject("registry-async", "runagent", RUNAGENT_READ, RUNAGENT_WRITE, None, _registry_async),
    Subject("registry-async-aiohttp", "runagent", RUNAGENT_READ, RUNAGENT_WRITE, None, over_aiohttp(_registry_async)),
]


def fast_runagent_retries(directory: Path) -> dict[str, str]:
    """Environment for a RunAgent config file with millisecond retry delays (the client's own retry setting)."""
    (directory / "config.json").write_text(json.dumps({"retry_config": {"retry_delay": 0.01, "retry_backoff": 1}}))
    return {"RUNAGENT_CACHE_DIR": str(directory)}
