"""Token exchange against the runs sandbox: short-lived JWTs are refreshed, bad credentials fail clearly."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from runbridge.auth import ApiKeyExchange
from runbridge.errors import AuthenticationError, TokenError
from runbridge.runs import AsyncRunsClient, RunChunk, RunsClient
from runbridge.sandbox import tokens
from runbridge.sandbox.runs import create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings
from tests.clock import ManualClock

API_KEY = "sk-refresh-41c2"
TTL = 1.0


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    """The time of the sandbox below and of every client under test: it moves only when a test moves it."""
    return ManualClock()


@pytest.fixture(scope="module")
def short_lived_url(clock: ManualClock) -> Iterator[str]:
    """A sandbox whose JWTs expire after one second."""
    with serve(create_app(SandboxSettings(token_ttl=TTL, stream_delay_ms=5, clock=clock))) as url:
        yield url


def _on_clock(client: RunsClient | AsyncRunsClient, clock: ManualClock) -> ApiKeyExchange:
    """The client's token exchange, judging token age by `clock`."""
    exchange = client.token_exchange
    assert exchange is not None
    exchange.clock = clock
    return exchange


def _expire(token: str, clock: ManualClock) -> None:
    """Move the clock until the sandbox itself rejects `token`."""
    clock.advance(TTL)
    assert tokens.verify(token, now=clock()) is None


def test_a_token_that_expires_between_create_and_stream_is_replaced(short_lived_url: str, clock: ManualClock) -> None:
    with RunsClient(short_lived_url, api_key=API_KEY) as client:
        exchange = _on_clock(client, clock)
        run = client.runs.create("summarize", {"text": "one two three four five six seven"}, stream=True)
        assert exchange.token is not None
        first = exchange.token.value
        _expire(first, clock)
        with client.runs.stream(run.id) as events:
            chunks = [event for event in events if isinstance(event, RunChunk)]
        assert chunks
        assert exchange.token_requests == 2
        assert exchange.token is not None
        assert exchange.token.value != first
        assert client.runs.retrieve(run.id).status == "completed"


def test_many_calls_across_several_expiries_keep_working(short_lived_url: str, clock: ManualClock) -> None:
    with RunsClient(short_lived_url, api_key=API_KEY) as client:
        exchange = _on_clock(client, clock)
        for _ in range(3):
            assert next(iter(client.runs.list(limit=1))).id
            assert exchange.token is not None
            _expire(exchange.token.value, clock)
        assert client.runs.execute("translate-fr", {"text": "hello world"}).text
        assert exchange.token_requests == 4


def test_async_client_refreshes_across_expiry(short_lived_url: str, clock: ManualClock) -> None:
    async def scenario() -> tuple[int, str]:
        async with AsyncRunsClient(short_lived_url, api_key=API_KEY) as client:
            exchange = _on_clock(client, clock)
            run = await client.runs.create("summarize", {"text": "alpha beta gamma delta epsilon"}, stream=True)
            assert exchange.token is not None
            _expire(exchange.token.value, clock)
            async with await client.runs.stream(run.id) as events:
                text = await events.text()
            return exchange.token_requests, text

    requests, text = asyncio.run(scenario())
    assert requests == 2
    assert text.startswith("Summary — alpha beta")


def test_an_expired_fixed_token_is_an_authentication_error(short_lived_url: str, clock: ManualClock) -> None:
    token = tokens.issue("fixed", 0.2, now=clock())
    _expire(token, clock)
    with RunsClient(short_lived_url, token=token) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.runs.retrieve("anything")
        assert caught.value.status_code == 401
        assert token not in str(caught.value)
        with pytest.raises(AuthenticationError):
            client.runs.stream("anything")


def test_a_key_the_token_service_refuses_is_a_token_error(short_lived_url: str) -> None:
    with RunsClient(short_lived_url, api_key="not-a-key-value") as client, pytest.raises(TokenError) as caught:
        list(client.runs.list(limit=1))
    assert caught.value.status_code == 401
    assert "not-a-key-value" not in str(caught.value)
