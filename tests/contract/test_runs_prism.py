"""Every runs operation, sent by the real client, against a Prism mock of openapi/runs.yaml.

Prism validates each request against the spec (a violation is a 422 with an `sl-violations` header, which the
client raises as UnprocessableEntityError) and answers with data built from the spec's schemas, which the
generated parsers must accept. Both the example answers and randomly generated ones are tried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest

from runbridge.errors import StreamInterruptedError, UnprocessableEntityError
from runbridge.runs import AsyncRunsClient, RunChunk, RunClosed, RunsClient

pytestmark = pytest.mark.contract

API_KEY = "sk-contract-0b1e"


@pytest.fixture(scope="module", params=[False, True], ids=["examples", "dynamic"])
def prism(request: pytest.FixtureRequest, prism_mock: Callable[[str, bool], str]) -> tuple[str, bool]:
    """The mock's URL, and whether it makes up random data instead of returning the spec's examples."""
    return prism_mock("runs", request.param), request.param


@pytest.fixture
def prism_url(prism: tuple[str, bool]) -> str:
    return prism[0]


@pytest.fixture
def client(prism_url: str) -> Iterator[RunsClient]:
    # Prism answers 5xx/429 only when asked to, so retries would only hide a contract problem.
    with RunsClient(prism_url, api_key=API_KEY, max_retries=0) as runs_client:
        yield runs_client


def test_token_exchange_and_list(client: RunsClient) -> None:
    runs = list(client.runs.list(status=["completed", "failed"], tag="a", parent=False, limit=3, page_size=2))
    assert all(run.id for run in runs)
    assert client.token_exchange is not None
    assert client.token_exchange.token_requests >= 1
    filtered = list(client.runs.list(interaction="i1", model=["m"], environment="e", parent="p1", limit=1))
    assert len(filtered) <= 1


def test_retrieve_and_create(client: RunsClient) -> None:
    run = client.runs.retrieve("r1", include_prompt=False)
    assert run.id
    assert run.status
    created = client.runs.create(
        "int_1", {"text": "hi"}, config={"environment": "e", "model": "m"}, stream=True, tag="latest", tags=["t"]
    )
    assert created.id


def test_stream(client: RunsClient, prism: tuple[str, bool]) -> None:
    with client.runs.stream("r1", last_event_id="3") as events:
        if prism[1]:
            # Random text is not an event stream: it must end in a clear error, not a hang or a crash.
            with pytest.raises(StreamInterruptedError, match="without a 'close' event"):
                list(events)
            return
        received = list(events)
    assert [event.text for event in received if isinstance(event, RunChunk)] == ["Hello", " world"]
    assert isinstance(received[-1], RunClosed)
    assert received[-1].status == "completed"


def test_queries(client: RunsClient) -> None:
    facets = client.runs.facets(["status", "environment"], status="completed", tags=["x"])
    assert all(bucket.count >= 0 for buckets in facets.buckets.values() for bucket in buckets)
    searched = list(client.runs.search(status="completed", query="text", start="2026-01-01T00:00:00Z", limit=2))
    assert len(searched) <= 2
    assert all(run.id for run in searched)
    found = client.runs.find({"$or": [{"status": "failed"}, {"token_use.total": {"$gt": 10}}]}, limit=5, select="id")
    assert all(isinstance(item, dict) for item in found)
    options = client.runs.filter_options("environment", status="completed", parent=False)
    assert all(option.count >= 0 for option in options)


def test_async_client_against_the_mock(prism: tuple[str, bool]) -> None:
    prism_url, dynamic = prism

    async def scenario() -> int:
        async with AsyncRunsClient(prism_url, api_key=API_KEY, max_retries=0) as client:
            count = len([run async for run in client.runs.list(limit=2)])
            await client.runs.retrieve("r1")
            await client.runs.create("int_1", {"a": 1})
            if not dynamic:
                async with await client.runs.stream("r1") as events:
                    assert await events.text() == "Hello world"
            await client.runs.facets()
            _ = [run async for run in client.runs.search(limit=1)]
            await client.runs.find({"status": "completed"})
            await client.runs.filter_options("model")
            return count

    assert asyncio.run(scenario()) >= 0


def test_the_mock_rejects_requests_the_spec_forbids(client: RunsClient) -> None:
    # Proves the checks above are live: a payload without the required `interaction` is refused.
    with pytest.raises(UnprocessableEntityError) as caught:
        client.http.post("/runs", json={"data": {}})
    assert caught.value.status_code == 422
