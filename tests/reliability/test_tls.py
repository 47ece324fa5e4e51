"""TLS for every client: verification is on by default (sync and async), so an HTTPS server whose certificate
no trusted authority signed is refused with a clear APIConnectionError before any request is sent; and each
client's own option for a private CA (runai `ssl_ca_cert`, Runicorn, runs and RunAgent `verify=`, the
registry's http runner `verify:`) makes the same server work, over either connection pool of the async clients.

The test server does not speak WebSocket, so RunAgent's wss:// stream (which uses the same `verify=`) is only
tested for refusing an untrusted certificate.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from runbridge.errors import APIConnectionError
from runbridge.sandbox import Sandbox
from tests.integration.faulty_server import FaultyServer
from tests.integration.test_transport_tls import Certificates, make_certificates
from tests.reliability.loopback import CLIENT_TIMEOUT, FAST_RETRY, RUNS_API_KEY, forward, runai_configuration

pytestmark = pytest.mark.usefixtures("leak_guard")


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def https_proxy(certificates: Certificates, sandbox: Sandbox) -> Iterator[Callable[[str], FaultyServer]]:
    """An HTTPS server with a certificate from a private CA, forwarding to the sandbox of the given service."""
    servers: list[FaultyServer] = []

    def start(service: str) -> FaultyServer:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certificates.cert, certificates.key)
        server = FaultyServer(ssl_context=context).start()
        servers.append(server)
        upstream = sandbox.urls[service]
        for route in ROUTES[service]:
            server.script(route, forward(upstream))
        return server

    yield start
    for server in servers:
        server.stop()


ROUTES = {
    "runicorn": ["GET /api/health"],
    "runai": ["POST /api/v2/token", "GET /api/v1/org-unit/projects"],
    "runs": ["POST /token/issue", "GET /runs/filter-options/status"],
    "runagent": ["GET /api/v1/health"],
}


def _runicorn(url: str, ca: str | None) -> Any:
    from runbridge.runicorn import RunicornClient

    with RunicornClient(
        url, timeout=CLIENT_TIMEOUT, max_retries=1, check_connection=False, verify=ca or True
    ) as client:
        return client.health_check()


async def _runicorn_async(url: str, ca: str | None, backend: str = "httpx") -> Any:
    from runbridge.runicorn import AsyncRunicornClient

    options: dict[str, Any] = {"max_retries": 1, "check_connection": False, "verify": ca or True, "backend": backend}
    async with AsyncRunicornClient(url, timeout=CLIENT_TIMEOUT, **options) as client:
        return await client.health_check()


def _runai(url: str, ca: str | None) -> Any:
    from runbridge.runai import ApiClient, RunaiClient

    with RunaiClient(ApiClient(runai_configuration(url, ssl_ca_cert=ca))) as client:
        return client.organizations.projects.get_projects()


async def _runai_async(url: str, ca: str | None, backend: str = "httpx") -> Any:
    from runbridge.runai import AsyncApiClient, RunaiClient

    async with RunaiClient(AsyncApiClient(runai_configuration(url, ssl_ca_cert=ca), backend=backend)) as client:
        return await client.organizations.projects.get_projects()


def _runs(url: str, ca: str | None) -> Any:
    from runbridge.runs import RunsClient

    with RunsClient(url, api_key=RUNS_API_KEY, retry=FAST_RETRY, verify=ca or True) as client:
        return client.runs.filter_options("status")


async def _runs_async(url: str, ca: str | None, backend: str = "httpx") -> Any:
    from runbridge.runs import AsyncRunsClient

    options: dict[str, Any] = {"retry": FAST_RETRY, "verify": ca or True, "backend": backend}
    async with AsyncRunsClient(url, api_key=RUNS_API_KEY, **options) as client:
        return await client.runs.filter_options("status")


def _runagent(url: str, ca: str | None) -> Any:
    from runbridge.runagent import RunAgentClient

    with RunAgentClient("echo", base_url=url, timeout=CLIENT_TIMEOUT, max_retries=1, verify=ca or True) as client:
        return client.health()


async def _runagent_async(url: str, ca: str | None, backend: str = "httpx") -> Any:
    from runbridge.runagent import AsyncRunAgentClient

    options: dict[str, Any] = {"timeout": CLIENT_TIMEOUT, "max_retries": 1, "verify": ca or True, "backend": backend}
    async with AsyncRunAgentClient("echo", base_url=url, **options) as client:
        return await client.health()


def _runagent_stream(url: str, ca: str | None) -> Any:
    from runbridge.runagent import RunAgentClient

    assert ca is None, "the test server does not speak WebSocket"
    with RunAgentClient("echo", base_url=url, timeout=CLIENT_TIMEOUT, max_retries=1) as client:
        return list(client.run_generic_stream({"message": "over wss"}))


def _registry(url: str, ca: str | None) -> Any:
    from runbridge.runners import APIRunner

    section: dict[str, Any] = {"url": f"{url}/api/v1/health", "method": "GET", "timeout": CLIENT_TIMEOUT}
    if ca:
        section["verify"] = ca
    with APIRunner({"http": section}, retry_config=FAST_RETRY, show_progress=False) as runner:
        result = runner.execute("http", "ping")
    if result.failed:
        assert result.error is not None
        raise result.error
    return result


CLIENTS: dict[str, tuple[str, Callable[[str, str | None], Any], bool]] = {
    # name: (service, call, has a CA option)
    "runicorn": ("runicorn", _runicorn, True),
    "runicorn-async": ("runicorn", _runicorn_async, True),
    "runicorn-async-aiohttp": ("runicorn", functools.partial(_runicorn_async, backend="aiohttp"), True),
    "runai": ("runai", _runai, True),
    "runai-async": ("runai", _runai_async, True),
    "runai-async-aiohttp": ("runai", functools.partial(_runai_async, backend="aiohttp"), True),
    "runs": ("runs", _runs, True),
    "runs-async": ("runs", _runs_async, True),
    "runs-async-aiohttp": ("runs", functools.partial(_runs_async, backend="aiohttp"), True),
    "runagent": ("runagent", _runagent, True),
    "runagent-async": ("runagent", _runagent_async, True),
    "runagent-async-aiohttp": ("runagent", functools.partial(_runagent_async, backend="aiohttp"), True),
    "runagent-websocket": ("runagent", _runagent_stream, False),
    "registry-http": ("runagent", _registry, True),
}


def _call(name: str, url: str, ca: str | None) -> Any:
    result = CLIENTS[name][1](url, ca)
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


@pytest.mark.parametrize("name", list(CLIENTS))
def test_an_untrusted_certificate_is_refused_by_default(https_proxy: Callable[[str], FaultyServer], name: str) -> None:
    server = https_proxy(CLIENTS[name][0])
    with pytest.raises(APIConnectionError) as caught:
        _call(name, server.base_url, None)
    message = str(caught.value)
    assert "certificate" in message.lower(), message
    assert sum(server.hits.values()) == 0, "nothing may be sent over a connection that failed verification"


@pytest.mark.parametrize("name", [name for name, (_, _, has_ca) in CLIENTS.items() if has_ca])
def test_a_private_ca_given_to_the_client_is_trusted(
    https_proxy: Callable[[str], FaultyServer], certificates: Certificates, name: str
) -> None:
    server = https_proxy(CLIENTS[name][0])
    result = _call(name, server.base_url, str(certificates.ca))
    assert result is not None
    assert sum(server.hits.values()) >= 1
