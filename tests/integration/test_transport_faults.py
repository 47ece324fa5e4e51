"""The fault matrix against a real loopback server: every case recovers or ends in a typed runbridge error, a
non-idempotent request is never handled twice, and the attempts are visible on responses, errors and traces."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from runbridge.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    StreamInterruptedError,
)
from runbridge.retry import RetryConfig
from runbridge.streaming import ServerSentEvent, aiter_sse, iter_sse
from runbridge.transport import ClientOptions, Exchange, build_async_client, build_client, capture
from tests.integration.faulty_server import (
    FaultyServer,
    drop,
    html,
    respond,
    sse,
    stall,
    trickle,
    truncated,
)

MODES = ["sync", "async"]
# Small waits so that the matrix stays quick; the computed delays are asserted, never the elapsed time.
FAST = RetryConfig(max_attempts=3, backoff_factor=0.01, max_backoff=0.05, jitter=False, max_retry_after=5.0)


@pytest.fixture
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as running:
        yield running


def options(server: FaultyServer, **overrides: Any) -> ClientOptions:
    settings: dict[str, Any] = {"timeout": 5.0, "retry": FAST, "service": "faults"}
    settings.update(overrides)
    return ClientOptions(server.base_url, **settings)


def call(mode: str, opts: ClientOptions, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One request through the sync or the async client; the response body is read and the client closed."""
    if mode == "sync":
        with build_client(opts) as client:
            return client.request(method, path, **kwargs)

    async def run() -> httpx.Response:
        async with build_async_client(opts) as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(run())


def attempts(response: httpx.Response) -> int:
    value = response.request.extensions["runbridge.attempts"]
    assert isinstance(value, int)
    return value


def delays(response_or_error: httpx.Response | APIConnectionError | APIStatusError) -> list[float]:
    request = response_or_error.request
    assert request is not None
    value = request.extensions.get("runbridge.retry_delays", [])
    assert isinstance(value, list)
    return value


# -- Retry-After ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_503_with_retry_after_seconds_recovers_after_the_servers_delay(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(503, {"detail": "busy"}, headers={"Retry-After": "1"}), respond(200, [1]))
    response = call(mode, options(server), "GET", "/items")
    assert response.json() == [1]
    assert attempts(response) == 2
    assert delays(response) == [1.0]
    assert server.outcomes["GET /items"] == [503, 200]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_ms_wins_over_retry_after(server: FaultyServer, mode: str) -> None:
    busy = respond(429, {}, headers={"Retry-After": "30", "retry-after-ms": "20"})
    server.script("GET /items", busy, respond(200, []))
    response = call(mode, options(server), "GET", "/items")
    assert delays(response) == [0.02]
    assert attempts(response) == 2


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_http_date_is_honoured(server: FaultyServer, mode: str) -> None:
    when = email.utils.formatdate(time.time() + 1, usegmt=True)
    server.script("GET /items", respond(503, {}, headers={"Retry-After": when}), respond(200, []))
    response = call(mode, options(server), "GET", "/items")
    (delay,) = delays(response)
    assert 0.0 <= delay <= 2.0  # one-second resolution of an HTTP date
    assert attempts(response) == 2


@pytest.mark.parametrize("mode", MODES)
def test_an_excessive_retry_after_is_capped(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(429, {}, headers={"Retry-After": "86400"}), respond(200, []))
    capped = RetryConfig(max_attempts=2, backoff_factor=0.01, jitter=False, max_retry_after=0.05)
    response = call(mode, options(server, retry=capped), "GET", "/items")
    assert delays(response) == [0.05]
    assert response.status_code == 200


@pytest.mark.parametrize("mode", MODES)
def test_429_that_never_ends_is_a_rate_limit_error_with_attempts(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(429, {"message": "slow down"}, headers={"x-request-id": "req-9"}))
    with pytest.raises(RateLimitError) as caught:
        call(mode, options(server), "GET", "/items")
    error = caught.value
    assert error.status_code == 429
    assert error.attempts == 3
    assert error.request_id == "req-9"
    assert error.body == {"message": "slow down"}
    assert "slow down" in str(error)
    assert server.hits["GET /items"] == 3


@pytest.mark.parametrize("mode", MODES)
def test_a_post_refused_with_429_is_sent_again_and_handled_once(server: FaultyServer, mode: str) -> None:
    server.script("POST /jobs", respond(429, {}, headers={"Retry-After": "0"}), respond(201, {"id": 7}))
    response = call(mode, options(server), "POST", "/jobs", json={"name": "x"})
    assert response.json() == {"id": 7}
    # The first request was refused before it was handled: exactly one request had an effect.
    assert server.outcomes["POST /jobs"] == [429, 201]
    assert sum(1 for outcome in server.outcomes["POST /jobs"] if outcome == 201) == 1


# -- 5xx and non-idempotent requests -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_500_on_get_is_retried_until_it_succeeds(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(500, {}), respond(502, {}), respond(200, ["ok"]))
    response = call(mode, options(server), "GET", "/items")
    assert response.json() == ["ok"]
    assert attempts(response) == 3
    assert delays(response) == [0.01, 0.02]


@pytest.mark.parametrize("mode", MODES)
def test_500_on_a_post_is_not_retried(server: FaultyServer, mode: str) -> None:
    server.script("POST /jobs", respond(500, {"detail": "boom"}), respond(201, {"id": 1}))
    with pytest.raises(InternalServerError) as caught:
        call(mode, options(server), "POST", "/jobs", json={})
    assert caught.value.attempts == 1
    assert server.hits["POST /jobs"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_post_with_an_idempotency_key_is_retried_after_500(server: FaultyServer, mode: str) -> None:
    server.script("POST /jobs", respond(500, {}), respond(201, {"id": 2}))
    response = call(mode, options(server), "POST", "/jobs", json={}, headers={"Idempotency-Key": "k-1"})
    assert response.json() == {"id": 2}
    keys = {request.headers["idempotency-key"] for request in server.requests_for("POST /jobs")}
    assert keys == {"k-1"}  # the server can deduplicate: both sends carried the same key


@pytest.mark.parametrize("mode", MODES)
def test_a_post_to_a_route_marked_idempotent_is_retried(server: FaultyServer, mode: str) -> None:
    server.script("POST /search", respond(503, {}), respond(200, {"hits": []}))
    opts = options(server, idempotent_routes=frozenset({"POST /search"}))
    extensions = {"runbridge.route": "POST /search", "runbridge.operation": "search"}
    response = call(mode, opts, "POST", "/search", json={}, extensions=extensions)
    assert response.json() == {"hits": []}
    assert attempts(response) == 2


@pytest.mark.parametrize("mode", MODES)
def test_x_should_retry_false_stops_retries(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(503, {}, headers={"x-should-retry": "false"}), respond(200, []))
    with pytest.raises(InternalServerError) as caught:
        call(mode, options(server), "GET", "/items")
    assert caught.value.attempts == 1


@pytest.mark.parametrize("mode", MODES)
def test_per_call_max_retries_overrides_the_policy(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(503, {}))
    with pytest.raises(InternalServerError) as caught:
        call(mode, options(server), "GET", "/items", extensions={"runbridge.max_retries": 0})
    assert caught.value.attempts == 1
    assert server.hits["GET /items"] == 1


# -- dropped connections -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_connection_dropped_after_reading_a_get_is_retried(server: FaultyServer, mode: str, reset: bool) -> None:
    server.script("GET /items", drop(reset=reset), respond(200, [1, 2]))
    response = call(mode, options(server), "GET", "/items")
    assert response.json() == [1, 2]
    assert attempts(response) == 2
    assert server.hits["GET /items"] == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_connection_dropped_after_reading_a_post_is_not_resent(server: FaultyServer, mode: str, reset: bool) -> None:
    server.script("POST /jobs", drop(reset=reset), respond(201, {"id": 1}))
    with pytest.raises(APIConnectionError) as caught:
        call(mode, options(server), "POST", "/jobs", json={"name": "once"})
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.attempts == 1
    assert "POST http://127.0.0.1" in str(caught.value)
    assert server.hits["POST /jobs"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_connection_dropped_before_the_request_was_read(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(200, ["fine"]))
    server.drop_on_accept = 1
    response = call(mode, options(server), "GET", "/items")
    assert response.json() == ["fine"]
    assert attempts(response) == 2
    assert server.connections == 2


@pytest.mark.parametrize("mode", MODES)
def test_post_reset_before_it_was_read_is_never_handled_twice(server: FaultyServer, mode: str) -> None:
    server.script("POST /jobs", respond(201, {"id": 1}))
    server.drop_on_accept = 1
    # The reset races the client's write: httpx reports it as a ConnectError (nothing sent: safe to resend, so
    # the POST recovers) or as a ReadError (maybe sent: not resent, a typed error). Either way, never twice.
    outcome: httpx.Response | APIConnectionError
    try:
        outcome = call(mode, options(server), "POST", "/jobs", json={})
    except APIConnectionError as error:
        outcome = error
    if isinstance(outcome, APIConnectionError):
        assert outcome.attempts == 1
        assert server.hits["POST /jobs"] == 0
    else:
        assert outcome.json() == {"id": 1}
        assert attempts(outcome) == 2
        assert server.hits["POST /jobs"] == 1
    assert server.connections == (2 if server.hits["POST /jobs"] else 1)


@pytest.mark.parametrize("mode", MODES)
def test_nobody_listening_is_a_connection_error_after_retries(mode: str) -> None:
    with FaultyServer() as gone:
        url = gone.base_url
    opts = ClientOptions(url, timeout=2.0, retry=FAST)
    with pytest.raises(APIConnectionError) as caught:
        call(mode, opts, "POST", "/jobs", json={})
    # Nothing was sent, so even a POST may be tried again.
    assert caught.value.attempts == 3
    assert "ConnectError" in str(caught.value)


# -- timeouts, stalls and slow bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_get_times_out_on_every_attempt(server: FaultyServer, mode: str) -> None:
    server.script("GET /slow", stall())
    retry = RetryConfig(max_attempts=2, backoff_factor=0.01, jitter=False)
    with pytest.raises(APITimeoutError) as caught:
        call(mode, options(server, timeout=0.3, retry=retry), "GET", "/slow")
    assert caught.value.attempts == 2
    assert "timed out after 2 attempts" in str(caught.value)
    assert server.hits["GET /slow"] == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_post_times_out_once(server: FaultyServer, mode: str) -> None:
    server.script("POST /jobs", stall())
    with pytest.raises(APITimeoutError) as caught:
        call(mode, options(server, timeout=0.3), "POST", "/jobs", json={})
    assert caught.value.attempts == 1
    assert server.hits["POST /jobs"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_call_asking_for_no_timeout_still_gets_one(server: FaultyServer, mode: str) -> None:
    server.script("GET /slow", stall())
    with pytest.raises(APITimeoutError):
        call(mode, options(server, timeout=0.3, retry=RetryConfig.none()), "GET", "/slow", timeout=None)


@pytest.mark.parametrize("mode", MODES)
def test_a_slowloris_body_within_the_read_timeout_is_received_whole(server: FaultyServer, mode: str) -> None:
    body = {"items": list(range(20))}
    server.script("GET /trickle", trickle(200, body, interval=0.002, step=3))
    response = call(mode, options(server, timeout=5.0), "GET", "/trickle")
    assert response.json() == body
    assert attempts(response) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_slowloris_body_slower_than_the_read_timeout_is_a_timeout(server: FaultyServer, mode: str) -> None:
    server.script("GET /trickle", trickle(200, {"items": list(range(50))}, interval=1.0))
    with pytest.raises(APITimeoutError) as caught:
        call(mode, options(server, timeout=0.2, retry=RetryConfig.none()), "GET", "/trickle")
    assert caught.value.attempts == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_slowloris_body_faster_than_the_read_timeout_still_ends_at_the_body_deadline(
    server: FaultyServer, mode: str
) -> None:
    # One byte every 20 ms never trips a 5 s read timeout; 500 bytes would take 10 s. The deadline ends it.
    server.script("GET /trickle", trickle(200, b"x" * 500, interval=0.02))
    opts = options(server, timeout=5.0, body_deadline=0.3, retry=RetryConfig.none())
    with pytest.raises(APITimeoutError) as caught:
        call(mode, opts, "GET", "/trickle")
    assert caught.value.attempts == 1
    assert server.outcomes["GET /trickle"] == ["trickle 200"]


# -- broken bodies -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_truncated_body_on_a_get_is_retried(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", truncated(200, {"items": [1, 2, 3]}), respond(200, {"items": [1, 2, 3]}))
    response = call(mode, options(server), "GET", "/items")
    assert response.json() == {"items": [1, 2, 3]}
    assert attempts(response) == 2


@pytest.mark.parametrize("mode", MODES)
def test_a_truncated_body_that_persists_is_a_connection_error(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", truncated(200, {"items": [1]}))
    with pytest.raises(APIConnectionError) as caught:
        call(mode, options(server), "GET", "/items")
    assert caught.value.attempts == 3
    assert "RemoteProtocolError" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_truncated_body_on_a_post_is_not_resent(server: FaultyServer, mode: str) -> None:
    server.script("POST /jobs", truncated(201, {"id": 1}), respond(201, {"id": 2}))
    with pytest.raises(APIConnectionError):
        call(mode, options(server), "POST", "/jobs", json={})
    assert server.hits["POST /jobs"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_malformed_json_in_an_error_is_kept_as_text(server: FaultyServer, mode: str) -> None:
    server.script("GET /items/1", respond(404, b'{"detail": "no such', headers={"Content-Type": "application/json"}))
    with pytest.raises(NotFoundError) as caught:
        call(mode, options(server), "GET", "/items/1")
    assert caught.value.body == '{"detail": "no such'
    assert caught.value.status_code == 404


@pytest.mark.parametrize("mode", MODES)
def test_malformed_json_in_a_success_names_the_operation(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(200, b'{"items": [1, 2', headers={"Content-Type": "application/json"}))
    response = call(mode, options(server), "GET", "/items", extensions={"runbridge.operation": "list_items"})
    # What a generated endpoint does with a body that does not parse (templates/endpoint_module.py.jinja).
    with pytest.raises(ValueError, match="Expecting") as parse_failure:
        response.json()
    error = APIResponseValidationError.from_parse_failure("list_items", response, parse_failure.value)
    assert error.operation == "list_items"
    assert "the body is not JSON (application/json, 15 bytes)" in str(error)
    assert str(error).startswith("list_items: response from GET http://127.0.0.1")


@pytest.mark.parametrize("mode", MODES)
def test_html_where_json_was_expected(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", html(502))
    with pytest.raises(InternalServerError) as caught:
        call(mode, options(server), "GET", "/items")
    assert "an HTML page where an API response was expected" in str(caught.value)
    assert "<html" not in str(caught.value)
    server.script("GET /page", html(200))
    response = call(mode, options(server), "GET", "/page")
    with pytest.raises(ValueError, match="Expecting value") as parse_failure:
        response.json()
    error = APIResponseValidationError.from_parse_failure("get_page", response, parse_failure.value)
    assert "text/html" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_401_without_credentials_is_an_authentication_error(server: FaultyServer, mode: str) -> None:
    server.script("GET /me", respond(401, {"detail": "who are you"}))
    with pytest.raises(AuthenticationError) as caught:
        call(mode, options(server), "GET", "/me")
    assert caught.value.attempts == 1


# -- event streams over the wire ----------------------------------------------------------------------------------

STREAM = (
    b": keep-alive\n\n"
    b'event: chunk\ndata: {"text": "h\\u00e9llo"}\nid: 1\n\n'
    b"data: line one\r\ndata: line two\r\n\r\n"
    + "data: caf\u00e9 \u2615\n\n".encode()
    + b"retry: 1500\nevent: message\ndata: {}\n\n"
    b"event: close\ndata: done\n\n"
)
EXPECTED = [
    ServerSentEvent(event="chunk", data='{"text": "h\\u00e9llo"}', id="1"),
    ServerSentEvent(event="message", data="line one\nline two", id="1"),
    ServerSentEvent(event="message", data="caf\u00e9 \u2615", id="1"),
    ServerSentEvent(event="message", data="{}", id="1", retry=1500),
    ServerSentEvent(event="close", data="done", id="1"),
]


def read_events(mode: str, opts: ClientOptions, path: str, end_event: str | None) -> list[ServerSentEvent]:
    events: list[ServerSentEvent] = []
    if mode == "sync":
        with build_client(opts) as client, client.stream("GET", path) as response:
            for event in iter_sse(response, end_event=end_event):
                events.append(event)
        return events

    async def run() -> None:
        async with build_async_client(opts) as client, client.stream("GET", path) as response:
            async for event in aiter_sse(response, end_event=end_event):
                events.append(event)

    asyncio.run(run())
    return events


@pytest.mark.parametrize("mode", MODES)
def test_an_event_stream_written_one_byte_per_chunk_decodes_exactly(server: FaultyServer, mode: str) -> None:
    server.script("GET /stream", sse(STREAM, step=1))
    assert read_events(mode, options(server), "/stream", "close") == EXPECTED


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("step", [2, 3, 7, 64])
def test_an_event_stream_in_other_chunk_sizes_decodes_the_same(server: FaultyServer, mode: str, step: int) -> None:
    server.script("GET /stream", sse(STREAM, step=step))
    assert read_events(mode, options(server), "/stream", "close") == EXPECTED


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_that_ends_before_close_is_interrupted(server: FaultyServer, mode: str) -> None:
    cut = STREAM[: STREAM.index(b"event: close")]
    server.script("GET /stream", sse(cut, step=5))
    with pytest.raises(StreamInterruptedError) as caught:
        read_events(mode, options(server), "/stream", "close")
    assert "broke off after 4 events" in str(caught.value)
    assert "without a 'close' event" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_whose_connection_is_cut_is_interrupted(server: FaultyServer, mode: str) -> None:
    server.script("GET /stream", sse(STREAM[:60], step=4, close=True))
    with pytest.raises(StreamInterruptedError) as caught:
        read_events(mode, options(server), "/stream", None)
    assert caught.value.request is not None


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_that_stalls_is_a_timeout(server: FaultyServer, mode: str) -> None:
    server.script("GET /stream", sse(STREAM[:40], step=40, interval=30.0))
    with pytest.raises(APITimeoutError) as caught:
        read_events(mode, options(server, timeout=0.3), "/stream", "close")
    assert "stalled after" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_that_is_not_an_event_stream_is_a_validation_error(server: FaultyServer, mode: str) -> None:
    server.script("GET /stream", respond(200, {"not": "sse"}))
    with pytest.raises(APIResponseValidationError) as caught:
        read_events(mode, options(server), "/stream", "close")
    assert "not an event stream" in str(caught.value)


# -- traces ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_capture_records_attempts_status_and_request_ids(server: FaultyServer, mode: str) -> None:
    server.script("GET /items", respond(503, {}), respond(200, [], headers={"x-request-id": "abc-1"}))
    server.script("GET /missing", respond(404, {"detail": "nope"}, headers={"x-request-id": "abc-2"}))
    server.script("POST /jobs", drop())
    opts = options(server)

    def scenario() -> list[Exchange]:
        with capture() as exchanges:
            call(mode, opts, "GET", "/items?access_token=hunter2hunter2")
            with pytest.raises(NotFoundError):
                call(mode, opts, "GET", "/missing", extensions={"runbridge.operation": "get_missing"})
            with pytest.raises(APIConnectionError):
                call(mode, opts, "POST", "/jobs", json={})
        return exchanges

    exchanges = scenario()
    assert [(exchange.method, exchange.status_code, exchange.attempts) for exchange in exchanges] == [
        ("GET", 200, 2),
        ("GET", 404, 1),
        ("POST", None, 1),
    ]
    assert exchanges[0].request_id == "abc-1"
    assert exchanges[0].url.endswith("/items?access_token=[REDACTED]")
    assert exchanges[1].operation == "get_missing"
    assert exchanges[2].error == "APIConnectionError"
    assert all(exchange.elapsed >= 0 for exchange in exchanges)
