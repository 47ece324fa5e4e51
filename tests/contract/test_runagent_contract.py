"""The agent clients against a Prism mock of openapi/runagent.yaml.

Prism validates every request against the spec (a body the spec does not allow gets a 422 with `sl-violations`
instead of data), so a successful call proves the client sends what the spec says; `Prefer: code=NNN` makes it
answer the documented error examples, which must come out as the documented exception classes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

import runbridge
from runbridge.runagent import AsyncRunAgentClient, RunAgentClient, errors

pytestmark = pytest.mark.contract


@pytest.fixture(scope="module")
def mock_url(prism_mock: Callable[[str, bool], str]) -> str:
    return prism_mock("runagent", False)


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in ("RUNAGENT_API_KEY", "RUNAGENT_API_URL", "RUNAGENT_TIMEOUT", "RUNAGENT_LOG_LEVEL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RUNAGENT_CACHE_DIR", str(tmp_path))


def test_run_generic_request_conforms_and_result_decodes(mock_url: str) -> None:
    with RunAgentClient("agent-123", base_url=mock_url, max_retries=0) as agent:
        assert agent.run_generic({"query": "Hello", "nested": {"list": [1, 2]}}) == {"echo": "hi"}
        assert agent.run("summarise", {"text": "x"}, input_args=[1, "two"], timeout=5) == {"echo": "hi"}
        assert agent.run("chat", {"q": "x"}, user_id="user-1", persistent_memory=True) == {"echo": "hi"}


def test_api_key_is_accepted_as_bearer(mock_url: str) -> None:
    with RunAgentClient("agent-123", api_key="sk-contract", base_url=mock_url, max_retries=0) as agent:
        assert agent.run_generic({}) == {"echo": "hi"}


def test_failed_example_is_an_execution_error(mock_url: str) -> None:
    with (
        RunAgentClient("agent-123", base_url=mock_url, max_retries=0) as agent,
        pytest.raises(errors.AgentExecutionError) as caught,
    ):
        agent.run_generic({}, headers={"Prefer": "example=failed"})
    assert caught.value.code == "INTERNAL_ERROR"
    assert caught.value.request_id == "0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f"


@pytest.mark.parametrize(
    ("status", "expected", "code"),
    [
        (400, errors.ValidationError, "VALIDATION_ERROR"),
        (401, errors.AuthenticationError, "AUTHENTICATION_ERROR"),
        (403, errors.PermissionDeniedError, "PERMISSION_ERROR"),
        (404, errors.AgentNotFoundError, "AGENT_NOT_FOUND"),
        (422, errors.UnprocessableInputError, "VALIDATION_ERROR"),
        (429, errors.RateLimitError, "RATE_LIMIT_EXCEEDED"),
        (500, errors.ServerError, "INTERNAL_ERROR"),
    ],
)
def test_documented_errors_map_to_documented_classes(mock_url: str, status: int, expected: type, code: str) -> None:
    with RunAgentClient("agent-123", base_url=mock_url, max_retries=0) as agent, pytest.raises(expected) as caught:
        agent.run_generic({}, headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.code == code
    assert isinstance(caught.value, runbridge.APIStatusError)


def test_health_and_architecture(mock_url: str) -> None:
    with RunAgentClient("agent-123", base_url=mock_url, max_retries=0) as agent:
        assert agent.health()["status"] == "healthy"
        entrypoints = agent.get_architecture()
    assert entrypoints
    assert {"file", "module", "tag"} <= set(entrypoints[0])


def test_async_client_conforms(mock_url: str) -> None:
    async def scenario() -> list[object]:
        async with AsyncRunAgentClient("agent-123", base_url=mock_url, max_retries=0) as agent:
            results: list[object] = list(await asyncio.gather(*(agent.run_generic({"i": i}) for i in range(3))))
            results.append((await agent.health())["status"])
            try:
                await agent.run_generic({}, headers={"Prefer": "code=404"})
            except errors.AgentNotFoundError as exc:
                results.append(exc.status_code)
        return results

    assert asyncio.run(scenario()) == [{"echo": "hi"}] * 3 + ["healthy", 404]
