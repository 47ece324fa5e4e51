"""The built-in `http` and `openai_chat` runners, and batches through them, against a loopback server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runbridge.errors import AuthenticationError, BadRequestError, InternalServerError
from runbridge.runners import APIRunner, RetryConfig
from tests.integration.runners_server import CHAT_KEY, RunnersTestServer, running_server

FAST_RETRY = RetryConfig(max_attempts=3, backoff_factor=0.0, jitter=False)


@pytest.fixture
def server() -> Iterator[RunnersTestServer]:
    with running_server() as state:
        yield state


def http_config(server: RunnersTestServer, **extra: Any) -> dict[str, Any]:
    return {
        "http": {
            "url": f"{server.base_url}/ask",
            "body": {"question": "{query}", "top_k": 2},
            "output": "data.answer",
            "retrieved": "data.sources[*].text",
            "additional": {"model": "meta.model"},
            "idempotent": True,
            **extra,
        }
    }


def test_http_runner_single_query_fills_every_field(server: RunnersTestServer) -> None:
    with APIRunner(http_config(server), retry_config=FAST_RETRY) as runner:
        result = runner.execute("http", "reset password")

    assert result.status == "success"
    assert result.actual_output == "echo: reset password"
    assert result.retrieved_content == ["doc about reset password", "faq"]
    assert result.additional_output == {"model": "echo-1"}
    assert result.latency > 0
    assert result.trace["attempts"] == 1
    assert result.trace["status_codes"] == [200]
    assert result.trace["request_ids"][0].startswith("req-")
    assert result.trace["runner"] == "http"


def test_http_runner_get_with_query_params(server: RunnersTestServer) -> None:
    config = {"http": {"url": f"{server.base_url}/search", "method": "GET", "params": {"q": "{query}"}}}
    with APIRunner(config) as runner:
        result = runner.execute("http", "a&b=c d")

    # No output path: the whole JSON body is the output.
    assert json.loads(result.actual_output)["data"]["answer"] == "echo: a&b=c d"


def test_transient_error_is_retried_and_the_trace_counts_attempts(server: RunnersTestServer) -> None:
    with APIRunner(http_config(server), retry_config=FAST_RETRY) as runner:
        result = runner.execute("http", "flaky one")

    assert result.actual_output == "echo: flaky one"
    assert server.requests["flaky one"] == 2
    assert result.trace["attempts"] == 2


def test_client_error_is_raised_typed_and_not_retried(server: RunnersTestServer) -> None:
    with APIRunner(http_config(server), retry_config=FAST_RETRY) as runner, pytest.raises(BadRequestError) as caught:
        runner.execute("http", "fail400 nope")

    assert caught.value.status_code == 400
    assert caught.value.request_id is not None
    assert server.requests["fail400 nope"] == 1


def test_a_post_is_not_resent_after_a_500_unless_marked_idempotent(server: RunnersTestServer) -> None:
    runner = APIRunner(http_config(server, idempotent=False), retry_config=FAST_RETRY)
    with runner, pytest.raises(InternalServerError):
        runner.execute("http", "fail500 once")
    assert server.requests["fail500 once"] == 1

    runner = APIRunner(http_config(server, idempotent=True), retry_config=FAST_RETRY)
    with runner, pytest.raises(InternalServerError):
        runner.execute("http", "fail500 twice")
    assert server.requests["fail500 twice"] == 3


def test_output_path_missing_is_a_clear_error(server: RunnersTestServer) -> None:
    from runbridge.runners import ResponseShapeError

    with APIRunner(http_config(server, output="data.answr")) as runner, pytest.raises(ResponseShapeError) as caught:
        runner.execute("http", "hello")
    assert "has no key 'answr'" in str(caught.value)
    assert "answer" in str(caught.value)


def test_batch_of_200_at_concurrency_20_keeps_order_and_captures_failures(server: RunnersTestServer) -> None:
    queries = [f"question {i}" for i in range(200)]
    for position in (7, 77, 150):
        queries[position] = f"fail400 item {position}"
    queries[100] = "fail500 item 100"
    queries[120] = "flaky item 120"

    async def run() -> list[Any]:
        async with asyncio.timeout(120):
            with APIRunner(http_config(server), max_concurrent=20, retry_config=FAST_RETRY) as runner:
                return await runner.execute_batch("http", queries, show_progress=False)

    results = asyncio.run(run())

    assert len(results) == 200
    assert [result.query for result in results] == queries
    failed = {position for position, result in enumerate(results) if result.failed}
    assert failed == {7, 77, 150, 100}
    for position in (7, 77, 150):
        assert isinstance(results[position].error, BadRequestError)
        assert results[position].trace["error"]["status_code"] == 400
        assert results[position].trace["attempts"] == 1
    assert isinstance(results[100].error, InternalServerError)
    assert results[100].trace["attempts"] == 3  # idempotent endpoint: 5xx retried
    assert results[120].actual_output == "echo: flaky item 120"
    assert results[120].trace["attempts"] == 2
    assert all(results[i].actual_output == f"echo: question {i}" for i in range(200) if i not in failed | {120})
    assert 1 < server.peak_in_flight <= 20


def test_batch_with_a_sync_only_runner_obeys_the_bound(server: RunnersTestServer) -> None:
    from runbridge.runners import APIResponseData, BaseAPIRunner
    from runbridge.transport import ClientOptions, build_client

    class BlockingRunner(BaseAPIRunner):
        name = "blocking"

        def __init__(self, config: dict[str, Any], **kwargs: Any) -> None:
            super().__init__(config, **kwargs)
            self.http = build_client(ClientOptions(config["base_url"]))

        def execute(self, query: str, **kwargs: Any) -> APIResponseData:
            response = self.http.post("/ask", json={"query": query})
            return APIResponseData(query=query, actual_output=response.json()["data"]["answer"])

        def close(self) -> None:
            self.http.close()

    with BlockingRunner({"base_url": server.base_url}, max_concurrent=4) as runner:
        assert not runner.is_async
        results = asyncio.run(runner.execute_batch([f"q{i}" for i in range(40)], show_progress=False))

    assert [result.actual_output for result in results] == [f"echo: q{i}" for i in range(40)]
    assert all(result.trace["status_codes"] == [200] for result in results)
    assert server.peak_in_flight <= 4


def test_checkpointed_http_batch_writes_no_secret(server: RunnersTestServer, tmp_path: Path) -> None:
    secret = "hdr-secret-value-123456"
    config = http_config(server, headers={"X-Api-Key": secret})
    checkpoint = tmp_path / "results.jsonl"
    with APIRunner(config, max_concurrent=3, retry_config=FAST_RETRY) as runner:
        results = runner.run_batch("http", ["one", f"echo {secret}", "fail400 x"], checkpoint=checkpoint)

    text = checkpoint.read_text()
    assert secret not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert [line["index"] for line in lines] == [0, 1, 2]
    assert lines[2]["status"] == "failed"
    assert lines[2]["trace"]["error"]["type"] == "BadRequestError"
    assert results[1].actual_output == f"echo: echo {secret}"  # the caller still gets the real answer


def test_openai_chat_runner(server: RunnersTestServer) -> None:
    config = {
        "openai_chat": {
            "model": "tiny-model",
            "base_url": f"{server.base_url}/v1",
            "api_key": CHAT_KEY,
            "system_prompt": "Be brief.",
            "temperature": 0,
        }
    }
    with APIRunner(config, retry_config=FAST_RETRY) as runner:
        result = runner.execute("openai_chat", "hello there", max_tokens=5)
        flaky = asyncio.run(runner.aexecute("openai_chat", "flaky chat"))
        batch = runner.run_batch("openai_chat", ["a", "b", "fail400 c"], show_progress=False)

    assert result.actual_output == "HELLO THERE"
    assert result.additional_output["usage"]["total_tokens"] == 5
    assert result.additional_output["model"] == "tiny-model"
    assert result.additional_output["finish_reason"] == "stop"
    first = server.chat_bodies[0]
    assert first["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "hello there"},
    ]
    assert first["temperature"] == 0
    assert first["max_tokens"] == 5
    assert flaky.actual_output == "FLAKY CHAT"
    assert flaky.trace["attempts"] == 2
    assert [item.actual_output for item in batch[:2]] == ["A", "B"]
    assert isinstance(batch[2].error, BadRequestError)
    assert CHAT_KEY not in repr(runner)
    assert CHAT_KEY not in repr(runner["openai_chat"])


def test_openai_chat_takes_the_key_from_the_environment(
    server: RunnersTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f"{server.base_url}/v1")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with APIRunner({"openai_chat": {"model": "m"}}) as runner, pytest.raises(AuthenticationError):
        runner.execute("openai_chat", "no key")

    monkeypatch.setenv("OPENAI_API_KEY", CHAT_KEY)
    with APIRunner({"openai_chat": {"model": "m"}}) as runner:
        assert runner.execute("openai_chat", "with key").actual_output == "WITH KEY"
        assert CHAT_KEY in runner["openai_chat"].secret_values()
