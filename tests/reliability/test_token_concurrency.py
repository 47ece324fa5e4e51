"""Token refresh under load, per client: 100 threads or 100 asyncio tasks arriving across a token expiry cause
exactly one token request, and a refresh that fails (token endpoint answering 503) does not wedge later ones.

The clients are the public ones (runai ApiClient, ThreadedApiClient, AsyncApiClient; runs RunsClient,
AsyncRunsClient) against the sandboxes; token requests are counted by each client's auth object.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import Any

import pytest

from runbridge.auth import TokenAuth
from runbridge.errors import RunbridgeError
from runbridge.sandbox import Sandbox
from tests.integration.faulty_server import FaultyServer, respond
from tests.reliability.loopback import FAST_RETRY, RUNS_API_KEY, forward, runai_configuration

pytestmark = pytest.mark.usefixtures("leak_guard")

CROWD = 100


def _threads(call: Callable[[], Any]) -> list[Any]:
    with concurrent.futures.ThreadPoolExecutor(max_workers=CROWD) as pool:
        futures = [pool.submit(call) for _ in range(CROWD)]
        return [_outcome(future) for future in futures]


def _outcome(future: concurrent.futures.Future[Any]) -> Any:
    try:
        return future.result(timeout=60)
    except RunbridgeError as error:
        return error


async def _tasks(call: Callable[[], Any]) -> list[Any]:
    return list(await asyncio.gather(*(call() for _ in range(CROWD)), return_exceptions=True))


def _expire(api: Any) -> None:
    """Forget the client's token, as its expiry would: the next requests must fetch a new one."""
    auth = api.auth
    assert isinstance(auth, TokenAuth)
    auth.invalidate()


# -- exactly one token request across an expiry ------------------------------------------------------------------


def test_runai_api_client_100_threads_one_refresh(sandbox: Sandbox) -> None:
    from runbridge.runai import ApiClient, RunaiClient

    api = ApiClient(runai_configuration(sandbox.urls["runai"]))
    with RunaiClient(api) as client:
        client.organizations.projects.get_projects()
        assert api.token_requests == 1
        _expire(api)  # the token expires for everyone at once
        results = _threads(client.organizations.projects.get_projects)
    assert not [result for result in results if isinstance(result, BaseException)]
    assert api.token_requests == 2


def test_runai_threaded_api_client_100_submissions_one_refresh(sandbox: Sandbox) -> None:
    from runbridge.runai import RunaiClient, ThreadedApiClient

    api = ThreadedApiClient(runai_configuration(sandbox.urls["runai"]))
    with RunaiClient(api) as client:
        client.organizations.projects.get_projects()
        _expire(api)
        futures = [api.submit(client.organizations.projects.get_projects) for _ in range(CROWD)]
        results = [_outcome(future) for future in futures]
    assert not [result for result in results if isinstance(result, BaseException)]
    assert api.token_requests == 2


def test_runai_async_api_client_100_tasks_one_refresh(sandbox: Sandbox) -> None:
    from runbridge.runai import AsyncApiClient, RunaiClient

    api = AsyncApiClient(runai_configuration(sandbox.urls["runai"]))

    async def scenario() -> list[Any]:
        async with RunaiClient(api) as client:
            await client.organizations.projects.get_projects()
            _expire(api)
            return await _tasks(client.organizations.projects.get_projects)

    results = asyncio.run(scenario())
    assert not [result for result in results if isinstance(result, BaseException)]
    assert api.token_requests == 2


def test_runs_client_100_threads_one_refresh(sandbox: Sandbox) -> None:
    from runbridge.runs import RunsClient

    with RunsClient(sandbox.urls["runs"], api_key=RUNS_API_KEY) as client:
        exchange = client.token_exchange
        assert exchange is not None
        client.runs.filter_options("status")
        exchange.invalidate()
        results = _threads(lambda: client.runs.filter_options("status"))
    assert not [result for result in results if isinstance(result, BaseException)]
    assert exchange.token_requests == 2


def test_async_runs_client_100_tasks_one_refresh(sandbox: Sandbox) -> None:
    from runbridge.runs import AsyncRunsClient

    async def scenario() -> tuple[list[Any], int]:
        async with AsyncRunsClient(sandbox.urls["runs"], api_key=RUNS_API_KEY) as client:
            exchange = client.token_exchange
            assert exchange is not None
            await client.runs.filter_options("status")
            exchange.invalidate()
            results = await _tasks(lambda: client.runs.filter_options("status"))
            return results, exchange.token_requests

    results, token_requests = asyncio.run(scenario())
    assert not [result for result in results if isinstance(result, BaseException)]
    assert token_requests == 2


# -- a failed refresh does not wedge the next one -------------------------------------------------------------------


def _failing_then_recovering(server: FaultyServer, token_route: str, upstream: str, failures: int) -> None:
    outage = [respond(503, {"detail": "token service down"}, headers={"Retry-After": "0"})] * failures
    server.script(token_route, forward(upstream), *outage, forward(upstream))


def _check_outage(crowd: list[Any], after: Any, token_hits: int) -> None:
    """Callers caught in the outage fail with a typed error or succeed once the endpoint is back; the outage was
    really hit (the first token, three refused attempts, then a good one); and the next call works: not wedged."""
    failures = [result for result in crowd if isinstance(result, BaseException)]
    assert all(isinstance(failure, RunbridgeError) for failure in failures), {type(f).__name__ for f in failures}
    assert len(failures) < CROWD or token_hits >= 1 + 3
    assert token_hits >= 1 + 3 + 1, f"only {token_hits} token requests: the outage was never reached"
    assert token_hits <= 1 + 3 + CROWD + 1, "a refresh storm: more than one attempt per caller"
    assert after is not None


@pytest.mark.parametrize("mode", ["threads", "tasks"])
def test_runai_refresh_that_fails_does_not_wedge_later_refreshes(sandbox: Sandbox, mode: str) -> None:
    from runbridge.runai import ApiClient, AsyncApiClient, RunaiClient

    upstream = sandbox.urls["runai"]
    with FaultyServer() as server:
        _failing_then_recovering(server, "POST /api/v2/token", upstream, failures=3)  # 3 = every attempt
        server.script("GET /api/v1/org-unit/projects", forward(upstream))
        # 100 callers share the client's connection pool: with tests running in parallel on a busy machine, the
        # default one-second pool wait can run out before a connection is free. No stall is tested here.
        config = runai_configuration(server.base_url, timeout=30)
        if mode == "threads":
            api: Any = ApiClient(config)
            with RunaiClient(api) as client:
                client.organizations.projects.get_projects()
                _expire(api)
                crowd = _threads(client.organizations.projects.get_projects)
                after = client.organizations.projects.get_projects()
        else:
            api = AsyncApiClient(config)

            async def scenario() -> tuple[list[Any], Any]:
                async with RunaiClient(api) as client:
                    await client.organizations.projects.get_projects()
                    _expire(api)
                    crowd = await _tasks(client.organizations.projects.get_projects)
                    return crowd, await client.organizations.projects.get_projects()

            crowd, after = asyncio.run(scenario())
        token_hits = server.hits["POST /api/v2/token"]
    _check_outage(crowd, after, token_hits)


@pytest.mark.parametrize("mode", ["threads", "tasks"])
def test_runs_refresh_that_fails_does_not_wedge_later_refreshes(sandbox: Sandbox, mode: str) -> None:
    from runbridge.runs import AsyncRunsClient, RunsClient

    upstream = sandbox.urls["runs"]
    with FaultyServer() as server:
        _failing_then_recovering(server, "POST /token/issue", upstream, failures=3)
        server.script("GET /runs/filter-options/status", forward(upstream))
        if mode == "threads":
            with RunsClient(server.base_url, api_key=RUNS_API_KEY, retry=FAST_RETRY) as client:
                client.runs.filter_options("status")
                assert client.token_exchange is not None
                client.token_exchange.invalidate()
                crowd = _threads(lambda: client.runs.filter_options("status"))
                after = client.runs.filter_options("status")
        else:

            async def scenario() -> tuple[list[Any], Any]:
                async with AsyncRunsClient(server.base_url, api_key=RUNS_API_KEY, retry=FAST_RETRY) as client:
                    await client.runs.filter_options("status")
                    assert client.token_exchange is not None
                    client.token_exchange.invalidate()
                    crowd = await _tasks(lambda: client.runs.filter_options("status"))
                    return crowd, await client.runs.filter_options("status")

            crowd, after = asyncio.run(scenario())
        token_hits = server.hits["POST /token/issue"]
    _check_outage(crowd, after, token_hits)
