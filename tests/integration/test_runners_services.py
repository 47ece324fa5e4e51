"""The `interaction` (runs service) and `runagent` (agent service) runners against the sandbox servers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runbridge.errors import ConfigError, NotFoundError
from runbridge.runners import APIResponseData, APIRunner, RetryConfig
from runbridge.sandbox import Sandbox
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

RUNS_KEY = "sk-runners-5c1d2e"
AGENT_KEY = "sk-agent-runners-8b7a"
FAST_RETRY = RetryConfig(max_attempts=2, backoff_factor=0.0, jitter=False)


@pytest.fixture(scope="module")
def runs_url(sandbox_servers: Sandbox) -> str:
    return sandbox_servers.urls["runs"]


@pytest.fixture(scope="module")
def agent_url() -> Iterator[str]:
    from runbridge.sandbox.runagent import create_app

    with serve(create_app(SandboxSettings(stream_delay_ms=0), api_key=AGENT_KEY)) as url:
        yield url


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("RUNAGENT_API_KEY", "RUNAGENT_API_URL", "RUNAGENT_TIMEOUT", "RUNS_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RUNAGENT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.runagent/config.json from the machine running the tests


def runs_config(runs_url: str, **extra: Any) -> dict[str, Any]:
    return {"interaction": {"interaction": "summarize", "base_url": runs_url, "api_key": RUNS_KEY, **extra}}


def test_interaction_runner_executes_a_run(runs_url: str) -> None:
    with APIRunner(runs_config(runs_url, tags=["evaluation"])) as runner:
        result = runner.execute("interaction", "Marie Curie met Albert Einstein in Brussels")

    assert result.status == "success"
    assert result.actual_output.startswith("Summary — Marie Curie met Albert Einstein in Brussels")
    assert result.additional_output["status"] == "completed"
    assert result.additional_output["run_id"] == result.trace["run_id"]
    assert result.additional_output["model"] == "gpt-4o-mini"
    assert result.trace["status_codes"][0] == 200
    assert all(code < 300 for code in result.trace["status_codes"])
    assert RUNS_KEY not in json.dumps(result.to_dict())


def test_interaction_structured_output_path(runs_url: str) -> None:
    config = runs_config(runs_url, interaction="classify-sentiment", output="label")
    with APIRunner(config) as runner:
        good = runner.execute("interaction", "thanks, the new dashboard is great and fast")
    assert good.actual_output in {"positive", "neutral", "negative"}
    assert good.additional_output["interaction"] == "Classify Sentiment"


def test_interaction_batch_is_async_ordered_and_captures_failed_runs(runs_url: str, tmp_path: Path) -> None:
    from runbridge.runs import RunFailedError

    queries = [f"text number {i} about Kubernetes and Grafana" for i in range(24)]
    checkpoint = tmp_path / "runs.jsonl"

    async def run() -> tuple[list[APIResponseData], list[APIResponseData]]:
        with APIRunner(runs_config(runs_url), max_concurrent=6, show_progress=False) as runner:
            assert runner["interaction"].is_async
            results = await runner.execute_batch("interaction", queries, checkpoint=checkpoint)
        failing = runs_config(runs_url, interaction="ticket-lookup", data={"ticket": "{query}"})
        with APIRunner(failing, show_progress=False) as runner:
            failed = await runner.execute_batch("interaction", ["T-1", "T-2"], max_concurrent=2, retry_failed=False)
        return results, failed

    results, failed = asyncio.run(run())
    assert [result.query for result in results] == queries
    assert all(result.actual_output.startswith(f"Summary — text number {i} ") for i, result in enumerate(results))
    assert len({result.additional_output["run_id"] for result in results}) == 24
    assert len(checkpoint.read_text().splitlines()) == 24
    assert RUNS_KEY not in checkpoint.read_text()
    # The ticket-lookup interaction's tool always fails in the sandbox: failed items, typed error, nothing lost.
    assert [item.status for item in failed] == ["failed", "failed"]
    assert all(isinstance(item.error, RunFailedError) for item in failed)


def test_interaction_unknown_name_and_missing_key(runs_url: str) -> None:
    runner = APIRunner(runs_config(runs_url, interaction="no-such-interaction"), retry_config=FAST_RETRY)
    with runner, pytest.raises(NotFoundError):
        runner.execute("interaction", "x")
    with pytest.raises(ConfigError, match=r"api_key \(or \$RUNS_API_KEY\) or token"):
        APIRunner({"interaction": {"interaction": "summarize", "base_url": runs_url}})


def agent_config(agent_url: str, **extra: Any) -> dict[str, Any]:
    return {"runagent": {"agent_id": "echo", "base_url": agent_url, "api_key": AGENT_KEY, **extra}}


def test_runagent_runner_sync_and_async(agent_url: str) -> None:
    config = agent_config(agent_url, input={"query": "{query}", "top_k": "{top_k}"}, output="echo")
    with APIRunner(config) as runner:
        result = runner.execute("runagent", "hello agent", top_k=3)
        again = asyncio.run(runner.aexecute("runagent", "async hello", top_k=1))

    assert json.loads(result.actual_output) == {"query": "hello agent", "top_k": 3}
    assert json.loads(again.actual_output) == {"query": "async hello", "top_k": 1}
    assert result.additional_output == {"agent_id": "echo", "entrypoint": "generic"}
    assert result.trace["status_codes"] == [200]  # the agent server sends its request id in the body only


def test_runagent_batch_with_failures_and_environment_key(agent_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from runbridge.runagent import AgentExecutionError, AuthenticationError

    monkeypatch.setenv("RUNAGENT_API_KEY", AGENT_KEY)
    queries = [f"question {i}" for i in range(30)]
    with APIRunner(
        {"runagent": {"agent_id": "echo", "base_url": agent_url, "output": "echo.query"}},
        max_concurrent=8,
        show_progress=False,
    ) as runner:
        results = runner.run_batch("runagent", queries)
        assert AGENT_KEY in runner["runagent"].secret_values()
    assert [result.actual_output for result in results] == queries

    with APIRunner({"runagent": {"agent_id": "failing", "base_url": agent_url}}, show_progress=False) as runner:
        (failed,) = runner.run_batch("runagent", ["boom"])
    assert failed.failed
    assert isinstance(failed.error, AgentExecutionError)

    monkeypatch.delenv("RUNAGENT_API_KEY")
    runner = APIRunner(agent_config(agent_url, api_key="sk-wrong-key"), retry_config=FAST_RETRY)
    with runner, pytest.raises(AuthenticationError):
        runner.execute("runagent", "x")


def test_runagent_config_errors() -> None:
    with pytest.raises(ConfigError, match="'agent_id'"):
        APIRunner({"runagent": {}})
    with pytest.raises(ConfigError, match="streams"):
        APIRunner({"runagent": {"agent_id": "echo", "entrypoint": "generic_stream"}})
