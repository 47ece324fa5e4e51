"""Token flows against a real loopback token endpoint: the three styles, single-flight refresh across a token
expiry for 100 threads and 100 tasks, refresh-and-resend once on 401, and failed refreshes that do not wedge."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from runbridge.auth import ApiKeyExchange, ClientCredentials, StaticToken, TokenAuth, jwt_expiry
from runbridge.errors import APIConnectionError, APITimeoutError, AuthenticationError, TokenError
from runbridge.retry import RetryConfig
from runbridge.transport import ClientOptions, build_async_client, build_client
from tests.integration.faulty_server import FaultyServer, TokenIssuer, drop, echo, html, respond, stall, wait_until

FAST = RetryConfig(max_attempts=3, backoff_factor=0.01, max_backoff=0.05, jitter=False)
WORKERS = 100


@pytest.fixture
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as running:
        yield running


def issuer_for(server: FaultyServer, style: str, **kwargs: Any) -> TokenIssuer:
    issuer = TokenIssuer(style, **kwargs)
    path = {"form": "/oauth/token", "json": "/api/v1/token", "apikey": "/auth/token"}[style]
    server.script(f"POST {path}", issuer.endpoint())
    server.script("GET /data", issuer.protect(respond(200, {"ok": True})))
    server.script("POST /jobs", issuer.protect(respond(201, {"id": 1})))
    return issuer


def auth_for(server: FaultyServer, issuer: TokenIssuer, **kwargs: Any) -> TokenAuth:
    if issuer.style == "form":
        return ClientCredentials(server.url("/oauth/token"), issuer.client_id, issuer.secret, **kwargs)
    if issuer.style == "json":
        return ClientCredentials(server.url("/api/v1/token"), issuer.client_id, issuer.secret, style="json", **kwargs)
    return ApiKeyExchange(server.url("/auth/token"), issuer.secret, **kwargs)


def options(server: FaultyServer, auth: httpx.Auth, **overrides: Any) -> ClientOptions:
    settings: dict[str, Any] = {"timeout": 5.0, "retry": FAST, "auth": auth}
    settings.update(overrides)
    return ClientOptions(server.base_url, **settings)


STYLES = ["form", "json", "apikey"]


def get_once(mode: str, opts: ClientOptions, path: str) -> httpx.Response:
    if mode == "sync":
        with build_client(opts) as client:
            return client.get(path)

    async def run() -> httpx.Response:
        async with build_async_client(opts) as client:
            return await client.get(path)

    return asyncio.run(run())


@pytest.mark.parametrize("style", STYLES)
def test_each_style_fetches_one_token_and_reuses_it(server: FaultyServer, style: str) -> None:
    issuer = issuer_for(server, style)
    auth = auth_for(server, issuer)
    with build_client(options(server, auth)) as client:
        for _ in range(5):
            assert client.get("/data").json() == {"ok": True}
    assert auth.token_requests == 1
    assert issuer.requests == 1
    # The protected route only ever saw the short-lived token, never the long-lived credential.
    seen = {request.headers["authorization"] for request in server.requests_for("GET /data")}
    assert seen == {f"Bearer {issuer.issued[0]}"}
    token_request = server.requests_for(next(iter(r.route for r in server.requests if r.path != "/data")))[0]
    assert token_request.headers["user-agent"].startswith("runbridge/")


@pytest.mark.parametrize("style", STYLES)
def test_each_style_works_asynchronously(server: FaultyServer, style: str) -> None:
    issuer = issuer_for(server, style)
    auth = auth_for(server, issuer)

    async def run() -> None:
        async with build_async_client(options(server, auth)) as client:
            for _ in range(3):
                assert (await client.get("/data")).json() == {"ok": True}

    asyncio.run(run())
    assert auth.token_requests == 1


def test_expiry_comes_from_the_jwt_when_the_endpoint_gives_no_lifetime(server: FaultyServer) -> None:
    issuer = issuer_for(server, "json", send_expires_in=False, ttl=600)
    auth = auth_for(server, issuer)
    with build_client(options(server, auth)) as client:
        client.get("/data")
    assert auth.token is not None
    assert auth.token.expires_at == jwt_expiry(issuer.issued[0])


def _expire_client_side(auth: TokenAuth, issuer: TokenIssuer) -> None:
    """Let the cached token reach its refresh point, and make the next token long-lived."""
    wait_until(lambda: auth.token is not None and not auth.token.fresh(time.time()))
    issuer.ttl = 3600


@pytest.mark.parametrize("style", STYLES)
def test_100_threads_across_a_token_expiry_cause_one_token_request(server: FaultyServer, style: str) -> None:
    issuer = issuer_for(server, style, ttl=1)
    auth = auth_for(server, issuer)
    with build_client(options(server, auth)) as client:
        client.get("/data")
        assert auth.token_requests == 1
        _expire_client_side(auth, issuer)
        barrier = threading.Barrier(WORKERS)

        def work(_: int) -> int:
            barrier.wait()
            return client.get("/data").status_code

        with ThreadPoolExecutor(WORKERS) as pool:
            statuses = list(pool.map(work, range(WORKERS)))
    assert statuses == [200] * WORKERS
    assert auth.token_requests == 2
    assert issuer.requests == 2


@pytest.mark.parametrize("style", STYLES)
def test_100_tasks_across_a_token_expiry_cause_one_token_request(server: FaultyServer, style: str) -> None:
    issuer = issuer_for(server, style, ttl=1)
    auth = auth_for(server, issuer)

    async def run() -> list[int]:
        async with build_async_client(options(server, auth)) as client:
            await client.get("/data")
            await asyncio.to_thread(_expire_client_side, auth, issuer)
            responses = await asyncio.gather(*(client.get("/data") for _ in range(WORKERS)))
            return [response.status_code for response in responses]

    assert asyncio.run(run()) == [200] * WORKERS
    assert auth.token_requests == 2
    assert issuer.requests == 2


def test_100_threads_hitting_a_server_side_expiry_refresh_once(server: FaultyServer) -> None:
    issuer = issuer_for(server, "form")
    auth = auth_for(server, issuer)
    with build_client(options(server, auth)) as client:
        client.get("/data")
        issuer.revoke_all()  # the server expires the token while the client still believes in it
        barrier = threading.Barrier(WORKERS)

        def work(_: int) -> int:
            barrier.wait()
            return client.get("/data").status_code

        with ThreadPoolExecutor(WORKERS) as pool:
            statuses = list(pool.map(work, range(WORKERS)))
    assert statuses == [200] * WORKERS
    assert auth.token_requests == 2
    assert server.outcomes["GET /data"].count(401) <= WORKERS


def test_100_tasks_hitting_a_server_side_expiry_refresh_once(server: FaultyServer) -> None:
    issuer = issuer_for(server, "apikey")
    auth = auth_for(server, issuer)

    async def run() -> list[int]:
        async with build_async_client(options(server, auth)) as client:
            await client.get("/data")
            issuer.revoke_all()
            responses = await asyncio.gather(*(client.get("/data") for _ in range(WORKERS)))
            return [response.status_code for response in responses]

    assert asyncio.run(run()) == [200] * WORKERS
    assert auth.token_requests == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_401_refreshes_and_resends_once(server: FaultyServer, mode: str) -> None:
    issuer = issuer_for(server, "json")
    auth = auth_for(server, issuer)

    async def arun() -> httpx.Response:
        async with build_async_client(options(server, auth)) as client:
            await client.post("/jobs", json={})
            issuer.revoke_all()
            return await client.post("/jobs", json={})

    if mode == "sync":
        with build_client(options(server, auth)) as client:
            client.post("/jobs", json={})
            issuer.revoke_all()
            response = client.post("/jobs", json={})
    else:
        response = asyncio.run(arun())
    assert response.status_code == 201
    assert response.request.extensions["runbridge.attempts"] == 2  # the refused send and the resend
    assert server.outcomes["POST /jobs"] == [201, 401, 201]
    assert auth.token_requests == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_401_that_survives_the_refresh_is_an_authentication_error(server: FaultyServer, mode: str) -> None:
    issuer = issuer_for(server, "form")
    server.script("GET /data", respond(401, {"detail": "revoked client"}))
    auth = auth_for(server, issuer)

    with pytest.raises(AuthenticationError) as caught:
        get_once(mode, options(server, auth), "/data")
    assert caught.value.attempts == 2
    assert auth.token_requests == 2  # one refresh, then give up: no loop
    assert server.hits["GET /data"] == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_refused_refresh_is_a_token_error_and_the_next_call_refreshes_again(server: FaultyServer, mode: str) -> None:
    issuer = issuer_for(server, "form")
    issuer.fail_next(respond(400, {"error": "invalid_client", "error_description": f"bad secret {issuer.secret}"}))
    auth = auth_for(server, issuer)

    async def arun() -> list[Any]:
        async with build_async_client(options(server, auth)) as client:
            results: list[Any] = []
            for _ in range(2):
                try:
                    results.append((await client.get("/data")).status_code)
                except TokenError as error:
                    results.append(error)
            return results

    if mode == "sync":
        results: list[Any] = []
        with build_client(options(server, auth)) as client:
            for _ in range(2):
                try:
                    results.append(client.get("/data").status_code)
                except TokenError as error:
                    results.append(error)
    else:
        results = asyncio.run(arun())
    failure, status = results
    assert isinstance(failure, TokenError)
    assert failure.status_code == 400
    assert issuer.secret not in str(failure)
    assert "invalid_client" in str(failure)
    assert status == 200
    assert auth.token_requests == 2


def test_many_threads_behind_a_failed_refresh_are_not_wedged(server: FaultyServer) -> None:
    issuer = issuer_for(server, "json")
    issuer.fail_next(respond(403, {"error": "temporarily locked"}))
    auth = auth_for(server, issuer)
    with build_client(options(server, auth)) as client:
        barrier = threading.Barrier(20)

        def work(_: int) -> object:
            barrier.wait()
            try:
                return client.get("/data").status_code
            except TokenError as error:
                return error

        with ThreadPoolExecutor(20) as pool:
            outcomes = list(pool.map(work, range(20)))
    failures = [outcome for outcome in outcomes if isinstance(outcome, TokenError)]
    assert len(failures) == 1  # the thread whose refresh failed; the next one refreshed for everybody
    assert outcomes.count(200) == 19
    assert auth.token_requests == 2


def test_many_tasks_behind_a_failed_refresh_are_not_wedged(server: FaultyServer) -> None:
    issuer = issuer_for(server, "apikey")
    issuer.fail_next(respond(403, {"error": "temporarily locked"}))
    auth = auth_for(server, issuer)

    async def run() -> list[object]:
        async with build_async_client(options(server, auth)) as client:

            async def one() -> object:
                try:
                    return (await client.get("/data")).status_code
                except TokenError as error:
                    return error

            return list(await asyncio.gather(*(one() for _ in range(20))))

    outcomes = asyncio.run(run())
    assert sum(isinstance(outcome, TokenError) for outcome in outcomes) == 1
    assert outcomes.count(200) == 19
    assert auth.token_requests == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_token_endpoint_that_drops_connections_is_retried_then_recovers(server: FaultyServer, mode: str) -> None:
    issuer = issuer_for(server, "form")
    issuer.fail_next(drop(), drop(), drop(), drop())
    auth = auth_for(server, issuer)

    async def arun() -> list[Any]:
        async with build_async_client(options(server, auth)) as client:
            results: list[Any] = []
            for _ in range(2):
                try:
                    results.append((await client.get("/data")).status_code)
                except APIConnectionError as error:
                    results.append(error)
            return results

    if mode == "sync":
        results: list[Any] = []
        with build_client(options(server, auth)) as client:
            for _ in range(2):
                try:
                    results.append(client.get("/data").status_code)
                except APIConnectionError as error:
                    results.append(error)
    else:
        results = asyncio.run(arun())
    # Three sends (the token request is safe to repeat) fail; the next call's first send hits the fourth drop,
    # its retry succeeds.
    failure, status = results
    assert isinstance(failure, APIConnectionError)
    assert failure.attempts == 3
    assert "POST http://127.0.0.1" in str(failure)
    assert "/oauth/token failed after 3 attempts" in str(failure)
    assert status == 200
    assert issuer.requests == 5


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_stalled_token_endpoint_times_out_instead_of_hanging(server: FaultyServer, mode: str) -> None:
    issuer = issuer_for(server, "form")
    issuer.fail_next(stall())
    auth = auth_for(server, issuer)
    opts = options(server, auth, timeout=0.3, retry=RetryConfig.none())

    with pytest.raises(APITimeoutError):
        get_once(mode, opts, "/data")


@pytest.mark.parametrize("body", ["html", "no token", "bad token"])
def test_a_token_endpoint_answering_nonsense_is_a_token_error(server: FaultyServer, body: str) -> None:
    issuer = issuer_for(server, "form")
    answers = {
        "html": html(200),
        "no token": respond(200, {"token_type": "Bearer"}),
        "bad token": respond(200, {"access_token": "has spaces\r\nX-Injected: 1", "expires_in": 60}),
    }
    issuer.fail_next(answers[body])
    auth = auth_for(server, issuer)
    with build_client(options(server, auth)) as client, pytest.raises(TokenError) as caught:
        client.get("/data")
    assert "token endpoint http://127.0.0.1" in str(caught.value)
    assert "X-Injected" not in str(caught.value)


def test_a_static_token_is_sent_as_configured(server: FaultyServer) -> None:
    server.script("GET /echo", echo())
    static = StaticToken("k-123456", header="X-API-Key", prefix=None)
    with build_client(ClientOptions(server.base_url, auth=static)) as client:
        headers = client.get("/echo").json()["headers"]
    assert headers["x-api-key"] == "k-123456"
    assert headers["user-agent"].startswith("runbridge/")
    static.invalidate()  # a no-op, present so that every auth object can be told to forget its credential
    assert static.token_requests == 0


def test_threads_with_their_own_event_loops_and_sync_threads_share_one_refresh(server: FaultyServer) -> None:
    """One auth object used at once by sync clients in some threads and async clients on separate event loops
    in others: still one token request across the expiry."""
    issuer = issuer_for(server, "json", ttl=1)
    auth = auth_for(server, issuer)
    opts = options(server, auth)
    with build_client(opts) as client:
        client.get("/data")
    _expire_client_side(auth, issuer)
    barrier = threading.Barrier(40)

    def sync_worker() -> int:
        with build_client(opts) as client:
            barrier.wait()
            return client.get("/data").status_code

    def async_worker() -> int:
        async def run() -> int:
            async with build_async_client(opts) as client:
                await asyncio.to_thread(barrier.wait)
                return (await client.get("/data")).status_code

        return asyncio.run(run())

    with ThreadPoolExecutor(40) as pool:
        futures = [pool.submit(sync_worker if index % 2 else async_worker) for index in range(40)]
        statuses = [future.result() for future in futures]
    assert statuses == [200] * 40
    assert auth.token_requests == 2
    assert issuer.requests == 2
