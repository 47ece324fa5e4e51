"""The runs client against scripted transports: what goes on the wire, how answers and streams are read."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterator
from json import dumps
from typing import Any

import httpx
import pytest

from runbridge.errors import (
    APIResponseValidationError,
    AuthenticationError,
    ConfigError,
    NotFoundError,
    StreamInterruptedError,
    TokenError,
)
from runbridge.runs import AsyncRunsClient, RunChunk, RunClosed, RunFailedError, RunsClient
from runbridge.sandbox import tokens

API_KEY = "sk-unit-secret-key"
RUN = {
    "id": "r1",
    "status": "completed",
    "environment": {"id": "env_1", "name": "Env"},
    "account": {"id": "acc_1", "name": "Acme"},
    "project": "prj_1",
    "created_at": "2026-04-20T12:00:00.000Z",
    "updated_at": "2026-04-20T12:00:01Z",
}
SSE = (
    'id: 0\ndata: "Bonjour "\n\n'
    'id: 1\r\nevent: chunk\r\ndata: "le café "\r\n\r\n'
    ": a comment\n\n"
    'id: 2\ndata: "🙂 fin"\n\n'
    'event: close\ndata: {"status": "completed"}\n\n'
).encode()


def _pieces(body: bytes, sizes: Iterator[int]) -> list[bytes]:
    """Cut a body at awkward places: inside lines, CRLFs and multi-byte characters."""
    out, index = [], 0
    while index < len(body):
        size = next(sizes)
        out.append(body[index : index + size])
        index += size
    return out


def _response(
    status: int, *, json: Any = None, headers: dict[str, str] | None = None, content: Any = None
) -> httpx.Response:
    """A response as a network transport hands it over: body not yet read."""
    if content is None:
        body = dumps(json).encode()
        headers = {"content-type": "application/json", "content-length": str(len(body)), **(headers or {})}
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))
    return httpx.Response(status, headers=headers, content=content)


class Service:
    """A scripted runs service: a token endpoint and handlers by (method, path)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.issued: list[str] = []
        self.routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = {}
        self.stream_body = SSE
        self.reject_next_stream = False

    def issue(self) -> httpx.Response:
        token = tokens.issue("unit", 300)
        self.issued.append(token)
        return _response(200, json={"token": token, "token_type": "Bearer", "expires_in": 300})

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/token/issue":
            assert request.headers["authorization"] == f"Bearer {API_KEY}"
            return self.issue()
        if request.url.path.endswith("/stream"):
            if self.reject_next_stream:
                self.reject_next_stream = False
                return _response(401, json={"message": "token expired"})
            pieces = _pieces(self.stream_body, itertools.cycle([1, 7, 2, 13, 3]))
            return _response(200, headers={"content-type": "text/event-stream"}, content=iter(pieces))
        route = self.routes.get((request.method, request.url.path))
        if route is None:
            return _response(404, json={"message": f"no route {request.url.path}"})
        return route(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        response = self.handler(request)
        if request.url.path.endswith("/stream") and response.status_code == 200:
            pieces = _pieces(self.stream_body, itertools.cycle([1, 7, 2, 13, 3]))

            async def body() -> AsyncIterator[bytes]:
                for piece in pieces:
                    yield piece

            return _response(200, headers={"content-type": "text/event-stream"}, content=body())
        return response


@pytest.fixture
def service() -> Service:
    return Service()


@pytest.fixture
def client(service: Service) -> Iterator[RunsClient]:
    with RunsClient("http://runs.test/api/v1", api_key=API_KEY, transport=httpx.MockTransport(service.handler)) as c:
        yield c


def test_list_pages_with_offset_and_repeated_filter_keys(service: Service, client: RunsClient) -> None:
    all_runs = [{**RUN, "id": f"r{index}"} for index in range(5)]

    def list_runs(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return _response(200, json=all_runs[offset : offset + limit])

    service.routes["GET", "/api/v1/runs"] = list_runs
    runs = list(client.runs.list(status=["completed", "failed"], tag="a", parent=False, page_size=2))
    assert [run.id for run in runs] == [f"r{index}" for index in range(5)]
    pages = [request for request in service.requests if request.url.path == "/api/v1/runs"]
    assert [request.url.params["offset"] for request in pages] == ["0", "2", "4"]
    assert pages[0].url.params.get_list("status") == ["completed", "failed"]
    assert pages[0].url.params["parent"] == "false"
    assert pages[0].headers["authorization"] == f"Bearer {service.issued[0]}"
    assert pages[0].headers["x-api-version"]
    assert list(client.runs.list(limit=3, page_size=2))[-1].id == "r2"


def test_stream_sends_the_token_as_access_token_and_decodes_split_frames(service: Service, client: RunsClient) -> None:
    with client.runs.stream("r1") as events:
        received = list(events)
    assert received == [
        RunChunk("Bonjour ", "0"),
        RunChunk("le café ", "1"),
        RunChunk("🙂 fin", "2"),
        RunClosed("completed", {"status": "completed"}),  # type: ignore[arg-type]
    ]
    stream_request = service.requests[-1]
    assert stream_request.url.params["access_token"] == service.issued[0]
    assert "authorization" not in stream_request.headers
    assert stream_request.headers["accept"] == "text/event-stream"


def test_stream_401_refreshes_and_resends_with_the_new_query_token(service: Service, client: RunsClient) -> None:
    service.reject_next_stream = True
    with client.runs.stream("r1") as events:
        assert events.text() == "Bonjour le café 🙂 fin"
        assert events.closed is not None
        assert events.closed.status == "completed"
    streams = [request for request in service.requests if request.url.path.endswith("/stream")]
    assert len(streams) == 2
    assert len(service.issued) == 2
    assert streams[1].url.params["access_token"] == service.issued[1]
    assert streams[1].url.params.get_list("access_token") == [service.issued[1]]


def test_header_stream_auth_keeps_the_authorization_header(service: Service) -> None:
    transport = httpx.MockTransport(service.handler)
    with RunsClient("http://runs.test", api_key=API_KEY, stream_auth="header", transport=transport) as client:
        assert client.runs.stream("r1").text() == "Bonjour le café 🙂 fin"
    assert "access_token" not in service.requests[-1].url.params
    assert service.requests[-1].headers["authorization"].startswith("Bearer ")


def test_a_stream_cut_before_close_raises_without_leaking_the_token(service: Service, client: RunsClient) -> None:
    service.stream_body = SSE.split(b"event: close")[0]
    with client.runs.stream("r1") as events:
        first = next(events)
        assert first == RunChunk("Bonjour ", "0")
        with pytest.raises(StreamInterruptedError) as caught:
            list(events)
    message = str(caught.value)
    assert "close" in message
    assert "r1/stream" in message
    assert service.issued[0] not in message
    assert "[REDACTED]" in message


def test_errors_map_to_runbridge_classes_without_secrets(service: Service, client: RunsClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.runs.retrieve("missing")
    assert caught.value.status_code == 404
    assert "no route" in str(caught.value)
    assert API_KEY not in repr(client)
    assert API_KEY not in str(caught.value)


def test_execute_streams_to_the_callback_and_returns_the_stored_run(service: Service, client: RunsClient) -> None:
    created: list[dict[str, Any]] = []

    def create(request: httpx.Request) -> httpx.Response:
        created.append(json.loads(request.content))
        assert request.headers["x-interaction-tag"] == "production"
        return _response(200, json={**RUN, "status": "processing"})

    service.routes["POST", "/runs"] = create
    service.routes["GET", "/runs/r1"] = lambda request: _response(
        200, json={**RUN, "result": [{"type": "text", "value": "Bonjour le café 🙂 fin"}]}
    )
    transport = httpx.MockTransport(service.handler)
    with RunsClient("http://runs.test", api_key=API_KEY, transport=transport) as runs_client:
        pieces: list[str] = []
        run = runs_client.runs.execute("summarize", {"text": "x"}, tag="production", on_chunk=pieces.append)
    assert created == [{"interaction": "summarize", "data": {"text": "x"}, "stream": True}]
    assert pieces == ["Bonjour ", "le café ", "🙂 fin"]
    assert run.status == "completed"
    assert run.text == "".join(pieces)


def test_execute_raises_run_failed_with_the_run(service: Service) -> None:
    service.routes["POST", "/runs"] = lambda request: _response(200, json={**RUN, "status": "processing"})
    failed = {**RUN, "status": "failed", "error": {"code": "provider_error", "message": "upstream 502"}}
    service.routes["GET", "/runs/r1"] = lambda request: _response(200, json=failed)
    service.stream_body = b'data: "partial"\n\nevent: close\ndata: {"status": "failed"}\n\n'
    with RunsClient("http://runs.test", api_key=API_KEY, transport=httpx.MockTransport(service.handler)) as client:
        with pytest.raises(RunFailedError, match="upstream 502") as caught:
            client.runs.execute("flaky", {"ticket": "T-1"})
        assert caught.value.run.status == "failed"
        assert client.runs.execute("flaky", {"ticket": "T-1"}, raise_on_failure=False).status == "failed"


def test_facets_find_and_filter_options_are_parsed(service: Service) -> None:
    service.routes["POST", "/runs/facets"] = lambda request: _response(
        200, json={"total": 3, "statuses": [{"_id": "completed", "count": 2}, {"_id": None, "count": 1}]}
    )
    service.routes["POST", "/runs/find"] = lambda request: _response(200, json=[{"id": "r1", "status": "failed"}])
    service.routes["GET", "/runs/filter-options/model"] = lambda request: _response(
        200, json=[{"id": "gpt", "name": "GPT", "count": 4}]
    )
    with RunsClient("http://runs.test", api_key=API_KEY, transport=httpx.MockTransport(service.handler)) as client:
        facets = client.runs.facets(["status"])
        assert facets.total == 3
        assert facets.counts("statuses") == {"completed": 2, None: 1}
        assert client.runs.find({"status": {"$in": ["failed"]}}, select="id status") == [
            {"id": "r1", "status": "failed"}
        ]
        options = client.runs.filter_options("model", status="completed")
        assert options[0].id == "gpt"
        assert options[0].count == 4
    find_request = next(request for request in service.requests if request.url.path == "/runs/find")
    assert json.loads(find_request.content) == {"query": {"status": {"$in": ["failed"]}}, "select": "id status"}


def test_a_rejected_api_key_is_a_token_error_without_the_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _response(401, json={"message": f"bad key {API_KEY}"})

    transport = httpx.MockTransport(handler)
    with (
        RunsClient("http://runs.test", api_key=API_KEY, transport=transport) as client,
        pytest.raises(TokenError) as caught,
    ):
        client.runs.retrieve("r1")
    assert API_KEY not in str(caught.value)


def test_a_fixed_token_that_is_refused_is_an_authentication_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _response(401, json={"message": "expired"})

    with RunsClient("http://runs.test", token="eyJfixed", transport=httpx.MockTransport(handler)) as client:
        assert client.token_exchange is None
        with pytest.raises(AuthenticationError):
            client.runs.retrieve("r1")


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"api_key": "sk-1", "token": "t"}, {"api_key": " "}, {"token": "t", "stream_auth": "cookie"}],
)
def test_credentials_are_checked_up_front(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        RunsClient("http://runs.test", **kwargs)


def test_bad_arguments_fail_before_any_request(service: Service, client: RunsClient) -> None:
    with pytest.raises(ConfigError):
        client.runs.retrieve("")
    with pytest.raises(ConfigError):
        client.runs.search(colour="red")
    assert service.requests == []


def test_async_client_streams_and_pages(service: Service) -> None:
    service.routes["GET", "/runs"] = lambda request: _response(200, json=[RUN])
    service.routes["POST", "/runs"] = lambda request: _response(200, json={**RUN, "status": "created"})
    service.routes["GET", "/runs/r1"] = lambda request: _response(200, json=RUN)

    async def scenario() -> tuple[list[str], list[Any], str]:
        transport = httpx.MockTransport(service.async_handler)
        async with AsyncRunsClient("http://runs.test", api_key=API_KEY, transport=transport) as client:
            ids = [run.id async for run in client.runs.list(page_size=5)]
            async with await client.runs.stream("r1") as events:
                received = [event async for event in events]
            seen: list[str] = []

            async def on_chunk(text: str) -> None:
                seen.append(text)

            run = await client.runs.execute("summarize", {"text": "x"}, on_chunk=on_chunk)
            return ids, received, run.status + ":" + "".join(seen)

    ids, received, outcome = asyncio.run(scenario())
    assert ids == ["r1"]
    assert [event.text for event in received if isinstance(event, RunChunk)] == ["Bonjour ", "le café ", "🙂 fin"]
    assert isinstance(received[-1], RunClosed)
    assert outcome == "completed:Bonjour le café 🙂 fin"
    assert service.requests[-2].url.params["access_token"] == service.issued[0]


def test_a_run_missing_a_required_field_is_a_validation_error_naming_it(service: Service, client: RunsClient) -> None:
    incomplete = {key: value for key, value in RUN.items() if key != "account"}
    service.routes["GET", "/api/v1/runs/r1"] = lambda request: _response(200, json=incomplete)
    with pytest.raises(APIResponseValidationError) as caught:
        client.runs.retrieve("r1")
    assert caught.value.operation == "get_run"
    assert "account" in str(caught.value)


def test_create_accepts_the_short_answer_of_a_streaming_run(service: Service, client: RunsClient) -> None:
    service.routes["POST", "/api/v1/runs"] = lambda request: _response(200, json={"id": "r9", "status": "created"})
    run = client.runs.create("summarize", {"text": "x"}, stream=True)
    assert run.id == "r9"
    assert run.status == "created"
    assert run.created_at is None


def test_with_options_shares_the_token_and_connections(service: Service, client: RunsClient) -> None:
    service.routes["GET", "/api/v1/runs/r1"] = lambda request: _response(200, json=RUN)
    quick = client.with_options(timeout=2.0, max_retries=0)
    assert quick.runs.retrieve("r1").id == "r1"
    assert client.runs.retrieve("r1").id == "r1"
    assert len(service.issued) == 1
    assert quick.token_exchange is client.token_exchange
    quick.close()
    assert client.runs.retrieve("r1").id == "r1"
