"""The WebSocket stream's edges against a loopback server that misbehaves on purpose.

The server records when the client hangs up, so the tests can check that the client closes the socket the real
server leaves open, on completion, on an early `break`, and on errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from runbridge import retry
from runbridge.retry import RetryConfig
from runbridge.runagent import AsyncRunAgentClient, RunAgentClient, errors
from runbridge.runagent._wire import encode_structured
from runbridge.sandbox.server import serve


class Recorder:
    """What the server saw: the start frames, and one event per client hang-up."""

    def __init__(self) -> None:
        self.starts: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.hang_ups = threading.Semaphore(0)
        self.handshakes: list[str] = []

    def wait_for_hang_up(self) -> bool:
        return self.hang_ups.acquire(timeout=10)


def started() -> dict[str, Any]:
    return {"type": "status", "status": "stream_started", "invocation_id": "inv-1"}


def data(value: Any) -> dict[str, Any]:
    return {"type": "data", "content": encode_structured(value)}


def completed(chunks: int) -> dict[str, Any]:
    return {"type": "status", "status": "stream_completed", "total_chunks": chunks, "invocation_id": "inv-1"}


def create_app(recorder: Recorder) -> Starlette:
    scripts: dict[str, list[Any]] = {
        "complete": [started(), data("a"), data({"b": 2}), completed(2)],
        "truncated": [started(), data("a"), ("close", 1011)],
        "closed-ok": [started(), ("close", 1000)],
        "garbage": [started(), "<html>oops</html>"],
        "endless": [started(), *[data(index) for index in range(10_000)]],
        "refused": [{"type": "error", "detail": "Missing required field: input_args"}, ("close", 1003)],
        "silent": [started(), data("only")],  # then nothing: the agent hangs
    }

    async def endpoint(websocket: WebSocket) -> None:
        agent_id = websocket.path_params["agent_id"]
        recorder.handshakes.append(agent_id)
        if agent_id.startswith("busy-"):  # busy-N-STATUS: refuse the first N handshakes with STATUS
            _, refusals, status = agent_id.split("-")
            if recorder.handshakes.count(agent_id) <= int(refusals):
                headers = {"retry-after": "0" if status != "429" else "3600"}
                await websocket.send_denial_response(JSONResponse({"detail": "busy"}, int(status), headers))
                return
            agent_id = "complete"
        script = scripts[agent_id]
        await websocket.accept()
        recorder.headers.append(dict(websocket.headers))
        try:
            recorder.starts.append(json.loads(await websocket.receive_text()))
            for step in script:
                if isinstance(step, tuple):
                    await websocket.close(code=step[1])
                    return
                await websocket.send_text(step if isinstance(step, str) else json.dumps(step))
                await asyncio.sleep(0)
            while True:  # like the real server: never close, wait for the client
                await websocket.receive_text()
        except WebSocketDisconnect:
            recorder.hang_ups.release()

    return Starlette(routes=[WebSocketRoute("/api/v1/agents/{agent_id}/run-stream", endpoint)])


@pytest.fixture
def server() -> Iterator[tuple[str, Recorder]]:
    recorder = Recorder()
    with serve(create_app(recorder)) as base_url:
        yield base_url, recorder


def test_completed_stream_then_the_client_closes(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    with RunAgentClient("complete", base_url=base_url, headers={"X-Team": "qa"}) as agent:
        assert list(agent.run_generic_stream({"query": "q"})) == ["a", {"b": 2}]
    assert recorder.wait_for_hang_up()
    start = recorder.starts[0]
    assert start["entrypoint_tag"] == "generic_stream"
    assert (start["input_args"], start["input_kwargs"]) == ([], {"query": "q"})
    assert recorder.headers[0]["x-team"] == "qa"
    assert recorder.headers[0]["user-agent"].startswith("runbridge/")


def test_breaking_out_early_closes_the_socket(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    with RunAgentClient("endless", base_url=base_url) as agent:
        for chunk in agent.run_generic_stream({}):
            if chunk == 3:
                break
    assert recorder.wait_for_hang_up()


@pytest.mark.parametrize(("agent_id", "code"), [("truncated", 1011), ("closed-ok", 1000)])
def test_a_stream_closed_before_completion_is_interrupted(
    server: tuple[str, Recorder], agent_id: str, code: int
) -> None:
    base_url, _ = server
    received: list[Any] = []

    def consume(agent: RunAgentClient) -> None:
        for chunk in agent.run_generic_stream({}):
            received.append(chunk)

    with RunAgentClient(agent_id, base_url=base_url) as agent, pytest.raises(errors.StreamInterruptedError) as caught:
        consume(agent)
    assert f"closed with code {code}" in caught.value.message
    assert "before the server said stream_completed" in caught.value.message
    assert caught.value.details["chunks_received"] == len(received)


def test_a_garbage_frame_is_reported_and_the_socket_closed(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    with RunAgentClient("garbage", base_url=base_url) as agent, pytest.raises(errors.InvalidResponseError):
        list(agent.run_generic_stream({}))
    assert recorder.wait_for_hang_up()


def test_a_refused_start_frame_is_a_validation_error(server: tuple[str, Recorder]) -> None:
    base_url, _ = server
    with RunAgentClient("refused", base_url=base_url) as agent, pytest.raises(errors.ValidationError) as caught:
        list(agent.run_generic_stream({}))
    assert caught.value.code == "VALIDATION_ERROR"


def test_async_streams_close_the_socket_too(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server

    async def scenario() -> tuple[list[Any], list[Any]]:
        async with AsyncRunAgentClient("complete", base_url=base_url) as agent:
            whole = [chunk async for chunk in agent.run_generic_stream({})]
        async with AsyncRunAgentClient("endless", base_url=base_url) as agent:
            first: list[Any] = []
            async with contextlib.aclosing(agent.run_generic_stream({})) as stream:
                async for chunk in stream:
                    first.append(chunk)
                    if len(first) == 2:
                        break
        return whole, first

    whole, first = asyncio.run(scenario())
    assert whole == ["a", {"b": 2}]
    assert first == [0, 1]
    assert recorder.wait_for_hang_up()
    assert recorder.wait_for_hang_up()


def test_async_truncation(server: tuple[str, Recorder]) -> None:
    base_url, _ = server

    async def scenario() -> None:
        async with AsyncRunAgentClient("truncated", base_url=base_url) as agent:
            async for _ in agent.run_generic_stream({}):
                pass

    with pytest.raises(errors.StreamInterruptedError, match="closed with code 1011"):
        asyncio.run(scenario())


def test_the_timeout_bounds_each_wait_for_a_chunk(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    received: list[Any] = []

    def consume(agent: RunAgentClient) -> None:
        for chunk in agent.run_generic_stream({}):
            received.append(chunk)

    with RunAgentClient("silent", base_url=base_url, timeout=2) as agent, pytest.raises(errors.TimeoutError) as caught:
        consume(agent)
    assert received == ["only"]
    assert "no frame within 2s after 1 chunk(s)" in caught.value.message
    assert caught.value.details["chunks_received"] == 1
    assert recorder.wait_for_hang_up()


def test_async_timeout_bounds_each_wait_for_a_chunk(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server

    async def scenario() -> None:
        async with (
            AsyncRunAgentClient("silent", base_url=base_url, timeout=2) as agent,
            contextlib.aclosing(agent.run_generic_stream({})) as stream,
        ):
            async for _ in stream:
                pass

    with pytest.raises(errors.TimeoutError, match=r"no frame within 2s after 1 chunk"):
        asyncio.run(scenario())
    assert recorder.wait_for_hang_up()


def test_a_busy_server_is_retried_before_the_stream_starts(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    with RunAgentClient("busy-2-503", base_url=base_url, max_retries=2) as agent:
        assert list(agent.run_generic_stream({})) == ["a", {"b": 2}]
    assert recorder.handshakes == ["busy-2-503"] * 3
    assert len(recorder.starts) == 1  # the agent ran once


def test_handshake_retries_stop_at_the_budget(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    with RunAgentClient("busy-5-502", base_url=base_url, max_retries=1) as agent, pytest.raises(errors.ServerError):
        list(agent.run_generic_stream({}))
    assert recorder.handshakes == ["busy-5-502"] * 2
    assert recorder.starts == []


def test_a_retry_after_beyond_the_limit_is_capped_as_for_every_request(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server
    with retry.testing() as waits, RunAgentClient("busy-1-429", base_url=base_url, max_retries=3) as agent:
        assert list(agent.run_generic_stream({})) == ["a", {"b": 2}]
    assert recorder.handshakes == ["busy-1-429"] * 2
    assert waits == [RetryConfig().max_retry_after]  # the server asked for 3600 s


def test_a_refused_handshake_reports_its_attempts(server: tuple[str, Recorder]) -> None:
    base_url, _recorder = server
    with (
        retry.testing(),
        RunAgentClient("busy-5-502", base_url=base_url, max_retries=2) as agent,
        pytest.raises(errors.ServerError) as caught,
    ):
        list(agent.run_generic_stream({}))
    assert caught.value.attempts == 3


def test_async_handshake_retries(server: tuple[str, Recorder]) -> None:
    base_url, recorder = server

    async def scenario() -> list[Any]:
        async with AsyncRunAgentClient("busy-1-503", base_url=base_url, max_retries=1) as agent:
            return [chunk async for chunk in agent.run_generic_stream({})]

    assert asyncio.run(scenario()) == ["a", {"b": 2}]
    assert recorder.handshakes == ["busy-1-503"] * 2
