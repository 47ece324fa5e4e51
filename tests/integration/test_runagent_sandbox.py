"""The agent clients against the RunAgent sandbox on loopback: REST runs, WebSocket streams, errors, faults."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import pytest

import runbridge
from runbridge.runagent import AsyncRunAgentClient, RunAgentClient, errors
from runbridge.sandbox.faults import FaultInjection
from runbridge.sandbox.runagent import create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

ENV_KEYS = ("RUNAGENT_API_KEY", "RUNAGENT_API_URL", "RUNAGENT_TIMEOUT", "RUNAGENT_LOG_LEVEL")


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RUNAGENT_CACHE_DIR", str(tmp_path))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    settings = SandboxSettings(stream_delay_ms=2)
    with serve(FaultInjection(create_app(settings), settings)) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def keyed_sandbox() -> Iterator[str]:
    settings = SandboxSettings(stream_delay_ms=0)
    with serve(FaultInjection(create_app(settings, api_key="sk-sandbox"), settings)) as base_url:
        yield base_url


def client(base_url: str, agent: str = "echo", **options: Any) -> RunAgentClient:
    options.setdefault("max_retries", 0)
    return RunAgentClient(agent, base_url=base_url, **options)


def test_run_generic_returns_the_decoded_result(sandbox: str) -> None:
    with client(sandbox) as agent:
        assert agent.run_generic({"message": "hello", "n": 2}) == {"echo": {"message": "hello", "n": 2}, "args": []}
        assert agent.run("echo", {"k": "v"}, input_args=[1, "two"]) == {"echo": {"k": "v"}, "args": [1, "two"]}
    with client(sandbox, "streamer") as agent:
        assert agent.run_generic({"query": "one two three"}) == "3 word(s): one two three"


def test_run_generic_stream_yields_chunks_in_order(sandbox: str) -> None:
    with client(sandbox) as agent:
        assert list(agent.run_generic_stream({"message": "tell a story"})) == ["tell ", "a ", "story "]
    with client(sandbox, "streamer") as agent:
        chunks = list(agent.run_generic_stream({"count": 4}))
    assert [chunk["index"] for chunk in chunks] == [0, 1, 2, 3]
    assert chunks[-1]["text"] == "chunk 4 of 4"


def test_stream_with_no_chunks(sandbox: str) -> None:
    with client(sandbox, "streamer") as agent:
        assert list(agent.run_generic_stream({"count": 0})) == []


def test_health_and_architecture(sandbox: str) -> None:
    with client(sandbox) as agent:
        health = agent.health()
        assert health["status"] == "healthy"
        assert "echo" in health["agents"]
        tags = {entry["tag"] for entry in agent.get_architecture()}
    assert {"generic", "generic_stream"} <= tags


def test_agent_failure_is_an_execution_error_with_the_server_code(sandbox: str) -> None:
    with client(sandbox, "failing") as agent, pytest.raises(errors.AgentExecutionError) as caught:
        agent.run_generic({"reason": "no credit"})
    assert caught.value.code == "INTERNAL_ERROR"
    assert "no credit" in caught.value.message
    assert caught.value.request_id


def test_agent_failure_mid_stream_keeps_the_chunks_already_received(sandbox: str) -> None:
    received: list[Any] = []

    def consume(agent: RunAgentClient) -> None:
        for chunk in agent.run_generic_stream({"reason": "ran dry"}):
            received.append(chunk)

    with client(sandbox, "failing") as agent, pytest.raises(errors.AgentExecutionError) as caught:
        consume(agent)
    assert received == ["partial"]
    assert caught.value.code == "STREAM_ERROR"
    assert "ran dry" in caught.value.message
    assert caught.value.details["chunks_received"] == 1


def test_unknown_agent_on_rest_and_stream(sandbox: str) -> None:
    with client(sandbox, "no-such-agent") as agent:
        with pytest.raises(errors.AgentNotFoundError) as caught:
            agent.run_generic({})
        assert caught.value.status_code == 404
        assert isinstance(caught.value, runbridge.NotFoundError)
        with pytest.raises(errors.PermissionDeniedError, match="no agent with this id"):
            list(agent.run_generic_stream({}))


def test_unknown_entrypoint_keeps_the_server_code(sandbox: str) -> None:
    with client(sandbox) as agent:
        with pytest.raises(errors.AgentNotFoundError) as caught:
            agent.run("summarise", {})
        assert caught.value.code == "NOT_FOUND"
        assert "Entrypoint summarise not found" in caught.value.message
        with pytest.raises(errors.AgentNotFoundError, match="Entrypoint other_stream not found"):
            list(agent.stream("other_stream", {}))


def test_stream_entrypoint_over_rest_is_refused_by_the_client_first(sandbox: str) -> None:
    with client(sandbox) as agent, pytest.raises(errors.ValidationError, match="use the stream methods"):
        agent.run("generic_stream", {})


def test_agent_argument_errors_are_reported(sandbox: str) -> None:
    with client(sandbox, "streamer") as agent, pytest.raises(errors.AgentExecutionError, match="count must be"):
        list(agent.run_generic_stream({"count": "many"}))


def test_api_key_is_sent_on_rest_and_websocket(keyed_sandbox: str) -> None:
    with client(keyed_sandbox, api_key="sk-sandbox") as agent:
        assert agent.run_generic({"x": 1})["echo"] == {"x": 1}
        assert list(agent.run_generic_stream({"message": "a b"})) == ["a ", "b "]


def test_wrong_or_missing_key(keyed_sandbox: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with client(keyed_sandbox, api_key="sk-wrong") as agent:
        with pytest.raises(errors.AuthenticationError) as caught:
            agent.run_generic({})
        assert caught.value.code == "AUTHENTICATION_ERROR"
        assert "sk-wrong" not in str(caught.value)
        with pytest.raises(errors.PermissionDeniedError) as refused:
            list(agent.run_generic_stream({}))
        assert "sk-wrong" not in str(refused.value)
    monkeypatch.setenv("RUNAGENT_API_KEY", "sk-sandbox")
    with client(keyed_sandbox) as agent:
        assert agent.run_generic({"from": "env"})["echo"] == {"from": "env"}


def test_injected_faults_become_documented_errors(sandbox: str) -> None:
    with client(sandbox) as agent:
        with pytest.raises(errors.ServerError) as server_error:
            agent.run_generic({}, headers={"x-sandbox-fault": "500"})
        assert isinstance(server_error.value, runbridge.InternalServerError)
        with pytest.raises(errors.RateLimitError):
            agent.run_generic({}, headers={"x-sandbox-fault": "429"})
        with pytest.raises(errors.InvalidResponseError):
            agent.run_generic({}, headers={"x-sandbox-fault": "html"})
        with pytest.raises(errors.NetworkError):
            agent.run_generic({}, headers={"x-sandbox-fault": "drop"})
        with pytest.raises(errors.TimeoutError):
            agent.run_generic({}, timeout=0.2, headers={"x-sandbox-fault": "slow:3000"})


def test_a_rate_limited_run_is_retried_because_it_never_ran(sandbox: str) -> None:
    settings = SandboxSettings(rate_limit=1)
    with (
        serve(FaultInjection(create_app(settings), settings)) as base_url,
        RunAgentClient("echo", base_url=base_url, max_retries=3) as agent,
    ):
        assert agent.run_generic({"n": 1})["echo"] == {"n": 1}
        # The second call inside the same second gets 429 + Retry-After: 1, then succeeds on retry.
        assert agent.run_generic({"n": 2})["echo"] == {"n": 2}


def test_connection_refused_is_a_network_error() -> None:
    with RunAgentClient("echo", base_url="http://127.0.0.1:9", max_retries=0) as agent:
        with pytest.raises(errors.NetworkError) as caught:
            agent.run_generic({})
        assert caught.value.code == "CONNECTION_ERROR"
        with pytest.raises(errors.NetworkError):
            list(agent.run_generic_stream({}))


def test_async_client_runs_concurrently_and_streams(sandbox: str) -> None:
    async def scenario() -> tuple[list[Any], list[Any], list[Any]]:
        async with AsyncRunAgentClient("echo", base_url=sandbox, max_retries=0) as agent:
            results = await asyncio.gather(*(agent.run_generic({"i": index}) for index in range(5)))
            chunks = [chunk async for chunk in agent.run_generic_stream({"message": "async works"})]
        async with AsyncRunAgentClient("streamer", base_url=sandbox) as streamer:
            counted = [chunk["index"] async for chunk in streamer.run_generic_stream({"count": 3})]
        return results, chunks, counted

    results, chunks, counted = asyncio.run(scenario())
    assert [result["echo"]["i"] for result in results] == [0, 1, 2, 3, 4]
    assert chunks == ["async ", "works "]
    assert counted == [0, 1, 2]


def test_async_errors_match_the_sync_ones(sandbox: str) -> None:
    async def scenario() -> list[str]:
        seen = []
        async with AsyncRunAgentClient("failing", base_url=sandbox, max_retries=0) as agent:
            try:
                await agent.run_generic({})
            except errors.AgentExecutionError as exc:
                seen.append(exc.code)
            try:
                async with contextlib.aclosing(agent.run_generic_stream({})) as stream:
                    async for _ in stream:
                        pass
            except errors.AgentExecutionError as exc:
                seen.append(exc.code)
        async with AsyncRunAgentClient("missing", base_url=sandbox, max_retries=0) as agent:
            try:
                await agent.run_generic({})
            except errors.AgentNotFoundError as exc:
                seen.append(exc.code)
            try:
                await agent.health()
                seen.append("healthy")
                await agent.get_architecture()
            except errors.AgentNotFoundError as exc:
                seen.append(f"architecture {exc.status_code}")
        return seen

    assert asyncio.run(scenario()) == [
        "INTERNAL_ERROR",
        "STREAM_ERROR",
        "AGENT_NOT_FOUND",
        "healthy",
        "architecture 404",
    ]


def test_debug_logs_never_show_the_key(keyed_sandbox: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with client(keyed_sandbox, api_key="sk-sandbox") as agent:
        agent.run_generic({"x": 1})
        assert list(agent.run_generic_stream({"message": "a"})) == ["a "]
        with pytest.raises(errors.AgentNotFoundError):
            agent.run("missing", {})

    async def scenario() -> None:
        async with AsyncRunAgentClient("echo", api_key="sk-sandbox", base_url=keyed_sandbox) as agent:
            assert [chunk async for chunk in agent.run_generic_stream({"message": "b"})] == ["b "]

    asyncio.run(scenario())
    handshakes = [record for record in caplog.records if record.name == "runbridge.runagent.websocket"]
    assert any("run-stream" in record.getMessage() for record in handshakes)  # the handshake was logged...
    assert "sk-sandbox" not in caplog.text  # ...with the token and the Authorization header redacted


def test_with_options_shares_the_pool_and_keeps_the_settings(sandbox: str) -> None:
    with RunAgentClient("echo", base_url=sandbox, max_retries=0, headers={"X-Team": "a"}) as agent:
        patient = agent.with_options(timeout=5, max_retries=2)
        assert (patient.timeout, patient.max_retries, patient.agent_id) == (5.0, 2, "echo")
        assert (agent.timeout, agent.max_retries) == (30.0, 0)
        assert patient.run_generic({"n": 1})["echo"] == {"n": 1}
        assert list(patient.run_generic_stream({"message": "x"})) == ["x "]
        # Retries are on for the copy although the original has none: a 503 is tried three times.
        with pytest.raises(errors.ServerError) as retried:
            patient.run_generic({}, headers={"x-sandbox-fault": "503"})
        assert retried.value.attempts == 3
        with pytest.raises(errors.ServerError) as not_retried:
            agent.run_generic({}, headers={"x-sandbox-fault": "503"})
        assert not_retried.value.attempts == 1
        patient.close()  # the shared pool belongs to the original, which still works
        assert agent.run_generic({"n": 2})["echo"] == {"n": 2}
        with pytest.raises(runbridge.ConfigError):
            agent.with_options(max_retries=-1)
        with pytest.raises(errors.ValidationError):
            agent.with_options(timeout=0)

    async def scenario() -> Any:
        async with AsyncRunAgentClient("echo", base_url=sandbox) as original:
            quick = original.with_options(timeout=3)
            assert quick.timeout == 3.0
            return await quick.run_generic({"async": True})

    assert asyncio.run(scenario())["echo"] == {"async": True}
