"""The aiohttp pool's error mapping and the options it refuses (pure logic: no connection is opened here).

What the mapping decides is the retry rule's question "may the request have left this machine?": only a failure
to connect or a timeout while waiting for a connection may say no. Everything that happens on an open connection
(the server dropping it after the request was written, a reset, a cut body, a stalled read) must say "maybe".
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import aiohttp
import httpx
import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from runbridge._aiohttp import AiohttpPool, mapped_error
from runbridge.errors import ConfigError
from runbridge.transport import _NOT_SENT, AsyncRunbridgeClient, ClientOptions, RunbridgeClient

BASE = "http://127.0.0.1:9"
SECRET = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl"


def _connection_key() -> Any:
    from aiohttp.client_reqrep import ConnectionKey

    return ConnectionKey("127.0.0.1", 9, False, True, None, None, None)


def _request_info() -> aiohttp.RequestInfo:
    headers = CIMultiDictProxy(CIMultiDict({"Authorization": SECRET}))
    url = URL(f"{BASE}/runs/1/stream?access_token=secret-token")
    return aiohttp.RequestInfo(url, "GET", headers, url)


MAY_HAVE_BEEN_SENT = [
    pytest.param(aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, id="dropped-after-send"),
    pytest.param(aiohttp.ClientPayloadError("Response payload is not completed"), httpx.RemoteProtocolError, id="cut"),
    pytest.param(aiohttp.SocketTimeoutError("Timeout on reading data from socket"), httpx.ReadTimeout, id="stall"),
    pytest.param(aiohttp.ServerTimeoutError("timeout"), httpx.ReadTimeout, id="server-timeout"),
    pytest.param(TimeoutError(), httpx.ReadTimeout, id="asyncio-timeout"),
    pytest.param(aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError, id="reset"),
    pytest.param(aiohttp.ClientConnectionResetError("Cannot write to closing transport"), httpx.ReadError, id="write"),
]
NEVER_SENT = [
    pytest.param(aiohttp.ConnectionTimeoutError("Connection timeout"), httpx.ConnectTimeout, id="pool-or-connect"),
    pytest.param(
        aiohttp.ClientConnectorError(_connection_key(), ConnectionRefusedError(111, "Connection refused")),
        httpx.ConnectError,
        id="refused",
    ),
]


@pytest.mark.parametrize(("failure", "expected"), MAY_HAVE_BEEN_SENT)
def test_a_failure_on_an_open_connection_is_never_taken_for_one_that_sent_nothing(
    failure: BaseException, expected: type[Exception]
) -> None:
    request = httpx.Request("POST", f"{BASE}/runs")
    mapped = mapped_error(failure, request)
    assert type(mapped) is expected
    assert not isinstance(mapped, _NOT_SENT), "a POST would be sent twice"
    assert mapped.__cause__ is failure


@pytest.mark.parametrize(("failure", "expected"), NEVER_SENT)
def test_a_failure_to_connect_is_safe_to_retry(failure: BaseException, expected: type[Exception]) -> None:
    mapped = mapped_error(failure, httpx.Request("POST", f"{BASE}/runs"))
    assert type(mapped) is expected
    assert isinstance(mapped, _NOT_SENT)


def test_httpx_aiohttps_own_mapping_is_redone_from_the_aiohttp_error_it_wraps() -> None:
    # httpx-aiohttp raises ConnectTimeout for a server that disconnected after the request was sent.
    wrapped = httpx.ConnectTimeout("Server disconnected")
    wrapped.__cause__ = aiohttp.ServerDisconnectedError()
    mapped = mapped_error(wrapped, httpx.Request("POST", f"{BASE}/runs"))
    assert type(mapped) is httpx.RemoteProtocolError


def test_errors_that_are_not_aiohttps_pass_unchanged() -> None:
    error = httpx.ReadError("from a test transport")
    assert mapped_error(error, httpx.Request("GET", BASE)) is error
    other = ValueError("not a transport failure")
    assert mapped_error(other, httpx.Request("GET", BASE)) is other


def test_an_error_that_carries_the_request_headers_is_not_chained() -> None:
    failure = aiohttp.ClientResponseError(_request_info(), (), status=400, message="Invalid header value char")
    assert "secret-token" in str(failure)  # what would leak through a chained cause
    mapped = mapped_error(failure, httpx.Request("GET", f"{BASE}/runs/1/stream"))
    assert type(mapped) is httpx.RemoteProtocolError
    assert mapped.__cause__ is None
    assert "Invalid header value char" in str(mapped)
    assert "secret-token" not in str(mapped)
    assert SECRET not in repr(mapped)


# -- options: honoured, or refused with a ConfigError -------------------------------------------------------------


def test_a_sync_client_refuses_the_aiohttp_backend() -> None:
    with pytest.raises(ConfigError, match="async clients only"):
        RunbridgeClient(ClientOptions(BASE, backend="aiohttp"))


def test_an_unknown_backend_is_refused() -> None:
    with pytest.raises(ConfigError, match="backend must be one of 'httpx', 'aiohttp'"):
        ClientOptions(BASE, backend="requests")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"proxy": "socks5://127.0.0.1:1080"}, "HTTP\\(S\\) proxies only"),
        ({"proxy": httpx.Proxy("https://127.0.0.1:3128", ssl_context=ssl.create_default_context())}, "SSLContext"),
        ({"limits": httpx.Limits(max_connections=10, max_keepalive_connections=2)}, "max_keepalive_connections"),
    ],
)
def test_pool_options_aiohttp_cannot_honour_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        AsyncRunbridgeClient(ClientOptions(BASE, backend="aiohttp", **options))


def test_pool_options_aiohttp_honours_reach_its_connector() -> None:
    limits = httpx.Limits(max_connections=7, keepalive_expiry=2.5)
    pool = AiohttpPool(limits=limits, proxy="http://user:pw@127.0.0.1:3128")
    assert pool.proxy is not None
    assert pool.proxy.url == httpx.URL("http://127.0.0.1:3128")
    assert pool.proxy.raw_auth == (b"user", b"pw")

    async def connector() -> aiohttp.BaseConnector:
        session = pool._new_session()
        try:
            assert session.connector is not None
            return session.connector
        finally:
            await session.close()

    made = asyncio.run(connector())
    assert made.limit == 7
    assert isinstance(made, aiohttp.TCPConnector)


def test_a_session_given_as_http_client_keeps_its_own_tls_and_limits() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session:
            with pytest.raises(ConfigError, match=r"connector of the aiohttp\.ClientSession"):
                AiohttpPool(verify=False, session=session)
            with pytest.raises(ConfigError, match=r"must be an aiohttp\.ClientSession"):
                AiohttpPool(session=object())  # type: ignore[arg-type]

    asyncio.run(scenario())


def test_a_transport_cannot_be_combined_with_a_backend() -> None:
    from runbridge.runs import AsyncRunsClient

    with pytest.raises(ConfigError, match="transport= replaces the connection pool"):
        AsyncRunsClient(BASE, token="t", backend="aiohttp", transport=httpx.AsyncHTTPTransport())


# -- the registry ---------------------------------------------------------------------------------------------------


def test_the_registrys_backend_reaches_the_async_clients_of_its_runners_only() -> None:
    from runbridge.runners import APIRunner

    config = {
        "http": {"url": f"{BASE}/api/v1/health", "method": "GET"},
        "runagent": {"agent_id": "echo", "base_url": BASE, "backend": "httpx"},  # a section's own choice wins
    }

    async def scenario(runner: APIRunner) -> tuple[str, str]:
        http, agent = runner["http"].make_async_client(), runner["runagent"].make_async_client()  # type: ignore[attr-defined]
        try:
            assert isinstance(http._transport.inner, AiohttpPool)
            return http.client_options.backend, agent.client_options.backend
        finally:
            await http.aclose()
            await agent.aclose()

    with APIRunner(config, show_progress=False, backend="aiohttp") as runner:
        assert asyncio.run(scenario(runner)) == ("aiohttp", "httpx")
        assert runner["http"].client.client_options.backend == "httpx"  # type: ignore[attr-defined]


def test_the_registry_refuses_an_unknown_backend() -> None:
    from runbridge.runners import APIRunner

    with pytest.raises(ConfigError, match="backend must be one of"):
        APIRunner({"http": {"url": f"{BASE}/x"}}, show_progress=False, backend="requests")


def test_the_registrys_async_calls_use_aiohttp_when_the_extra_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from runbridge.runners import APIRunner
    from runbridge.runners.builtin import _http

    config = {"http": {"url": f"{BASE}/api/v1/health", "method": "GET"}}
    with APIRunner(config, show_progress=False) as runner:
        assert runner["http"].backend == "aiohttp"  # type: ignore[attr-defined]
    monkeypatch.setattr(_http.importlib.util, "find_spec", lambda name: None)  # as without the extra
    with APIRunner(config, show_progress=False) as runner:
        assert runner["http"].backend == "httpx"  # type: ignore[attr-defined]
