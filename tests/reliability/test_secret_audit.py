"""Secret audit across every client: with debug logging on everywhere, every auth path and a failing variant of
each, no API key, client secret, bearer token, JWT or `access_token` value may appear in a log record, stderr,
the repr()/str() of any object touched, an exception message, APIResponseData.trace or a checkpoint file.

Tokens the sandboxes issue are JWTs, so besides the known secrets every text is also searched for anything
JWT-shaped (`eyJ...`.`...`): a token the test never saw cannot leak unnoticed either.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from runbridge import _logging
from runbridge.errors import RunbridgeError
from runbridge.sandbox import Sandbox, tokens
from runbridge.sandbox.faults import FaultInjection
from runbridge.sandbox.runagent import create_app as create_runagent_app
from runbridge.sandbox.runai import SANDBOX_CLIENT_SECRET
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings
from tests.reliability.loopback import RUNS_API_KEY, runai_configuration

pytestmark = pytest.mark.usefixtures("leak_guard")

AGENT_KEY = "ra-key-9d4c2e81f7a6b3"
WRONG = {
    "runai": "wrong-secret-4e1f9a",
    "runs": "bad-key-07c3d2e8",
    "runagent": "ra-wrong-55aa01",
}
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
# A valid control-plane token handed over as `bearer_token`; issued at collection, so it must outlive a slow run.
BEARER = tokens.issue("audit-bearer", 24 * 3600)


class Audit:
    """Collects every text the SDK produced and every object it handed back, then looks for secrets in them."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.secrets = {SANDBOX_CLIENT_SECRET, RUNS_API_KEY, AGENT_KEY, BEARER, *WRONG.values()}
        self.required: list[str] = []  # redacted forms the logs must show: proof the credential path ran

    def require_logged(self, *texts: str) -> None:
        self.required.extend(texts)

    def see(self, where: str, *objects: Any) -> None:
        for obj in objects:
            self.texts.append((f"{where}: repr", repr(obj)))
            self.texts.append((f"{where}: str", str(obj)))
            if isinstance(obj, BaseException):
                self.texts.append((f"{where}: args", repr(obj.args)))
                cause = obj.__cause__ or obj.__context__
                if isinstance(cause, BaseException) and cause is not obj:
                    self.see(f"{where} (cause)", cause)
            trace = getattr(obj, "trace", None)
            if trace is not None:
                self.texts.append((f"{where}: trace", repr(trace)))

    def expect_failure(self, where: str, call: Callable[[], Any]) -> RunbridgeError:
        with pytest.raises(RunbridgeError) as caught:
            call()
        self.see(where, caught.value)
        return caught.value

    def leaks(self) -> list[str]:
        found = []
        for where, text in self.texts:
            found += [f"{where}: {secret[:6]}..." for secret in self.secrets if secret in text]
            found += [f"{where}: JWT {match[:12]}..." for match in JWT.findall(text)]
        return found


@pytest.fixture
def audit(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Iterator[Audit]:
    """Debug logging for runbridge (as RUNBRIDGE_LOG=debug does) and for every other logger, httpx and httpcore
    included; at the end the log records and whatever reached stderr are audited with the rest."""
    audit = Audit()
    _logging.enable(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "websockets", "runbridge"):
        caplog.set_level(logging.DEBUG, logger=name)
    try:
        yield audit
    finally:
        _logging.disable()
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert records, "debug logging produced nothing: the audit would be vacuous"
    for record in records:
        audit.texts.append((f"log {record.name}", record.getMessage()))
        if record.exc_info and record.exc_info[1] is not None:
            audit.see(f"log {record.name} exception", record.exc_info[1])
    out, err = capfd.readouterr()
    audit.texts += [("stdout", out), ("stderr", err)]
    assert audit.leaks() == []
    logged = "\n".join(record.getMessage() for record in records)
    assert [text for text in audit.required if text not in logged] == []


@pytest.fixture(scope="module")
def agent_url(sandbox: Sandbox) -> Iterator[str]:
    """A RunAgent server that requires an API key (the shared sandbox's does not)."""
    settings = SandboxSettings(stream_delay_ms=2)
    with serve(FaultInjection(create_runagent_app(settings, api_key=AGENT_KEY), settings)) as url:
        yield url


# -- Run:ai: client credentials (v1 JSON, v2 form), a bearer token, a refused secret -----------------------------


@pytest.mark.parametrize("mode", ["sync", "async", "async-aiohttp"])
@pytest.mark.parametrize("credentials", ["v1-json", "v2-form", "bearer"])
def test_runai_auth_paths_leak_nothing(audit: Audit, sandbox: Sandbox, credentials: str, mode: str) -> None:
    from runbridge.runai import ApiClient, AsyncApiClient, RunaiClient

    options: dict[str, Any] = {"debug": True}
    if credentials == "v1-json":
        options["token_endpoint"] = "v1"
    elif credentials == "bearer":
        options.update(bearer_token=BEARER, client_id=None, client_secret=None)
    config = runai_configuration(sandbox.urls["runai"], **options)

    api: ApiClient | AsyncApiClient
    if mode == "sync":
        api = ApiClient(config)
        with RunaiClient(api) as client:
            projects = client.organizations.projects.get_projects()
            audit.expect_failure("runai 404", lambda: client.organizations.projects.get_project("no-such-project"))
    else:
        api = AsyncApiClient(config, backend="aiohttp" if mode == "async-aiohttp" else "httpx")

        async def scenario() -> Any:
            async with RunaiClient(api) as client:
                result = await client.organizations.projects.get_projects()
                with pytest.raises(RunbridgeError) as caught:
                    await client.organizations.projects.get_project("no-such-project")
                audit.see("runai 404", caught.value)
                return result

        projects = asyncio.run(scenario())
    audit.see("runai", config, api, api.auth, projects)
    audit.require_logged("'authorization': '[REDACTED]'")


@pytest.mark.parametrize("style", ["v1", "v2"])
def test_runai_refused_client_secret_leaks_nothing(audit: Audit, sandbox: Sandbox, style: str) -> None:
    from runbridge.runai import ApiClient, RunaiClient

    config = runai_configuration(
        sandbox.urls["runai"], client_secret=WRONG["runai"], token_endpoint=style, retry_max_retries=0
    )
    api = ApiClient(config)
    with RunaiClient(api) as client:
        audit.expect_failure("runai wrong secret", lambda: client.organizations.projects.get_projects())
    audit.see("runai wrong secret", config, api, api.auth)


# -- runs service: API key exchange, the stream's access_token, a refused key ---------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async", "async-aiohttp"])
def test_runs_key_exchange_and_stream_token_leak_nothing(audit: Audit, sandbox: Sandbox, mode: str) -> None:
    from runbridge.runs import AsyncRunsClient, RunsClient

    url = sandbox.urls["runs"]
    if mode == "sync":
        with RunsClient(url, api_key=RUNS_API_KEY, stream_auth="query") as client:
            run = client.runs.execute("summarize", {"text": "audit me"})
            with client.runs.stream(run.id) as stream:
                events = list(stream)
            audit.expect_failure("runs 404", lambda: client.runs.retrieve("no-such-run"))
            audit.see("runs", client, run, *events)
    else:

        async def scenario() -> None:
            backend = "aiohttp" if mode == "async-aiohttp" else "httpx"
            async with AsyncRunsClient(url, api_key=RUNS_API_KEY, stream_auth="query", backend=backend) as client:
                run = await client.runs.execute("summarize", {"text": "audit me"})
                async with await client.runs.stream(run.id) as stream:
                    events = [event async for event in stream]
                with pytest.raises(RunbridgeError) as caught:
                    await client.runs.retrieve("no-such-run")
                audit.see("runs", client, run, caught.value, *events)

        asyncio.run(scenario())
    audit.require_logged("/token/issue", "access_token=[REDACTED]")


def test_runs_refused_api_key_leaks_nothing(audit: Audit, sandbox: Sandbox) -> None:
    from runbridge.runs import RunsClient

    with RunsClient(sandbox.urls["runs"], api_key=WRONG["runs"], max_retries=0) as client:
        audit.expect_failure("runs wrong key", lambda: list(client.runs.list(limit=1)))
        audit.see("runs wrong key", client)


# -- RunAgent: API key on REST and on the WebSocket's ?token=, a refused key ----------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async", "async-aiohttp"])
def test_runagent_key_on_rest_and_websocket_leaks_nothing(audit: Audit, agent_url: str, mode: str) -> None:
    from runbridge.runagent import AsyncRunAgentClient, RunAgentClient

    if mode == "sync":
        with RunAgentClient("echo", api_key=AGENT_KEY, base_url=agent_url) as agent:
            result = agent.run_generic({"message": "audit"})
            chunks = list(agent.run_generic_stream({"message": "audit the stream"}))
            audit.see("runagent", agent, result, chunks)
        with RunAgentClient("nobody", api_key=AGENT_KEY, base_url=agent_url) as missing:
            audit.expect_failure("runagent unknown agent", lambda: missing.run_generic({"message": "x"}))
    else:

        async def scenario() -> None:
            backend = "aiohttp" if mode == "async-aiohttp" else "httpx"
            async with AsyncRunAgentClient("echo", api_key=AGENT_KEY, base_url=agent_url, backend=backend) as agent:
                result = await agent.run_generic({"message": "audit"})
                chunks = [chunk async for chunk in agent.run_generic_stream({"message": "audit the stream"})]
                audit.see("runagent", agent, result, chunks)

        asyncio.run(scenario())
    audit.require_logged("'authorization': '[REDACTED]'", "run-stream?token=[REDACTED]")


@pytest.mark.parametrize("mode", ["sync", "async", "async-aiohttp"])
def test_runagent_refused_key_leaks_nothing(audit: Audit, agent_url: str, mode: str) -> None:
    from runbridge.runagent import AsyncRunAgentClient, RunAgentClient

    if mode == "sync":
        with RunAgentClient("echo", api_key=WRONG["runagent"], base_url=agent_url, max_retries=0) as agent:
            audit.expect_failure("runagent wrong key", lambda: agent.run_generic({"message": "x"}))
            audit.expect_failure("runagent wrong key ws", lambda: list(agent.run_generic_stream({"message": "x"})))
            audit.see("runagent wrong key", agent)
        return

    async def scenario() -> None:
        backend = "aiohttp" if mode == "async-aiohttp" else "httpx"
        options: dict[str, Any] = {"api_key": WRONG["runagent"], "base_url": agent_url, "max_retries": 0}
        async with AsyncRunAgentClient("echo", backend=backend, **options) as agent:
            for call in (
                lambda: agent.run_generic({"message": "x"}),
                lambda: _drain(agent.run_generic_stream({"message": "x"})),
            ):
                with pytest.raises(RunbridgeError) as caught:
                    await call()
                audit.see("runagent wrong key", caught.value)
            audit.see("runagent wrong key", agent)

    asyncio.run(scenario())


async def _drain(stream: Any) -> list[Any]:
    return [chunk async for chunk in stream]


# -- the registry: traces and checkpoint files --------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_registry_traces_and_checkpoints_leak_nothing(
    audit: Audit, sandbox: Sandbox, agent_url: str, tmp_path: Path, backend: str
) -> None:
    from runbridge.runners import APIRunner

    config = {
        "runagent": {"agent_id": "echo", "base_url": agent_url, "api_key": AGENT_KEY},
        "interaction": {"interaction": "summarize", "base_url": sandbox.urls["runs"], "api_key": RUNS_API_KEY},
    }
    failing = {
        "runagent": {"agent_id": "echo", "base_url": agent_url, "api_key": WRONG["runagent"]},
        "interaction": {"interaction": "summarize", "base_url": sandbox.urls["runs"], "api_key": WRONG["runs"]},
    }
    checkpoints = []
    for label, section in (("ok", config), ("refused", failing)):
        with APIRunner(section, show_progress=False, backend=backend) as runner:
            for name in section:
                checkpoint = tmp_path / f"{label}-{name}.jsonl"
                checkpoints.append(checkpoint)
                results = asyncio.run(runner.execute_batch(name, ["first", "second"], checkpoint=checkpoint))
                assert all(result.failed == (label == "refused") for result in results), results
                audit.see(f"registry {label} {name}", runner, runner[name], *results)
                audit.see(f"registry {label} {name} errors", *[r.error for r in results if r.error is not None])
    for checkpoint in checkpoints:
        audit.texts.append((f"checkpoint {checkpoint.name}", checkpoint.read_text()))


def test_the_audit_finds_what_it_looks_for() -> None:
    audit = Audit()
    audit.see("planted", RuntimeError(f"Authorization: Bearer {BEARER}"), {"api_key": RUNS_API_KEY})
    audit.texts.append(("planted log", f"GET /runs/1/stream?access_token={tokens.issue('other', 60)}"))
    leaks = audit.leaks()
    assert any("RuntimeError" not in leak and "planted: repr" in leak for leak in leaks)
    assert any(leak.startswith("planted log: JWT") for leak in leaks)
