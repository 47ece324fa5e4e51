"""The agent clients against the real RunAgent server (`runagent serve` 0.1.49), sync and async."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import runbridge
from runbridge.runagent import AsyncRunAgentClient, RunAgentClient, errors
from tests.peer.runagent_server import PEER_PYTHON, RunningAgent, running_agent

pytestmark = pytest.mark.peer

ENV_KEYS = ("RUNAGENT_API_KEY", "RUNAGENT_API_URL", "RUNAGENT_TIMEOUT", "RUNAGENT_LOG_LEVEL")


@pytest.fixture(scope="module")
def peer(runagent_peer: RunningAgent) -> RunningAgent:
    return runagent_peer


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RUNAGENT_CACHE_DIR", str(tmp_path))


def client(peer: RunningAgent, **options: Any) -> RunAgentClient:
    options.setdefault("max_retries", 0)
    return RunAgentClient(peer.agent_id, base_url=peer.base_url, **options)


def test_run_generic(peer: RunningAgent) -> None:
    with client(peer) as agent:
        assert agent.run_generic({"query": "Hello", "n": 2}) == {"echo": {"query": "Hello", "n": 2}, "args": []}
        assert agent.run("generic", {"k": 1}, input_args=["pos"]) == {"echo": {"k": 1}, "args": ["pos"]}
        assert agent.run("text", {"message": "hey"}) == "echo: hey"
        # The hosted service's memory fields: the local server accepts and ignores them.
        assert agent.run("text", {"message": "m"}, user_id="user-1", persistent_memory=True) == "echo: m"
        assert list(agent.stream("generic_stream", {"message": "x y"}, user_id="user-1")) == ["x", "y"]


def test_run_generic_stream(peer: RunningAgent) -> None:
    with client(peer) as agent:
        assert list(agent.run_generic_stream({"message": "tell me a story"})) == ["tell", "me", "a", "story"]
        assert list(agent.stream("dict_stream", {"n": 3})) == [
            {"index": 0, "square": 0},
            {"index": 1, "square": 1},
            {"index": 2, "square": 4},
        ]
        assert list(agent.run_generic_stream({"message": ""})) == []


def test_the_client_closes_the_socket_the_server_leaves_open(peer: RunningAgent) -> None:
    with client(peer) as agent:
        closed_before = peer.log().count("connection closed")
        assert list(agent.run_generic_stream({"message": "one two"})) == ["one", "two"]
    # uvicorn logs "connection closed" once the client hangs up; the server itself never closes.
    deadline = time.monotonic() + 10
    while peer.log().count("connection closed") <= closed_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert peer.log().count("connection closed") > closed_before


def test_health_and_architecture(peer: RunningAgent) -> None:
    with client(peer) as agent:
        health = agent.health()
        assert health["status"] == "healthy"
        assert health["agent_id"] == peer.agent_id
        assert {entry["tag"] for entry in agent.get_architecture()} >= {"generic", "generic_stream"}


def test_agent_exception_is_an_execution_error(peer: RunningAgent) -> None:
    with client(peer) as agent, pytest.raises(errors.AgentExecutionError) as caught:
        agent.run("fail", {"reason": "quota exceeded"})
    assert caught.value.code == "INTERNAL_ERROR"
    assert "quota exceeded" in caught.value.message
    assert caught.value.request_id


def test_agent_exception_mid_stream(peer: RunningAgent) -> None:
    received: list[Any] = []

    def consume(agent: RunAgentClient) -> None:
        for chunk in agent.stream("fail_stream", {"reason": "ran dry"}):
            received.append(chunk)

    with client(peer) as agent, pytest.raises(errors.AgentExecutionError) as caught:
        consume(agent)
    assert received == ["partial"]
    assert caught.value.code == "STREAM_ERROR"
    assert "ran dry" in caught.value.message


def test_unknown_entrypoint(peer: RunningAgent) -> None:
    with client(peer) as agent:
        with pytest.raises(errors.AgentNotFoundError) as caught:
            agent.run("missing", {})
        assert (caught.value.status_code, caught.value.code) == (404, "NOT_FOUND")
        with pytest.raises(errors.AgentNotFoundError, match="Entrypoint missing_stream not found"):
            list(agent.stream("missing_stream", {}))


def test_unknown_agent(peer: RunningAgent) -> None:
    with RunAgentClient("no-such-agent", base_url=peer.base_url, max_retries=0) as agent:
        with pytest.raises(errors.AgentNotFoundError) as caught:
            agent.run_generic({})
        assert isinstance(caught.value, runbridge.NotFoundError)
        # The real server refuses a stream to any agent id but its own with a bare 403: the error is
        # AgentNotFoundError, as the seed promises, and says the other possible cause too.
        with pytest.raises(errors.AgentNotFoundError) as refused:
            list(agent.run_generic_stream({}))
        assert isinstance(refused.value, errors.PermissionDeniedError)
        assert isinstance(refused.value, runbridge.PermissionDeniedError)
        assert refused.value.status_code == 403
        assert "no agent with this id" in str(refused.value)
        assert "may not use this agent" in str(refused.value)

    async def stream_async() -> None:
        async with AsyncRunAgentClient("no-such-agent", base_url=peer.base_url, max_retries=0) as agent:
            async for _ in agent.run_generic_stream({}):
                pass

    with pytest.raises(errors.AgentNotFoundError, match="no agent with this id"):
        asyncio.run(stream_async())


def test_the_servers_own_refusals_map_to_seed_classes(peer: RunningAgent) -> None:
    """The client refuses these before sending; the raw server answers are still mapped right."""
    url = f"{peer.base_url}/api/v1/agents/{peer.agent_id}/run"
    with httpx.Client(timeout=10, trust_env=False) as http:
        streaming_tag = http.post(url, json={"entrypoint_tag": "generic_stream"})
        no_tag = http.post(url, json={"input_kwargs": {}})
    refused = errors.RunAgentStatusError.from_response(streaming_tag)
    assert isinstance(refused, errors.ValidationError)
    assert (refused.status_code, refused.code) == (400, "VALIDATION_ERROR")
    invalid = errors.RunAgentStatusError.from_response(no_tag)
    assert isinstance(invalid, errors.UnprocessableInputError)
    assert invalid.details["errors"][0]["loc"] == ["body", "entrypoint_tag"]


def test_read_timeout(peer: RunningAgent) -> None:
    with client(peer) as agent, pytest.raises(errors.TimeoutError):
        agent.run("slow", {"seconds": 3}, timeout=0.3)


def test_async_run_and_stream(peer: RunningAgent) -> None:
    async def scenario() -> tuple[list[Any], list[Any], list[Any]]:
        async with AsyncRunAgentClient(peer.agent_id, base_url=peer.base_url, max_retries=0) as agent:
            results = await asyncio.gather(*(agent.run_generic({"question": index}) for index in range(5)))
            words = [chunk async for chunk in agent.run_generic_stream({"message": "async stream works"})]
            dicts = [chunk["square"] async for chunk in agent.stream("dict_stream", {"n": 4})]
        return results, words, dicts

    results, words, squares = asyncio.run(scenario())
    assert [result["echo"]["question"] for result in results] == [0, 1, 2, 3, 4]
    assert words == ["async", "stream", "works"]
    assert squares == [0, 1, 4, 9]


def test_async_errors(peer: RunningAgent) -> None:
    async def scenario() -> list[str]:
        codes = []
        async with AsyncRunAgentClient(peer.agent_id, base_url=peer.base_url, max_retries=0) as agent:
            try:
                await agent.run("fail", {})
            except errors.AgentExecutionError as exc:
                codes.append(exc.code)
            try:
                async with contextlib.aclosing(agent.stream("fail_stream", {})) as stream:
                    async for _ in stream:
                        pass
            except errors.AgentExecutionError as exc:
                codes.append(exc.code)
            try:
                await agent.run("missing", {})
            except errors.AgentNotFoundError as exc:
                codes.append(exc.code)
            assert (await agent.health())["agent_id"] == peer.agent_id
        return codes

    assert asyncio.run(scenario()) == ["INTERNAL_ERROR", "STREAM_ERROR", "NOT_FOUND"]


def test_server_gone_is_a_network_error(tmp_path: Path) -> None:
    with running_agent(tmp_path) as served:
        base_url, agent_id = served.base_url, served.agent_id
    with RunAgentClient(agent_id, base_url=base_url, max_retries=0) as agent:
        with pytest.raises(errors.NetworkError):
            agent.run_generic({})
        with pytest.raises(errors.NetworkError):
            list(agent.run_generic_stream({}))


VENDOR_SCRIPT = """
import json, sys
from runagent import RunAgentClient

agent_id, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cases = json.loads(sys.argv[4])
results = []
for tag, kwargs in cases:
    client = RunAgentClient(agent_id, tag, local=True, host="127.0.0.1", port=port)
    results.append(list(client.run_stream(**kwargs)) if tag.endswith("_stream") else client.run(**kwargs))
with open(out, "w", encoding="utf-8") as handle:
    json.dump(results, handle)
"""

DIFFERENTIAL_CASES = [
    ("generic", {"query": "Grüße, 世界", "nested": {"list": [1, 2.5, None, True]}, "empty": ""}),
    ("text", {"message": 'quote " and backslash \\'}),
    ("generic_stream", {"message": "the same words either way"}),
    ("dict_stream", {"n": 3}),
]


def test_same_results_as_the_vendors_own_client(peer: RunningAgent, tmp_path: Path) -> None:
    """Differential check: runbridge decodes exactly what runagent 0.1.49's own client decodes."""
    out = tmp_path / "vendor.json"
    port = peer.base_url.rsplit(":", 1)[1]
    command = [str(PEER_PYTHON), "-c", VENDOR_SCRIPT, peer.agent_id, port, str(out), json.dumps(DIFFERENTIAL_CASES)]
    finished = subprocess.run(
        command, env=peer.environment, capture_output=True, timeout=120, start_new_session=True, check=False
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")[-2000:]
    vendor = json.loads(out.read_text(encoding="utf-8"))
    with client(peer) as agent:
        ours = [
            list(agent.stream(tag, kwargs)) if tag.endswith("_stream") else agent.run(tag, kwargs)
            for tag, kwargs in DIFFERENTIAL_CASES
        ]
    assert ours == vendor
    assert ours[0]["echo"]["query"] == "Grüße, 世界"
