"""The runbridge httpx clients as pure logic over httpx.MockTransport: options, headers, timeouts, retry
decisions, error mapping, capture and attach."""

from __future__ import annotations

import asyncio
import contextlib
import platform
import ssl
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest

from runbridge import __version__
from runbridge.auth import StaticToken
from runbridge.errors import APIConnectionError, APITimeoutError, ConfigError, ConflictError, NotFoundError
from runbridge.retry import RetryConfig
from runbridge.transport import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncRunbridgeClient,
    ClientOptions,
    RunbridgeClient,
    attach,
    build_client,
    capture,
)

NO_WAIT = RetryConfig(backoff_factor=0.0, jitter=False)


class Recorder:
    """A MockTransport handler answering from a script and recording every request."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        # A fresh response each time: a response's body can be read only once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def client_for(handler: Recorder, **options: Any) -> RunbridgeClient:
    settings: dict[str, Any] = {"retry": NO_WAIT}
    settings.update(options)
    return RunbridgeClient(ClientOptions("http://127.0.0.1:9", **settings), pool=httpx.MockTransport(handler))


def test_user_agent_names_sdk_and_python() -> None:
    assert f"runbridge/{__version__} python/{platform.python_version()}" == USER_AGENT
    handler = Recorder(httpx.Response(200))
    with client_for(handler, headers={"X-Extra": "1"}) as client:
        client.get("/")
    assert handler.requests[0].headers["user-agent"] == USER_AGENT
    assert handler.requests[0].headers["x-extra"] == "1"


@pytest.mark.parametrize("url", ["ftp://h/", "/relative", "http://", "not a url", "http://[::1"])
def test_base_url_must_be_absolute_http(url: str) -> None:
    with pytest.raises(ConfigError, match="base_url must be an absolute http"):
        ClientOptions(url)


@pytest.mark.parametrize("timeout", [0, -1.0])
def test_timeout_must_be_positive(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be positive"):
        ClientOptions("http://h", timeout=timeout)


def test_timeouts_are_always_set() -> None:
    assert ClientOptions("http://h").timeout == DEFAULT_TIMEOUT
    assert ClientOptions("http://h", timeout=None).timeout == DEFAULT_TIMEOUT
    assert ClientOptions("http://h", timeout=2).timeout == httpx.Timeout(2.0, connect=2.0)
    handler = Recorder(httpx.Response(200))
    with client_for(handler, timeout=7.0) as client:
        client.get("/", timeout=None)
        client.get("/", timeout=httpx.Timeout(1.0, read=None))
        client.send(httpx.Request("GET", "http://127.0.0.1:9/raw"))
    first, second, third = (request.extensions["timeout"] for request in handler.requests)
    assert first == {"connect": 5.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert second == {"connect": 1.0, "read": 7.0, "write": 1.0, "pool": 1.0}
    assert third == first


def test_the_options_repr_hides_credentials() -> None:
    options = ClientOptions(
        "http://h",
        headers={"Authorization": "Bearer hdr-secret", "X-Trace": "t"},
        proxy="http://puser:ppass@proxy:3128",
        auth=StaticToken("auth-secret"),
    )
    text = repr(options)
    for secret in ("hdr-secret", "ppass", "auth-secret"):
        assert secret not in text
    assert "'X-Trace': 't'" in text


def test_status_errors_are_raised_with_the_service_factory() -> None:
    handler = Recorder(httpx.Response(404, json={"detail": "gone"}))
    with client_for(handler) as client, pytest.raises(NotFoundError, match="gone"):
        client.get("/x")

    def factory(response: httpx.Response) -> Exception:
        return ConflictError("custom", response=response)

    with client_for(handler, error_factory=factory) as client, pytest.raises(ConflictError, match="custom"):
        client.get("/x")


def test_transport_errors_become_runbridge_errors() -> None:
    with client_for(Recorder(httpx.ConnectError("refused"))) as client, pytest.raises(APIConnectionError) as caught:
        client.get("/x")
    assert caught.value.attempts == 3
    with client_for(Recorder(httpx.ReadTimeout("slow"))) as client, pytest.raises(APITimeoutError):
        client.post("/x")


def test_a_body_that_can_only_be_sent_once_is_not_resent() -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(200))

    def body() -> Iterator[bytes]:
        yield b"once"

    with client_for(handler) as client, pytest.raises(Exception, match="503"):
        client.put("/x", content=body())
    assert len(handler.requests) == 1


@pytest.mark.parametrize(
    ("method", "kwargs", "sends"),
    [
        ("GET", {}, 2),
        ("PUT", {}, 2),
        ("DELETE", {}, 2),
        ("POST", {}, 1),
        ("PATCH", {}, 1),
        ("POST", {"headers": {"Idempotency-Key": "k"}}, 2),
        ("POST", {"extensions": {"runbridge.idempotent": True}}, 2),
        ("POST", {"extensions": {"runbridge.route": "POST /search"}}, 2),
    ],
)
def test_which_requests_are_resent_after_a_500(method: str, kwargs: dict[str, Any], sends: int) -> None:
    handler = Recorder(httpx.Response(500), httpx.Response(200))
    # The number of sends is what this test is about, not the outcome.
    with client_for(handler, idempotent_routes=frozenset({"POST /search"})) as client, contextlib.suppress(Exception):
        client.request(method, "/x", **kwargs)
    assert len(handler.requests) == sends


def test_with_options_shares_the_pool_and_changes_the_budget() -> None:
    handler = Recorder(httpx.Response(503))
    with client_for(handler) as client:
        quick = client.with_options(max_retries=0, timeout=1.5)
        assert quick._pool is client._pool
        assert quick.client_options.timeout == httpx.Timeout(1.5, connect=1.5)
        with pytest.raises(Exception, match="503"):
            quick.get("/x")
        assert len(handler.requests) == 1
        quick.close()  # closing the derived client leaves the shared pool open
        handler.answers = [httpx.Response(200)]
        assert client.get("/y").status_code == 200


def test_capture_records_only_inside_the_block() -> None:
    handler = Recorder(httpx.Response(200, headers={"request-id": "r1"}))
    with client_for(handler) as client:
        client.get("/before")
        with capture() as exchanges:
            client.get("/inside?token=abc", extensions={"runbridge.operation": "op"})
        client.get("/after")
    (exchange,) = exchanges
    assert exchange.as_dict() | {"elapsed": 0} == {
        "method": "GET",
        "url": "http://127.0.0.1:9/inside?token=[REDACTED]",
        "status_code": 200,
        "attempts": 1,
        "request_id": "r1",
        "elapsed": 0,
        "operation": "op",
        "error": None,
    }


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"X-Correlation-ID": "c", "Request-Id": "r"}, "r"),  # any case; x-request-id, request-id, then correlation
        ({"x-correlation-id": "c"}, "c"),
        ({"X-Request-Id": "", "request-id": "r"}, "r"),  # an empty id is no id
        ({"content-type": "application/json"}, None),
    ],
)
def test_the_exchange_names_the_request_id_the_service_sent(headers: dict[str, str], expected: str | None) -> None:
    handler = Recorder(httpx.Response(200, headers=headers))
    with client_for(handler) as client, capture() as exchanges:
        client.get("/")
    assert [exchange.request_id for exchange in exchanges] == [expected]


@attrs.define
class GeneratedClient:
    """The two setters of an openapi-python-client Client."""

    sync: httpx.Client | None = None
    asynchronous: httpx.AsyncClient | None = None

    def set_httpx_client(self, client: httpx.Client) -> GeneratedClient:
        self.sync = client
        return self

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> GeneratedClient:
        self.asynchronous = client
        return self


def test_attach_sets_both_clients_by_default() -> None:
    options = ClientOptions("http://127.0.0.1:9")
    generated = attach(GeneratedClient(), options)
    assert isinstance(generated.sync, RunbridgeClient)
    assert isinstance(generated.asynchronous, AsyncRunbridgeClient)
    generated.sync.close()
    asyncio.run(generated.asynchronous.aclose())
    only_sync = attach(GeneratedClient(), options, asynchronous=False)
    assert only_sync.asynchronous is None
    assert only_sync.sync is not None
    only_sync.sync.close()
    only_async = attach(GeneratedClient(), options, asynchronous=True)
    assert only_async.sync is None
    assert only_async.asynchronous is not None
    asyncio.run(only_async.asynchronous.aclose())


def test_the_async_client_maps_errors_too() -> None:
    async def run() -> None:
        pool = httpx.MockTransport(Recorder(httpx.Response(404)))
        async with AsyncRunbridgeClient(ClientOptions("http://127.0.0.1:9", retry=NO_WAIT), pool=pool) as client:
            with pytest.raises(NotFoundError):
                await client.get("/x")

    asyncio.run(run())


def test_verify_and_cert_become_ssl_contexts(tmp_path: Any) -> None:
    context = ssl.create_default_context()
    with build_client(ClientOptions("https://127.0.0.1:9", verify=context)) as client:
        assert client.client_options.verify is context
    with pytest.raises(ConfigError, match="cannot load CA certificates"):
        build_client(ClientOptions("https://127.0.0.1:9", verify=str(tmp_path / "nope.pem")))
    with pytest.raises(ConfigError, match="cannot load the client certificate"):
        build_client(ClientOptions("https://127.0.0.1:9", cert=str(tmp_path / "client.pem")))


def test_the_client_repr_is_short_and_safe() -> None:
    with client_for(Recorder(httpx.Response(200)), service="runs") as client:
        assert repr(client) == "RunbridgeClient(base_url='http://127.0.0.1:9', service='runs')"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_a_body_that_does_not_match_its_content_encoding_is_a_connection_error(encoding: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(b"not compressed"))

    client = RunbridgeClient(ClientOptions("http://127.0.0.1:9", retry=NO_WAIT), pool=httpx.MockTransport(handler))
    with client, capture() as exchanges:
        try:
            client.get("/x")
        except APIConnectionError as error:
            assert "cannot be decoded" in str(error)  # noqa: PT017 - an encoding httpx cannot decode is fine too
        else:
            assert encoding in ("br", "zstd")  # httpx passes encodings it has no decoder for through as they are
    assert len(exchanges) == 1


def test_body_deadline_must_be_positive_or_none() -> None:
    assert ClientOptions("http://h").body_deadline == 600.0
    assert ClientOptions("http://h", body_deadline=None).body_deadline is None
    for bad in (0, -1.0):
        with pytest.raises(ConfigError, match="body_deadline must be positive"):
            ClientOptions("http://h", body_deadline=bad)


def test_x_should_retry_true_retries_a_get_but_never_a_handled_post() -> None:
    handler = Recorder(httpx.Response(400, headers={"x-should-retry": "true"}), httpx.Response(200))
    with client_for(handler) as client:
        assert client.get("/x").status_code == 200
    handler = Recorder(httpx.Response(500, headers={"x-should-retry": "true"}), httpx.Response(201))
    with client_for(handler) as client, pytest.raises(Exception, match="500"):
        client.post("/x")
    assert len(handler.requests) == 1
