"""The fault matrix: every public client (sync, async, the registry) against every kind of failure, the async
clients over both connection pools (httpx's and aiohttp's).

Each client talks to a FaultyServer that plays the fault and then forwards to the real sandbox, so recoveries
end in a genuine answer and the server counts what reached the service. A row ends either in success after a
retry or in a typed runbridge error with a useful message; a non-idempotent request never reaches the service
twice. The module runs inside `leak_guard`: no descriptor or thread survives it, and ResourceWarning is an error.

    case                  read (GET, retried)               write (POST, not idempotent)
    503 + Retry-After     success, 2 hits                    success, handled once
    429 + Retry-After     success, 2 hits                    success, handled once
    reset before send     success                            success or APIConnectionError, handled at most once
    reset after send      success, 2 hits                    APIConnectionError, handled once, 1 hit
    read timeout          APITimeoutError, retried           APITimeoutError, 1 hit
    short body            success after retry                APIConnectionError, handled once
    truncated JSON        APIResponseValidationError         APIResponseValidationError, handled once
    HTML instead of JSON  APIResponseValidationError         APIResponseValidationError, 1 hit
    HTML 502 from proxy   InternalServerError after retries  InternalServerError, 1 hit
    trickled body         success                            success, handled once
    401 expired token     success, one more token            success, handled once   (runai, runs)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from runbridge.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    RunbridgeError,
    StreamInterruptedError,
    UnexpectedStatus,
)
from runbridge.runners import ResponseShapeError
from runbridge.sandbox import Sandbox
from tests.integration.faulty_server import FaultyServer, drop, html, respond, stall, truncated
from tests.reliability.loopback import (
    CLIENT_TIMEOUT,
    FAST_RETRY,
    RUNS_API_KEY,
    SUBJECTS,
    Subject,
    forward,
    forwarded,
    unique,
    websocket_cut_server,
)

pytestmark = pytest.mark.usefixtures("leak_guard")

SUCCESS = None
Script = Callable[[FaultyServer, str, str], None]  # (server, route, upstream url)


@attrs.frozen
class Case:
    name: str
    script: Script
    read: type[Exception] | None  # the outcome of a GET: None for success, else the error class
    write: type[Exception] | None
    read_hits: int | None = None  # requests the server saw on the route, where it is fixed
    write_hits: int | None = 1
    write_may_fail: type[Exception] | None = None  # a race the client cannot avoid: this error is also fine
    token_only: bool = False
    timeout: float = CLIENT_TIMEOUT  # the clients' timeout for this row


def _after(*actions: Any) -> Script:
    def script(server: FaultyServer, route: str, upstream: str) -> None:
        server.script(route, *actions, forward(upstream))

    return script


def _reset_before_send(server: FaultyServer, route: str, upstream: str) -> None:
    server.drop_on_accept = 1  # the first connection is reset before a byte of the request is read
    server.script(route, forward(upstream))


def _deliver(how: str) -> Script:
    def script(server: FaultyServer, route: str, upstream: str) -> None:
        server.script(route, forward(upstream, deliver=how), forward(upstream))

    return script


def _read_drop_write_handled(server: FaultyServer, route: str, upstream: str) -> None:
    if route.startswith("GET"):
        server.script(route, drop(reset=True), forward(upstream))
    else:
        server.script(route, forward(upstream, deliver="drop"), forward(upstream))


def _short_body(server: FaultyServer, route: str, upstream: str) -> None:
    if route.startswith("GET"):
        server.script(route, truncated(200, {"partial": True}), forward(upstream))
    else:
        server.script(route, forward(upstream, deliver="short"), forward(upstream))


def _only(*actions: Any) -> Script:
    def script(server: FaultyServer, route: str, _upstream: str) -> None:
        server.script(route, *actions)

    return script


def _expired_token(server: FaultyServer, route: str, upstream: str) -> None:
    server.script(route, respond(401, {"detail": "token expired"}, headers={"WWW-Authenticate": "Bearer"}))
    server.script(route, respond(401, {"detail": "token expired"}), forward(upstream))


BUSY = {"detail": "busy"}
STALL_TIMEOUT = 0.2  # every attempt of a stalled read waits this long: short keeps the matrix fast
CASES = [
    Case("503+retry-after", _after(respond(503, BUSY, headers={"Retry-After": "0"})), SUCCESS, SUCCESS, 2, 2),
    Case("429+retry-after", _after(respond(429, BUSY, headers={"Retry-After": "0"})), SUCCESS, SUCCESS, 2, 2),
    Case("reset-before-send", _reset_before_send, SUCCESS, SUCCESS, 1, None, write_may_fail=APIConnectionError),
    Case("reset-after-send", _read_drop_write_handled, SUCCESS, APIConnectionError, 2, 1),
    Case("read-timeout", _only(stall()), APITimeoutError, APITimeoutError, None, 1, timeout=STALL_TIMEOUT),
    Case("short-body", _short_body, SUCCESS, APIConnectionError, 2, 1),
    Case("truncated-json", _deliver("cut"), APIResponseValidationError, APIResponseValidationError, None, 1),
    Case(
        "html-200",
        _only(html(200)),
        APIResponseValidationError,
        APIResponseValidationError,
        None,
        1,
        write_may_fail=UnexpectedStatus,  # a 200 where the spec documents only 201 is an undocumented status
    ),
    Case("html-502", _only(html(502)), InternalServerError, InternalServerError, None, 1),
    Case("trickle", _deliver("trickle"), SUCCESS, SUCCESS, 1, 1),
    Case("expired-token-401", _expired_token, SUCCESS, SUCCESS, 2, 2, token_only=True),
]

# Which exchanges count as "handled": a write that succeeded after a refused attempt still reached the service once.
ROWS = [
    pytest.param(
        case,
        subject,
        kind,
        id=f"{case.name}-{subject.name}-{kind}",
    )
    for case in CASES
    for subject in SUBJECTS
    for kind in ("read", "write")
    if not case.token_only or subject.token_route is not None
]


@pytest.mark.parametrize(("case", "subject", "kind"), ROWS)
def test_fault_matrix(
    sandbox: Sandbox, record_property: Callable[[str, object], None], case: Case, subject: Subject, kind: str
) -> None:
    upstream = sandbox.urls[subject.service]
    route = subject.read_route if kind == "read" else subject.write_route
    expected = case.read if kind == "read" else case.write
    with FaultyServer() as server:
        if subject.token_route is not None:
            server.script(subject.token_route, forward(upstream))
        for other in (subject.read_route, subject.write_route):
            server.script(other, forward(upstream))
        case.script(server, route, upstream)
        outcome: Any
        try:
            outcome = subject.call(server.base_url, kind, timeout=case.timeout)
        except RunbridgeError as error:
            outcome = error
        hits, handled = server.hits[route], forwarded(server, route)
        token_requests = server.hits[subject.token_route] if subject.token_route else 0

    # Written to the JUnit report (--junitxml), so the matrix can be printed as a table.
    record_property("outcome", type(outcome).__name__ if isinstance(outcome, RunbridgeError) else "success")
    record_property("hits", hits)
    record_property("handled", handled)
    allowed = tuple(cls for cls in (expected, case.write_may_fail if kind == "write" else None) if cls is not None)
    if subject.name.startswith("registry") and expected is APIResponseValidationError:
        allowed += (ResponseShapeError,)  # the http runner's own "not the JSON I was told to read" error
    if isinstance(outcome, RunbridgeError):
        assert allowed, f"{case.name}: expected success, got {type(outcome).__name__}: {outcome}"
        assert isinstance(outcome, allowed), f"{case.name}: unexpected {type(outcome).__name__}: {outcome}"
        if expected is APIConnectionError:
            assert not isinstance(outcome, APITimeoutError), "a reset is not a timeout"
        message = str(outcome)
        assert len(message) > 10, f"not a useful message: {message!r}"
        assert "Traceback" not in message
    else:
        assert expected is None, f"{case.name}: expected {expected.__name__}, the call returned {outcome!r}"
        assert outcome is not None

    if kind == "write":
        assert handled <= 1, f"a non-idempotent {route} reached the service {handled} times"
        if case.write_hits is not None:
            assert hits == case.write_hits
    elif case.read_hits is not None:
        assert hits == case.read_hits
    if case.token_only:
        assert token_requests == 2, "the 401 should cost exactly one token refresh"


# -- truncated streams ----------------------------------------------------------------------------------------


def _runs_stream_client(base_url: str, *, asynchronous: bool = False, **options: Any) -> Any:
    from runbridge.runs import AsyncRunsClient, RunsClient

    client_class = AsyncRunsClient if asynchronous else RunsClient
    return client_class(base_url, api_key=RUNS_API_KEY, retry=FAST_RETRY, timeout=CLIENT_TIMEOUT, **options)


@pytest.mark.parametrize("mode", ["sync", "async", "async-aiohttp"])
def test_a_runs_event_stream_cut_mid_run_is_interrupted_and_the_run_is_created_once(
    sandbox: Sandbox, mode: str
) -> None:
    upstream = sandbox.urls["runs"]
    tag = unique("cut")
    # The sandbox ends every event stream of this client after two chunks, without the `close` event.
    headers = {"x-sandbox-cut-after": "2"}

    def execute() -> None:
        if mode == "sync":
            with _runs_stream_client(upstream, headers=headers) as client:
                client.runs.execute("summarize", {"text": "cut me off " * 20}, tags=[tag], reconnects=0)
            return

        async def scenario() -> None:
            backend = "aiohttp" if mode == "async-aiohttp" else "httpx"
            async with _runs_stream_client(upstream, asynchronous=True, headers=headers, backend=backend) as client:
                await client.runs.execute("summarize", {"text": "cut me off " * 20}, tags=[tag], reconnects=0)

        asyncio.run(scenario())

    with pytest.raises(StreamInterruptedError) as caught:
        execute()
    assert str(caught.value)
    with _runs_stream_client(upstream) as client:
        assert len(list(client.runs.list(tag=tag))) == 1, "the interrupted run must have been created exactly once"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_runagent_websocket_cut_without_a_close_frame_is_interrupted(mode: str) -> None:
    from runbridge.runagent import AsyncRunAgentClient, RunAgentClient

    received: list[Any] = []

    def consume(base_url: str) -> None:
        if mode == "sync":
            with RunAgentClient("echo", base_url=base_url, timeout=2.0, max_retries=2) as agent:
                received.extend(agent.run_generic_stream({"message": "hello"}))
            return

        async def scenario() -> None:
            async with AsyncRunAgentClient("echo", base_url=base_url, timeout=2.0) as agent:
                async for chunk in agent.run_generic_stream({"message": "hello"}):
                    received.append(chunk)

        asyncio.run(scenario())

    with websocket_cut_server("first", "second") as server:
        with pytest.raises(StreamInterruptedError) as caught:
            consume(server.base_url)
        handshakes = server.handshakes
    assert received == ["first", "second"]
    assert handshakes == 1, "a stream that had started must not be started again"
    assert str(caught.value)


# -- retry budgets as configured ------------------------------------------------------------------------------------


def test_runs_client_keeps_the_attempts_of_an_explicit_retry_config(sandbox: Sandbox) -> None:
    from runbridge.retry import RetryConfig
    from runbridge.runs import RunsClient

    upstream = sandbox.urls["runs"]
    retry = RetryConfig(max_attempts=2, backoff_factor=0.01, jitter=False)
    with FaultyServer() as server:
        server.script("POST /token/issue", forward(upstream))
        server.script("GET /runs", stall())
        client = RunsClient(server.base_url, api_key=RUNS_API_KEY, retry=retry, timeout=CLIENT_TIMEOUT)
        with client, pytest.raises(APITimeoutError):
            next(iter(client.runs.list()))
        hits = server.hits["GET /runs"]
    assert hits == 2, hits
