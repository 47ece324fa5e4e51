"""No call can block forever: every client built with its defaults gets finite connect, read, write and pool
timeouts on every httpx client it creates (sync and async), as recorded at the one place they are all built."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from runbridge import transport
from runbridge.sandbox import Sandbox
from tests.reliability.loopback import RUNS_API_KEY, runai_configuration

pytestmark = pytest.mark.usefixtures("leak_guard")


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, httpx.Timeout]]:
    """Every runbridge httpx client constructed during the test, with the timeout it was given."""
    seen: list[tuple[str, httpx.Timeout]] = []
    for client_class in (transport.RunbridgeClient, transport.AsyncRunbridgeClient):
        original = client_class.__init__

        def spy(self: Any, options: transport.ClientOptions, *args: Any, __original: Any = original, **kw: Any) -> None:
            seen.append((options.service, options.timeout))
            __original(self, options, *args, **kw)

        monkeypatch.setattr(client_class, "__init__", spy)
    return seen


def _runicorn(urls: dict[str, str]) -> None:
    from runbridge.runicorn import AsyncRunicornClient, RunicornClient

    with RunicornClient(urls["runicorn"], check_connection=False):
        pass

    async def run() -> None:
        async with AsyncRunicornClient(urls["runicorn"], check_connection=False):
            pass

    asyncio.run(run())


def _runai(urls: dict[str, str]) -> None:
    from runbridge.runai import ApiClient, AsyncApiClient, Configuration, RunaiClient, ThreadedApiClient

    defaults = runai_configuration(urls["runai"])
    config = Configuration(
        client_id=defaults.client_id, client_secret=defaults.client_secret, runai_base_url=urls["runai"]
    )
    for api_class in (ApiClient, ThreadedApiClient):
        with RunaiClient(api_class(config)) as client:
            client.organizations.projects.get_projects()

    async def run() -> None:
        async with RunaiClient(AsyncApiClient(config)) as client:
            await client.organizations.projects.get_projects()

    asyncio.run(run())


def _runs(urls: dict[str, str]) -> None:
    from runbridge.runs import AsyncRunsClient, RunsClient

    with RunsClient(urls["runs"], api_key=RUNS_API_KEY) as client:
        client.runs.filter_options("status")

    async def run() -> None:
        async with AsyncRunsClient(urls["runs"], api_key=RUNS_API_KEY) as client:
            await client.runs.filter_options("status")

    asyncio.run(run())


def _runagent(urls: dict[str, str]) -> None:
    from runbridge.runagent import AsyncRunAgentClient, RunAgentClient

    with RunAgentClient("echo", base_url=urls["runagent"]) as client:
        client.health()

    async def run() -> None:
        async with AsyncRunAgentClient("echo", base_url=urls["runagent"]) as client:
            await client.health()

    asyncio.run(run())


def _registry(urls: dict[str, str]) -> None:
    from runbridge.runners import APIRunner

    config = {
        "http": {"url": f"{urls['runagent']}/api/v1/health", "method": "GET"},
        "runagent": {"agent_id": "echo", "base_url": urls["runagent"]},
        "interaction": {"interaction": "summarize", "base_url": urls["runs"], "api_key": RUNS_API_KEY},
    }
    with APIRunner(config, show_progress=False) as runner:
        runner.execute("http", "ping")
        runner.execute("runagent", "ping")
        runner.execute("interaction", "ping")


CLIENTS: dict[str, Callable[[dict[str, str]], None]] = {
    "runicorn": _runicorn,
    "runai": _runai,
    "runs": _runs,
    "runagent": _runagent,
    "registry": _registry,
}


@pytest.mark.parametrize("name", list(CLIENTS))
def test_every_client_built_with_defaults_has_finite_timeouts(
    sandbox: Sandbox, built: list[tuple[str, httpx.Timeout]], name: str
) -> None:
    CLIENTS[name](sandbox.urls)
    assert built, f"{name} built no runbridge httpx client: the check would be vacuous"
    for service, timeout in built:
        limits = {"connect": timeout.connect, "read": timeout.read, "write": timeout.write, "pool": timeout.pool}
        unbounded = [phase for phase, seconds in limits.items() if seconds is None]
        assert unbounded == [], f"{service}: no {', '.join(unbounded)} timeout"
