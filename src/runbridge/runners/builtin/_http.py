"""What the built-in runners share: clients kept per runner and per event loop, templates, and output paths.

Each runner gets a sync client (built on first `execute()`, shared by the batch thread pool) and, during a
batch, an async client on the batch's event loop (an httpx.AsyncClient belongs to one loop, so it is opened in
`astart()` and closed in `astop()`; a lone `aexecute()` outside a batch uses a short-lived one). Retries,
timeouts, redacted logging, typed errors and the exchange records that fill the trace all come from
`runbridge.transport`.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import itertools
import json
import re
import threading
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from runbridge.errors import ConfigError
from runbridge.runners.base import BaseAPIRunner
from runbridge.runners.errors import ResponseShapeError
from runbridge.transport import (
    BACKENDS,
    AsyncRunbridgeClient,
    Backend,
    ClientOptions,
    RunbridgeClient,
    with_shared_tls,
)

__all__ = [
    "BACKEND_KEY",
    "ClientRunner",
    "HTTPRunnerBase",
    "extract",
    "extract_each",
    "fill_template",
    "output_text",
    "response_json",
]

SyncClientT = TypeVar("SyncClientT")
AsyncClientT = TypeVar("AsyncClientT")


_CONNECTIONS_PER_CLIENT = 5
# The config key every client runner takes; it chooses the pool of async calls only (sync calls use httpx's).
BACKEND_KEY = {"backend": 'connection pool of async calls: "aiohttp" (default with runbridge[aiohttp]) or "httpx"'}


def default_backend() -> Backend:
    """aiohttp's pool when the `runbridge[aiohttp]` extra is installed: it halves the client CPU of a wide async
    batch (bench/RESULTS.md, "Async backends") and passes the same fault matrix and secret audit; else httpx's."""
    found = importlib.util.find_spec("aiohttp") is not None and importlib.util.find_spec("httpx_aiohttp") is not None
    return "aiohttp" if found else "httpx"


class _AsyncPool(Generic[AsyncClientT]):
    """A batch's async clients on one event loop, handed out in turn."""

    def __init__(self, clients: list[AsyncClientT]) -> None:
        self.clients = clients
        self.users = 1
        self._turn = itertools.count()

    def next(self) -> AsyncClientT:
        return self.clients[next(self._turn) % len(self.clients)]


class ClientRunner(BaseAPIRunner, Generic[SyncClientT, AsyncClientT]):
    """A runner that calls a service through a client object: one sync client, one async client per batch loop.

    Subclasses implement `make_client()` / `make_async_client()` and say how to close each.
    """

    def __init__(self, config: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        backend = self.config.get("backend") or default_backend()
        if backend not in BACKENDS:
            raise ConfigError(f"{self._label()}: backend must be one of {', '.join(map(repr, BACKENDS))}")
        self.backend: Backend = backend
        self._client: SyncClientT | None = None
        self._client_lock = threading.Lock()
        # The async clients of each event loop with a running batch, with the number of batches using them and a
        # round-robin counter.
        self._async_clients: dict[asyncio.AbstractEventLoop, _AsyncPool[AsyncClientT]] = {}

    def make_client(self) -> SyncClientT:
        raise NotImplementedError

    def make_async_client(self) -> AsyncClientT:
        raise NotImplementedError

    def make_async_clients(self, count: int) -> list[AsyncClientT]:
        """A batch's async clients (see `async_client_count`)."""
        return [self.make_async_client() for _ in range(count)]

    def close_client(self, client: SyncClientT) -> None:
        raise NotImplementedError

    async def aclose_client(self, client: AsyncClientT) -> None:
        raise NotImplementedError

    def async_client_count(self) -> int:
        """How many async clients a batch spreads its calls over (one; HTTP runners use more, see there)."""
        return 1

    @property
    def client(self) -> SyncClientT:
        """The sync client, built on first use and shared by every thread of a batch."""
        with self._client_lock:
            if self._client is None:
                self._client = self.make_client()
            return self._client

    async def astart(self) -> None:
        loop = asyncio.get_running_loop()
        pool = self._async_clients.get(loop)
        if pool is None:
            self._async_clients[loop] = _AsyncPool(self.make_async_clients(self.async_client_count()))
        else:
            pool.users += 1

    async def astop(self) -> None:
        loop = asyncio.get_running_loop()
        pool = self._async_clients.get(loop)
        if pool is None:
            return
        if pool.users > 1:
            pool.users -= 1
            return
        del self._async_clients[loop]
        for client in pool.clients:
            await self.aclose_client(client)

    def async_client(self) -> _AsyncClientUse[AsyncClientT]:
        """`async with runner.async_client() as client`: one of the batch's async clients on this loop (in turn),
        or a client just for this call."""
        return _AsyncClientUse(self)

    def close(self) -> None:
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            self.close_client(client)


class _AsyncClientUse(Generic[AsyncClientT]):
    """What `ClientRunner.async_client()` returns. A class rather than a generator-based context manager: every
    async call of a batch enters one."""

    __slots__ = ("_own", "_runner")

    def __init__(self, runner: ClientRunner[Any, AsyncClientT]) -> None:
        self._runner = runner
        self._own: AsyncClientT | None = None

    async def __aenter__(self) -> AsyncClientT:
        runner = self._runner
        pool = runner._async_clients.get(asyncio.get_running_loop())
        if pool is not None:
            return pool.next()
        self._own = runner.make_async_client()
        return self._own

    async def __aexit__(self, *exc_info: object) -> None:
        if self._own is not None:
            await self._runner.aclose_client(self._own)


class HTTPRunnerBase(ClientRunner[RunbridgeClient, AsyncRunbridgeClient]):
    """A runner that talks HTTP through runbridge's transport; subclasses say how to build `ClientOptions`."""

    def client_options(self) -> ClientOptions:
        raise NotImplementedError

    def make_client(self) -> RunbridgeClient:
        return RunbridgeClient(self.client_options())

    def make_async_client(self) -> AsyncRunbridgeClient:
        return AsyncRunbridgeClient(attrs.evolve(self.client_options(), backend=self.backend))

    def make_async_clients(self, count: int) -> list[AsyncRunbridgeClient]:
        options = attrs.evolve(self.client_options(), backend=self.backend)
        if count > 1:
            options = with_shared_tls(options)  # a CA bundle or client certificate is loaded once for all of them
        return [AsyncRunbridgeClient(options) for _ in range(count)]

    def close_client(self, client: RunbridgeClient) -> None:
        client.close()

    async def aclose_client(self, client: AsyncRunbridgeClient) -> None:
        await client.aclose()

    def async_client_count(self) -> int:
        if self.backend == "aiohttp":
            return 1  # aiohttp's pool has no such scan: one pool does best (bench/RESULTS.md, "Async backends")
        # httpcore's async pool re-scans every connection for every waiting request, and counts its idle connections
        # once per idle connection (a scan is quadratic in the pool's size), so one pool serving many concurrent
        # calls spends its CPU there; pools of five connections each keep that scan short (measured with
        # bench/registry_batch.py: ~0.8x the CPU per query of pools of ten at concurrency 50 and 200).
        return max(1, -(-self.max_concurrent // _CONNECTIONS_PER_CLIENT))


def split_url(url: str, *, key: str = "url") -> tuple[str, str]:
    """("scheme://host:port", "/path?query") — the transport takes an origin as base URL and a path per call."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigError(f"{key}: not a valid URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigError(f"{key} must be an absolute http(s) URL such as https://api.example.com/chat")
    origin = str(parsed.copy_with(raw_path=b"/", fragment=None)).rstrip("/")
    path = parsed.raw_path.decode("ascii") or "/"
    return origin, path


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill_template(template: Any, values: Mapping[str, Any], *, where: str) -> Any:
    """Substitute `{name}` placeholders in every string of a JSON-like template.

    A string that is exactly one placeholder (`"{query}"`) becomes the value itself, type kept (a number, a
    list); placeholders inside longer strings are formatted as text. Other braces are left alone, so JSON
    snippets in templates need no escaping. A placeholder with no value is a ConfigError naming it.
    """
    if isinstance(template, str):
        whole = _PLACEHOLDER.fullmatch(template)
        if whole:
            return _value(whole.group(1), values, where)
        return _PLACEHOLDER.sub(lambda match: _text(_value(match.group(1), values, where)), template)
    if isinstance(template, Mapping):
        return {key: fill_template(item, values, where=f"{where}.{key}") for key, item in template.items()}
    if isinstance(template, list | tuple):
        return [fill_template(item, values, where=f"{where}[{i}]") for i, item in enumerate(template)]
    return template


def _value(name: str, values: Mapping[str, Any], where: str) -> Any:
    if name not in values:
        raise ConfigError(
            f"{where}: template placeholder {{{name}}} has no value; available: "
            f"{', '.join('{' + key + '}' for key in values)} (pass others as keyword arguments to execute)"
        )
    return values[name]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


_SEGMENT = re.compile(r"[^.\[\]]+|\[(-?\d+)\]")


def path_segments(path: str) -> list[str | int]:
    """Parse an output path: `data.items[0].text`, `choices.0.message.content`, or a JSON pointer `/a/0/b`."""
    return list(_segments(path))


@functools.lru_cache(maxsize=256)
def _segments(path: str) -> tuple[str | int, ...]:
    """`path_segments`, cached: a runner reads the same few paths from every response."""
    if path.startswith("/"):
        parts = [part.replace("~1", "/").replace("~0", "~") for part in path[1:].split("/")]
        return tuple(int(part) if part.lstrip("-").isdigit() else part for part in parts)
    text = path[2:] if path.startswith("$.") else path.removeprefix("$")
    segments: list[str | int] = []
    for match in _SEGMENT.finditer(text):
        if match.group(1) is not None:
            segments.append(int(match.group(1)))
        else:
            token = match.group(0)
            segments.append(int(token) if token.lstrip("-").isdigit() else token)
    return tuple(segments)


def extract(data: Any, path: str | None, *, what: str = "output") -> Any:
    """The value at `path` in parsed JSON (the whole document when `path` is empty)."""
    if not path:
        return data
    current = data
    walked = ""
    for segment in _segments(path):
        if isinstance(segment, int) and isinstance(current, list):
            if not -len(current) <= segment < len(current):
                raise ResponseShapeError(
                    f"{what} path {path!r}: {walked or 'the response'} has {len(current)} items, no index {segment}"
                )
            current = current[segment]
        elif isinstance(current, Mapping) and str(segment) in current:
            current = current[str(segment)]
        else:
            if isinstance(current, Mapping):
                keys = ", ".join(map(str, list(current)[:12])) or "none"
                detail = f"has no key {str(segment)!r} (keys: {keys})"
            else:
                detail = f"is a {type(current).__name__}, not an object or list"
            raise ResponseShapeError(f"{what} path {path!r}: {walked or 'the response'} {detail}")
        walked = f"{walked}.{segment}" if walked else str(segment)
    return current


def extract_each(data: Any, path: str, *, what: str = "output") -> Any:
    """`extract`, where one `[*]` maps the rest of the path over a list: `sources[*].text`."""
    if "[*]" not in path:
        return extract(data, path, what=what)
    head, _, tail = path.partition("[*]")
    items = extract(data, head, what=what)
    if not isinstance(items, list):
        raise ResponseShapeError(f"{what} path {path!r}: {head or 'the response'} is not a list")
    return [extract(item, tail.lstrip("."), what=what) for item in items]


def output_text(value: Any) -> str:
    """The `actual_output` string for an extracted value: text as is, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def response_json(response: httpx.Response) -> Any:
    """The response body as JSON, or a ResponseShapeError that says what came back instead."""
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        content_type = response.headers.get("content-type", "no content type")
        raise ResponseShapeError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} "
            f"with a body that is not JSON ({content_type}, {len(response.content)} bytes)"
        ) from None
