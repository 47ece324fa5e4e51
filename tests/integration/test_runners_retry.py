"""Nested retries against a real loopback server: `api_retry` around a client that retries too never multiplies
the sends, and the error it ends with counts them truly."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from runbridge import retry
from runbridge.errors import APIStatusError, InternalServerError
from runbridge.runners import APIResponseData, BaseAPIRunner, RetryConfig, api_retry
from runbridge.runs import AsyncRunsClient, RunsClient
from tests.integration.faulty_server import FaultyServer, respond

ROUTE = "GET /runs/filter-options/status"
TOKEN = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0."  # a static bearer token: no token exchange in the way
POLICY = RetryConfig(max_attempts=3, backoff_factor=0.5, jitter=False)


@pytest.fixture
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as running:
        running.script(ROUTE, respond(503, {"detail": "down for maintenance"}))  # every time
        yield running


class StatusRunner(BaseAPIRunner):
    """Asks the runs service for its status filter options, retried by api_retry (the runner's policy) and by
    the client itself (its own policy, POLICY)."""

    @api_retry("status options")
    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        with RunsClient(self.config["url"], token=TOKEN, retry=POLICY) as client:
            return APIResponseData(query=query, actual_output=str(client.runs.filter_options("status")))


class AsyncStatusRunner(BaseAPIRunner):
    @api_retry("status options")
    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        async with AsyncRunsClient(self.config["url"], token=TOKEN, retry=POLICY) as client:
            return APIResponseData(query=query, actual_output=str(await client.runs.filter_options("status")))


def execute(mode: str, server: FaultyServer) -> APIResponseData:
    if mode == "sync":
        return StatusRunner({"url": server.base_url}, retry_config=POLICY).execute("q")
    return asyncio.run(AsyncStatusRunner({"url": server.base_url}, retry_config=POLICY).aexecute("q"))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_api_retry_around_a_retrying_client_sends_at_most_max_attempts(server: FaultyServer, mode: str) -> None:
    with retry.testing() as waits, pytest.raises(InternalServerError) as caught:
        execute(mode, server)

    assert caught.value.status_code == 503
    assert server.hits[ROUTE] == POLICY.max_attempts  # 3 sends in all, not 3 x 3
    assert caught.value.attempts == server.hits[ROUTE]  # the count on the error is the count the server saw
    assert waits == [0.5, 1.0]  # one budget: two waits between three sends


def test_a_client_inside_a_disabled_api_retry_is_not_retried_either(server: FaultyServer) -> None:
    # The outermost policy is the budget of the whole operation: retries off means one send.
    with pytest.raises(APIStatusError) as caught:
        StatusRunner({"url": server.base_url}, retry_config=RetryConfig(enabled=False)).execute("q")
    assert server.hits[ROUTE] == 1
    assert caught.value.attempts == 1
