"""Secret audit: with debug logging on, every auth path and error path runs against a loopback server, and no
client secret, API key, bearer token, JWT or access_token value may appear in log records (runbridge's, httpx's
and httpcore's), in the repr of any public object, in exception messages (causes included), or in capture()."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runbridge import _logging
from runbridge.auth import ApiKeyExchange, ClientCredentials, StaticToken, TokenAuth
from runbridge.errors import RunbridgeError
from runbridge.retry import RetryConfig
from runbridge.transport import ClientOptions, build_async_client, build_client, capture
from tests.integration.faulty_server import FaultyServer, TokenIssuer, drop, echo, respond

ROOT = Path(__file__).resolve().parents[2]
FAST = RetryConfig(max_attempts=2, backoff_factor=0.01, jitter=False)
STATIC_KEY = "sk-static-0123456789abcdef"
QUERY_TOKEN = "qtok-abcdef0123456789"


@pytest.fixture
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as running:
        yield running


@pytest.fixture
def debug_logging(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """RUNBRIDGE_LOG=debug as a fixture: runbridge's handler on, every logger captured at DEBUG."""
    _logging.enable(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        yield caplog
    finally:
        _logging.disable()


def _exception_texts(error: BaseException) -> list[str]:
    texts, seen = [], set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return texts


class Audit:
    """Everything a user or an operator could see."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.errors: list[BaseException] = []

    def expect_error(self, action: Any) -> None:
        try:
            action()
        except RunbridgeError as error:
            self.errors.append(error)
            self.texts += _exception_texts(error)
        else:
            raise AssertionError("the scenario was meant to fail")

    def look_at(self, *objects: object) -> None:
        self.texts += [repr(item) for item in objects] + [str(item) for item in objects]


def _scenarios(server: FaultyServer, audit: Audit) -> tuple[list[TokenIssuer], list[TokenAuth]]:
    issuers: list[TokenIssuer] = []
    auths: list[TokenAuth] = []
    for style, path in (("form", "/oauth/token"), ("json", "/api/v1/token"), ("apikey", "/auth/token")):
        issuer = TokenIssuer(style)
        token_route = f"POST {path}{style}"
        server.script(token_route, issuer.endpoint())
        server.script(f"GET /data/{style}", issuer.protect(respond(200, {"ok": True})))
        # A careless server that echoes the credentials it was sent in its error body.
        server.script(f"GET /echo-error/{style}", _echo_error())
        server.script(f"GET /boom/{style}", issuer.protect(respond(500, {"access_token": "leaked-by-server"})))
        server.script(f"POST /drop/{style}", drop())
        url = server.url(f"{path}{style}")
        auth: TokenAuth
        if style == "apikey":
            auth = ApiKeyExchange(url, issuer.secret)
        else:
            auth = ClientCredentials(url, issuer.client_id, issuer.secret, style="json" if style == "json" else "form")
        issuers.append(issuer)
        auths.append(auth)
        opts = ClientOptions(server.base_url, auth=auth, retry=FAST, timeout=5.0, headers={"X-Api-Key": STATIC_KEY})
        with build_client(opts) as client:
            assert client.get(f"/data/{style}").status_code == 200
            issuer.revoke_all()  # a 401 on an expired token, then a refresh and a resend
            assert client.get(f"/data/{style}", params={"access_token": QUERY_TOKEN}).status_code == 200
            audit.expect_error(lambda client=client, style=style: client.get(f"/echo-error/{style}"))
            audit.expect_error(lambda client=client, style=style: client.get(f"/boom/{style}"))
            audit.expect_error(lambda client=client, style=style: client.post(f"/drop/{style}", json={}))
            audit.look_at(opts, client, auth, auth.token)
        # The token endpoint refuses, and says what it was sent.
        issuer.fail_next(_echo_error(status=400))
        auth.invalidate()
        with build_client(opts) as client:
            audit.expect_error(lambda client=client, style=style: client.get(f"/data/{style}"))

        async def run_async(opts: ClientOptions = opts, style: str = style) -> None:
            async with build_async_client(opts) as client:
                await client.get(f"/data/{style}")
                try:
                    await client.get(f"/echo-error/{style}")
                except RunbridgeError as error:
                    audit.errors.append(error)
                    audit.texts.extend(_exception_texts(error))
                audit.look_at(client)

        asyncio.run(run_async())
    return issuers, auths


def _echo_error(status: int = 401) -> Any:
    """An error response that repeats the request's credentials in several shapes."""

    async def action(conversation: Any) -> bool:
        request = conversation.request
        body = {
            "detail": f"rejected {request.headers.get('authorization', '')} for {request.headers.get('x-api-key')}",
            "received": request.body.decode(errors="replace"),
            "access_token": request.headers.get("authorization", "").removeprefix("Bearer "),
        }
        return bool(await respond(status, body)(conversation))

    return action


def _secrets(issuers: list[TokenIssuer]) -> list[str]:
    values = [STATIC_KEY, QUERY_TOKEN, "leaked-by-server"]
    for issuer in issuers:
        values.append(issuer.secret)
        values.extend(issuer.issued)
    return values


def test_no_secret_in_logs_reprs_errors_or_traces(server: FaultyServer, debug_logging: Any) -> None:
    audit = Audit()
    with capture() as exchanges:
        issuers, auths = _scenarios(server, audit)
    secrets = _secrets(issuers)
    assert all(len(issuer.issued) >= 2 for issuer in issuers)  # each style refreshed after its 401

    records = debug_logging.records
    log_text = "\n".join(f"{record.name} {record.getMessage()}" for record in records)
    trace_text = "\n".join(repr(exchange) + str(exchange.as_dict()) for exchange in exchanges)
    public_reprs = "\n".join([*audit.texts, *(repr(auth) for auth in auths), repr(StaticToken(STATIC_KEY))])
    for secret in secrets:
        assert secret not in log_text, f"a secret leaked into the logs: {secret[:6]}..."
        assert secret not in trace_text
        assert secret not in public_reprs

    # The audit saw what it claims to have seen.
    httpx_lines = [record.getMessage() for record in records if record.name == "httpx"]
    assert any("access_token=[REDACTED]" in line for line in httpx_lines)
    assert any(record.name.startswith("httpcore.") for record in records)
    assert any("'authorization': '[REDACTED]'" in record.getMessage() for record in records)
    assert any("'x-api-key': '[REDACTED]'" in record.getMessage() for record in records)
    assert len(audit.errors) == 15
    assert any(exchange.url.endswith("access_token=[REDACTED]") for exchange in exchanges)


def test_runbridge_log_debug_in_a_fresh_process_leaks_nothing(server: FaultyServer) -> None:
    issuer = TokenIssuer("form")
    server.script("POST /oauth/token", issuer.endpoint())
    server.script("GET /data", issuer.protect(echo()))
    server.script("GET /fail", respond(403, {"detail": "no", "token": "x"}))
    script = textwrap.dedent(
        f"""
        import logging, sys
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
        from runbridge.auth import ClientCredentials
        from runbridge.errors import PermissionDeniedError
        from runbridge.transport import ClientOptions, build_client
        auth = ClientCredentials({server.url("/oauth/token")!r}, {issuer.client_id!r}, sys.argv[1])
        with build_client(ClientOptions({server.base_url!r}, auth=auth)) as client:
            client.get("/data", params={{"access_token": sys.argv[2]}})
            try:
                client.get("/fail")
            except PermissionDeniedError as error:
                print(error, repr(error), file=sys.stderr)
            print(repr(auth), repr(client), auth.token, file=sys.stderr)
        """
    )
    env = {**os.environ, "RUNBRIDGE_LOG": "debug", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", script, issuer.secret, QUERY_TOKEN],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    output = result.stdout + result.stderr
    assert "runbridge.http" in output  # RUNBRIDGE_LOG turned runbridge's logging on
    assert "HTTP Request: GET" in output  # and httpx's own request line was there to be redacted
    for secret in [issuer.secret, QUERY_TOKEN, *issuer.issued]:
        assert secret not in output
