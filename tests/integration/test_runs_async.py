"""The asyncio runs client against the runs sandbox: the same calls as the sync tests, awaited."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from runbridge.errors import NotFoundError, StreamInterruptedError
from runbridge.runs import AsyncRunsClient, RunChunk, RunClosed, RunFailedError
from tests.integration.runs_sandbox import API_KEY, runs_url

__all__ = ["runs_url"]


def test_async_paging_matches_a_single_page(runs_url: str) -> None:
    async def scenario() -> tuple[list[str], list[str]]:
        async with AsyncRunsClient(runs_url, api_key=API_KEY) as client:
            paged = [run.id async for run in client.runs.list(page_size=9)]
            single = [run.id async for run in client.runs.list(page_size=1000)]
            return paged, single

    paged, single = asyncio.run(scenario())
    assert len(single) >= 60
    assert paged == single


def test_async_create_stream_and_execute(runs_url: str) -> None:
    async def scenario() -> dict[str, Any]:
        async with AsyncRunsClient(runs_url, api_key=API_KEY) as client:
            run = await client.runs.create("classify-sentiment", {"text": "slow and broken, refund"}, stream=True)
            async with await client.runs.stream(run.id) as events:
                received = [event async for event in events]
            stored = await client.runs.retrieve(run.id)
            pieces: list[str] = []
            executed = await client.runs.execute("summarize", {"text": "a b c d e f g h"}, on_chunk=pieces.append)
            try:
                await client.runs.execute("ticket-lookup", {"ticket": "T-9"})
            except RunFailedError as exc:
                failed = exc.run.status
            return {"received": received, "stored": stored, "pieces": pieces, "executed": executed, "failed": failed}

    outcome = asyncio.run(scenario())
    chunks = [event for event in outcome["received"] if isinstance(event, RunChunk)]
    assert len(chunks) >= 2
    assert isinstance(outcome["received"][-1], RunClosed)
    assert outcome["stored"].result[0]["value"]["label"] == "negative"
    assert outcome["executed"].text == "".join(outcome["pieces"])
    assert outcome["failed"] == "failed"


def test_async_queries(runs_url: str) -> None:
    async def scenario() -> dict[str, Any]:
        async with AsyncRunsClient(runs_url, api_key=API_KEY) as client:
            return {
                "facets": await client.runs.facets(["status"]),
                "search": [run async for run in client.runs.search(status="failed")],
                "find": await client.runs.find({"status": {"$in": ["failed"]}}, select="id", limit=1000),
                "options": await client.runs.filter_options("status"),
            }

    outcome = asyncio.run(scenario())
    failed_count = outcome["facets"].counts("statuses")["failed"]
    assert len(outcome["search"]) == failed_count
    assert len(outcome["find"]) == failed_count
    assert {option.id: option.count for option in outcome["options"]}["failed"] == failed_count


def test_async_errors(runs_url: str) -> None:
    async def missing() -> None:
        async with AsyncRunsClient(runs_url, api_key=API_KEY) as client:
            await client.runs.stream("nope")

    with pytest.raises(NotFoundError):
        asyncio.run(missing())

    async def cut() -> None:
        async with AsyncRunsClient(runs_url, api_key=API_KEY, headers={"x-sandbox-cut-after": "2"}) as client:
            run = await client.runs.create(
                "summarize", {"text": "one two three four five six seven eight nine"}, stream=True
            )
            async with await client.runs.stream(run.id) as events:
                async for _ in events:
                    pass

    with pytest.raises(StreamInterruptedError, match="without a 'close' event"):
        asyncio.run(cut())


def test_async_execute_resumes_a_broken_stream(runs_url: str) -> None:
    async def scenario() -> tuple[str, str]:
        async with AsyncRunsClient(runs_url, api_key=API_KEY, headers={"x-sandbox-cut-after": "1"}) as client:
            pieces: list[str] = []
            text = "one two three four five six seven eight nine ten eleven"
            run = await client.runs.execute("translate-fr", {"text": text}, on_chunk=pieces.append)
            return "".join(pieces), run.text

    streamed, stored = asyncio.run(scenario())
    assert streamed == stored
