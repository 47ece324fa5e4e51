"""A loopback HTTP/1.1 server that misbehaves on purpose, for the transport's fault tests.

It is a raw asyncio socket server (not an ASGI app) because most faults live below HTTP: a connection dropped
before or after the request was read, a response stalled past the client's timeout, a body trickled a byte at
a time, a Content-Length that promises more than is sent, an event stream written one byte per TCP segment.

    with FaultyServer() as server:
        server.script("POST /jobs", drop(), respond(201, {"id": 1}))   # first call dropped, then 201 for ever
        ...
        assert server.hits["POST /jobs"] == 1                          # counted once the request was read

Each route plays its actions in order, one per request, and repeats the last one. `hits` counts requests per
route as soon as they have been read in full (so a duplicate POST is visible), `outcomes` records what each
one got, and `connections` counts accepted connections. A token issuer covers the three auth styles and answers
401 once a token has expired or been revoked.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import socket
import ssl
import struct
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Iterator, Mapping
from http import HTTPStatus
from typing import Any

import attrs

from runbridge.sandbox import tokens


@attrs.define
class Request:
    """One request as the server read it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(self.body.decode()))


@attrs.define
class Conversation:
    """What an action may use: the request, the socket writer and the server (for its stop signal)."""

    request: Request
    writer: asyncio.StreamWriter
    server: FaultyServer

    def outcome(self, value: int | str) -> None:
        self.server.outcomes[self.request.route].append(value)

    async def write(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()


# An action answers one request; it returns whether the connection may be kept alive for the next one.
Action = Callable[[Conversation], Awaitable[bool]]


def _head(status: int, headers: Mapping[str, str]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _body_of(body: object) -> tuple[bytes, str]:
    if isinstance(body, bytes):
        return body, "application/octet-stream"
    if isinstance(body, str):
        return body.encode(), "text/plain; charset=utf-8"
    return json.dumps(body).encode(), "application/json"


def respond(status: int = 200, body: object = b"", *, headers: Mapping[str, str] | None = None) -> Action:
    """A complete response; a dict or list body is sent as JSON, str as text, bytes as they are."""
    payload, content_type = _body_of(body)

    async def action(conversation: Conversation) -> bool:
        conversation.outcome(status)
        all_headers = {"Content-Type": content_type, **(headers or {}), "Content-Length": str(len(payload))}
        await conversation.write(_head(status, all_headers) + payload)
        return True

    return action


def html(status: int, text: str = "<!DOCTYPE html><html><body><h1>Bad Gateway</h1></body></html>") -> Action:
    """An HTML page, as a proxy in front of an API answers when something is wrong."""
    return respond(status, text.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def drop(*, reset: bool = False) -> Action:
    """Read the request, then close the connection without a byte of response (a RST if `reset`)."""

    async def action(conversation: Conversation) -> bool:
        conversation.outcome("reset" if reset else "dropped")
        if reset:
            _abort(conversation.writer)
        return False

    return action


def stall() -> Action:
    """Read the request and never answer (until the server stops): the client's read timeout must fire."""

    async def action(conversation: Conversation) -> bool:
        conversation.outcome("stalled")
        await conversation.server.stopping.wait()
        return False

    return action


def trickle(
    status: int = 200,
    body: object = b"",
    *,
    interval: float = 0.01,
    step: int = 1,
    headers: Mapping[str, str] | None = None,
) -> Action:
    """Slowloris from the server side: the headers, then the body `step` bytes at a time, `interval` apart."""
    payload, content_type = _body_of(body)

    async def action(conversation: Conversation) -> bool:
        conversation.outcome(f"trickle {status}")
        all_headers = {"Content-Type": content_type, **(headers or {}), "Content-Length": str(len(payload))}
        await conversation.write(_head(status, all_headers))
        for index in range(0, len(payload), step):
            await conversation.write(payload[index : index + step])
            if await _stopped(conversation.server, interval):
                return False
        return True

    return action


def truncated(status: int = 200, body: object = b"", *, missing: int = 16) -> Action:
    """Promise `missing` more bytes in Content-Length than are sent, then close the connection."""
    payload, content_type = _body_of(body)

    async def action(conversation: Conversation) -> bool:
        conversation.outcome(f"truncated {status}")
        headers = {"Content-Type": content_type, "Content-Length": str(len(payload) + missing)}
        await conversation.write(_head(status, headers) + payload)
        return False

    return action


def sse(
    body: bytes, *, step: int = 1, interval: float = 0.0, close: bool = False, content_type: str = "text/event-stream"
) -> Action:
    """An event stream sent in chunked encoding, `step` bytes per chunk (each flushed on its own). With `close`,
    the connection is cut after the last chunk without the terminating zero chunk (a stream that breaks off)."""

    async def action(conversation: Conversation) -> bool:
        conversation.outcome("sse-cut" if close else "sse")
        headers = {"Content-Type": content_type, "Cache-Control": "no-cache", "Transfer-Encoding": "chunked"}
        await conversation.write(_head(200, headers))
        for index in range(0, len(body), step):
            piece = body[index : index + step]
            await conversation.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            if interval and await _stopped(conversation.server, interval):
                return False
        if close:
            return False
        await conversation.write(b"0\r\n\r\n")
        return True

    return action


def echo() -> Action:
    """200 with what was received: method, path, query, headers and body (for header and User-Agent checks)."""

    async def action(conversation: Conversation) -> bool:
        request = conversation.request
        body = {
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "headers": request.headers,
            "body": request.body.decode(errors="replace"),
        }
        return await respond(200, body)(conversation)

    return action


def _abort(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST instead of a FIN (SO_LINGER with a zero timeout)."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _stopped(server: FaultyServer, seconds: float) -> bool:
    try:
        await asyncio.wait_for(server.stopping.wait(), timeout=seconds)
    except TimeoutError:
        return False
    return True


# -- tokens -------------------------------------------------------------------------------------------------------


class TokenIssuer:
    """A token endpoint and the check that protected routes use.

    style "form": OAuth2 `grant_type=client_credentials` form → `{access_token, token_type, expires_in}`;
    style "json": Run:ai v1 `{grantType, clientID, clientSecret}` → `{accessToken, expiresIn}`;
    style "apikey": `Authorization: Bearer <api key>` → `{token, token_type, expires_in}`.
    Tokens are the sandbox's signed JWTs; `ttl` sets their life, `revoke_all()` expires them server-side.
    """

    def __init__(
        self,
        style: str,
        *,
        client_id: str = "client-1",
        secret: str | None = None,
        ttl: float = 3600.0,
        send_expires_in: bool = True,
    ) -> None:
        self.style = style
        self.client_id = client_id
        self.secret = secret or f"s3cr3t-{secrets.token_hex(12)}"
        self.ttl = ttl
        self.send_expires_in = send_expires_in
        self.requests = 0
        self.issued: list[str] = []
        self._revoked: set[str] = set()
        self._failures: list[Action] = []

    def fail_next(self, *actions: Action) -> None:
        """Answer the next token requests with these actions instead of a token."""
        self._failures.extend(actions)

    def revoke_all(self) -> None:
        self._revoked.update(self.issued)

    def valid(self, token: str) -> bool:
        return token in self.issued and token not in self._revoked and tokens.verify(token) is not None

    def _credentials_ok(self, request: Request) -> bool:
        try:
            if self.style == "form":
                form = request.form()
                return (
                    form.get("grant_type") == "client_credentials"
                    and form.get("client_id") == self.client_id
                    and form.get("client_secret") == self.secret
                )
            if self.style == "json":
                body = request.json()
                return bool(
                    body.get("grantType") == "client_credentials"
                    and body.get("clientID") == self.client_id
                    and body.get("clientSecret") == self.secret
                )
            return request.headers.get("authorization") == f"Bearer {self.secret}"
        except (ValueError, AttributeError):
            return False

    def endpoint(self) -> Action:
        async def action(conversation: Conversation) -> bool:
            self.requests += 1
            if self._failures:
                failure = self._failures.pop(0)
                return await failure(conversation)
            if not self._credentials_ok(conversation.request):
                return await respond(401, {"error": "invalid_client"})(conversation)
            token = tokens.issue(self.client_id, self.ttl)
            self.issued.append(token)
            if self.style == "json":
                body: dict[str, Any] = {"accessToken": token}
                if self.send_expires_in:
                    body["expiresIn"] = self.ttl
            else:
                body = {"access_token" if self.style == "form" else "token": token, "token_type": "Bearer"}
                if self.send_expires_in:
                    body["expires_in"] = self.ttl
            return await respond(200, body)(conversation)

        return action

    def protect(self, inner: Action) -> Action:
        """Run `inner` for a request with a valid bearer token; 401 otherwise."""

        async def action(conversation: Conversation) -> bool:
            header = conversation.request.headers.get("authorization", "")
            token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
            if not self.valid(token):
                return await respond(
                    401, {"detail": "token expired or invalid"}, headers={"WWW-Authenticate": "Bearer"}
                )(conversation)
            return await inner(conversation)

        return action


# -- the server ---------------------------------------------------------------------------------------------------


class FaultyServer:
    """A misbehaving HTTP/1.1 server on 127.0.0.1 (HTTPS with `ssl_context`), run in a background thread."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl = ssl_context
        self._routes: dict[str, list[Action]] = {}
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.outcomes: defaultdict[str, list[int | str]] = defaultdict(list)
        self.requests: list[Request] = []
        self.connections = 0
        self.drop_on_accept = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        self.stopping: asyncio.Event
        self.port = 0

    # -- set-up --

    def script(self, route: str, *actions: Action) -> FaultyServer:
        """Answer `route` ("METHOD /path") with these actions in turn, repeating the last."""
        if not actions:
            raise ValueError("a route needs at least one action")
        with self._lock:
            self._routes[route] = list(actions)
        return self

    @property
    def base_url(self) -> str:
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def requests_for(self, route: str) -> list[Request]:
        return [request for request in self.requests if request.route == route]

    # -- lifecycle --

    def start(self) -> FaultyServer:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            # A client that rejects our certificate makes the handshake fail server-side; that is the test.
            loop.set_exception_handler(lambda _loop, _context: None)
            try:
                loop.run_until_complete(self._open())
            except BaseException as exc:
                errors.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="faulty-server", daemon=True)
        self._thread.start()
        ready.wait(timeout=10)
        if errors:
            raise errors[0]
        if not self.port:
            raise RuntimeError("the faulty server did not start")
        return self

    async def _open(self) -> None:
        self.stopping = asyncio.Event()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self._ssl)
        self.port = self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._close(), loop)
        future.result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        self._loop = self._thread = None

    async def _close(self) -> None:
        self.stopping.set()
        assert self._server is not None
        self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    def __enter__(self) -> FaultyServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- serving --

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self.connections += 1
        try:
            if self.drop_on_accept > 0:
                self.drop_on_accept -= 1
                _abort(writer)
                return
            while not self.stopping.is_set():
                request = await _read_request(reader)
                if request is None:
                    break
                with self._lock:
                    self.hits[request.route] += 1
                    self.requests.append(request)
                    actions = self._routes.get(request.route)
                    action = actions.pop(0) if actions and len(actions) > 1 else (actions[0] if actions else None)
                if action is None:
                    action = respond(404, {"detail": f"no route {request.route}"})
                keep_alive = await action(Conversation(request, writer, self))
                if not keep_alive or request.headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError, ssl.SSLError, ValueError):
            pass
        finally:
            self._handlers.discard(task)
            if not writer.transport.is_closing():
                writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), timeout=1)


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client closed the connection between requests
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    parsed = urllib.parse.urlsplit(target)
    return Request(method, parsed.path, urllib.parse.parse_qs(parsed.query), headers, body)


@contextlib.contextmanager
def faulty_server(*, ssl_context: ssl.SSLContext | None = None) -> Iterator[FaultyServer]:
    """Run a FaultyServer for the duration of the block."""
    server = FaultyServer(ssl_context=ssl_context).start()
    try:
        yield server
    finally:
        server.stop()


def wait_until(predicate: Callable[[], bool], *, limit: float = 10.0) -> None:
    """Poll until `predicate()` holds (for crossing a token expiry); fails the test if it never does."""
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.01)
