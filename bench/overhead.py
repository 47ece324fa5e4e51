"""Per-call overhead: a runbridge call vs raw httpx (and vs the vendor's client) on the same loopback server.

Every case is an interleaved A/B(/C) run: blocks of calls alternate between the variants (A B C, C B A, ...)
until each made `calls` calls. Reported per variant: median and p90 of wall time and of client CPU per call,
the wall ratio and the CPU difference against raw `httpx.Client` (or `httpx.AsyncClient`) making the same
request with a reused connection and `raise_for_status()` + `.json()`.

Targets for a typed runbridge call: ≤ 1.10× raw httpx wall and ≤ +60 µs client CPU.

Cases (sync and async each):
* transport  runbridge's transport client (`runbridge.transport.build_client`) on the benchmarks' JSON route
* runs       the generated typed endpoint GET /runs/{id} against the runs sandbox
* runai      the generated typed GET /api/v1/org-unit/projects against the Run:ai sandbox, and runapy 1.224
* runicorn   the generated typed GET /api/runs/{run_id} against the real Runicorn 0.7.2 viewer, its facade,
             and runicorn's own client
* runagent   the generated typed POST /api/v1/agents/{id}/run against the real `runagent serve`, its facade,
             and runagent's own client
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench._measure import Block, Samples, async_block, interleave, time_sync
from bench._report import Section, Table, Unavailable, ratio, us, verdict
from bench.peers import PeerWorker
from bench.servers import Process, ServerError, bench_server, runagent_server, runicorn_viewer

WALL_TARGET = 1.10
CPU_TARGET_US = 60.0
RAW = "raw httpx"


@dataclass
class Variant:
    """One contender in a case."""

    label: str
    block: Block
    role: str  # "raw", "runbridge" (held to the targets), "runbridge-facade", "vendor"


@dataclass
class Context:
    """Servers started on demand and shared by the cases of one run; closed together at the end."""

    stack: contextlib.ExitStack
    runner: asyncio.Runner
    servers: dict[str, Process] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    def server(self, name: str) -> Process:
        if name in self.failures:
            raise Unavailable(self.failures[name])
        if name not in self.servers:
            factory: Callable[[], contextlib.AbstractContextManager[Process]]
            if name == "viewer":
                factory = runicorn_viewer
            elif name == "runagent":
                factory = runagent_server
            else:
                factory = lambda: bench_server(name)  # noqa: E731
            try:
                self.servers[name] = self.stack.enter_context(factory())
            except ServerError as exc:
                self.failures[name] = f"server {name!r} did not start: {str(exc).splitlines()[0]}"
                raise Unavailable(self.failures[name]) from exc
        return self.servers[name]


# -- variant builders -----------------------------------------------------------------------------------------


def raw_variant(ctx: Context, asynchronous: bool, base_url: str, method: str, path: str, **request: Any) -> Variant:
    """Plain httpx with a reused connection: the reference every other variant is compared with."""
    headers = request.pop("headers", None)
    if asynchronous:
        aclient = httpx.AsyncClient(base_url=base_url, headers=headers)
        ctx.stack.callback(lambda: ctx.runner.run(aclient.aclose()))

        async def acall() -> Any:
            response = await aclient.request(method, path, **request)
            response.raise_for_status()
            return response.json()

        return Variant(RAW, async_block(ctx.runner, acall), "raw")
    client = ctx.stack.enter_context(httpx.Client(base_url=base_url, headers=headers))

    def call() -> Any:
        response = client.request(method, path, **request)
        response.raise_for_status()
        return response.json()

    return Variant(RAW, lambda n: time_sync(call, n), "raw")


def transport_variant(ctx: Context, asynchronous: bool, base_url: str, path: str) -> Variant:
    from runbridge.transport import ClientOptions, build_async_client, build_client

    options = ClientOptions(base_url)
    label = "runbridge transport client"
    if asynchronous:
        aclient = build_async_client(options)
        ctx.stack.callback(lambda: ctx.runner.run(aclient.aclose()))

        async def acall() -> Any:
            return (await aclient.get(path)).json()

        return Variant(label, async_block(ctx.runner, acall), "runbridge")
    client = ctx.stack.enter_context(build_client(options))
    return Variant(label, lambda n: time_sync(lambda: client.get(path).json(), n), "runbridge")


def _generated_module(package: str, route: str) -> Any:
    try:
        operations = importlib.import_module(f"runbridge_generated.{package}._operations").OPERATIONS
    except ModuleNotFoundError as exc:
        raise Unavailable(f"generated package `runbridge_generated.{package}` not yet available") from exc
    if route not in operations:
        raise Unavailable(f"`{route}` is not in runbridge_generated.{package}")
    return importlib.import_module(f"runbridge_generated.{package}.{operations[route].module}")


def generated_variant(
    ctx: Context,
    asynchronous: bool,
    package: str,
    route: str,
    base_url: str,
    kwargs: Callable[[str], Mapping[str, Any]] | Mapping[str, Any],
    *,
    auth: httpx.Auth | None = None,
) -> Variant:
    """A typed call through a generated endpoint module on runbridge's transport (what the facades call)."""
    from runbridge.transport import ClientOptions, attach

    module = _generated_module(package, route)
    client_module = importlib.import_module(f"runbridge_generated.{package}.client")
    options = ClientOptions(base_url, auth=auth)
    generated = attach(client_module.Client(base_url=base_url), options, asynchronous=asynchronous)
    call_kwargs = dict(kwargs(package) if callable(kwargs) else kwargs)
    label = f"runbridge typed `{package}.{module.__name__.rsplit('.', 1)[-1]}`"
    if asynchronous:
        ctx.stack.callback(lambda: ctx.runner.run(generated.get_async_httpx_client().aclose()))

        async def acall() -> Any:
            return await module.asyncio(client=generated, **call_kwargs)

        return Variant(label, async_block(ctx.runner, acall), "runbridge")
    ctx.stack.callback(generated.get_httpx_client().close)
    return Variant(label, lambda n: time_sync(lambda: module.sync(client=generated, **call_kwargs), n), "runbridge")


def peer_variant(
    ctx: Context, peer: str, target: str, params: Mapping[str, Any], label: str, env: Mapping[str, str] | None = None
) -> Variant:
    worker = PeerWorker(peer, target, params, env=env)
    ctx.stack.callback(worker.close)
    return Variant(f"{label} (Python {worker.python_version}, `.peers/{peer}`)", worker.block, "vendor")


def optional(ctx: Context, variants: list[Variant], name: str, build: Callable[[], Variant]) -> None:
    """Add a variant that may not exist yet on this commit (a facade still being written); note why if not."""
    try:
        variants.append(build())
    except Unavailable as exc:
        ctx.failures[name] = str(exc)
    except Exception as exc:  # a half-written package: report it, measure the rest
        ctx.failures[name] = f"not measured: {type(exc).__name__}: {exc}"


# -- the cases --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One interleaved comparison; `build` returns its variants, raw httpx first."""

    key: str
    title: str
    build: Callable[[Context, bool], list[Variant]]
    modes: tuple[bool, ...] = (False, True)  # sync, async


def _transport(ctx: Context, asynchronous: bool) -> list[Variant]:
    base = ctx.server("bench").base_url
    return [
        raw_variant(ctx, asynchronous, base, "GET", "/json/1"),
        transport_variant(ctx, asynchronous, base, "/json/1"),
    ]


def _runicorn(ctx: Context, asynchronous: bool) -> list[Variant]:
    viewer = ctx.server("viewer")
    run_id = viewer.extra["run_ids"][0]
    variants = [raw_variant(ctx, asynchronous, viewer.base_url, "GET", f"/api/runs/{run_id}")]
    variants.append(
        generated_variant(
            ctx, asynchronous, "runicorn_viewer", "GET /api/runs/{run_id}", viewer.base_url, {"run_id": run_id}
        )
    )
    optional(
        ctx, variants, "runbridge.runicorn facade", lambda: _runicorn_facade(ctx, asynchronous, viewer.base_url, run_id)
    )
    if not asynchronous:  # runicorn's client is sync only
        params = {"base_url": viewer.base_url, "run_id": run_id}
        try:
            variants.append(
                peer_variant(ctx, "runicorn-0.7.2", "runicorn.get_run", params, "runicorn.client `get_run`")
            )
        except Unavailable as exc:
            ctx.failures["runicorn peer"] = str(exc)
    return variants


def _runicorn_facade(ctx: Context, asynchronous: bool, base_url: str, run_id: str) -> Variant:
    try:
        module = importlib.import_module("runbridge.runicorn")
        module.RunicornClient  # noqa: B018 - probe: the package may exist before its client does
    except (ModuleNotFoundError, AttributeError) as exc:
        raise Unavailable("runbridge.runicorn not yet available") from exc
    label = "runbridge.runicorn facade `get_run`"
    if asynchronous:
        aclient = module.AsyncRunicornClient(base_url)
        ctx.stack.callback(lambda: ctx.runner.run(aclient.aclose()))
        return Variant(label, async_block(ctx.runner, lambda: aclient.get_run(run_id)), "runbridge-facade")
    client = module.RunicornClient(base_url)
    ctx.stack.callback(client.close)
    return Variant(label, lambda n: time_sync(lambda: client.get_run(run_id), n), "runbridge-facade")


def _agent_body(package: str) -> dict[str, Any]:
    models = importlib.import_module(f"runbridge_generated.{package}.models")
    body = models.AgentRunRequest.from_dict(
        {"entrypoint_tag": "generic", "input_args": [], "input_kwargs": {"message": "hi"}}
    )
    return {"body": body}


def _runagent(ctx: Context, asynchronous: bool) -> list[Variant]:
    server = ctx.server("runagent")
    agent_id = server.extra["agent_id"]
    path = f"/api/v1/agents/{agent_id}/run"
    payload = {"entrypoint_tag": "generic", "input_args": [], "input_kwargs": {"message": "hi"}}
    variants = [raw_variant(ctx, asynchronous, server.base_url, "POST", path, json=payload)]

    def kwargs(package: str) -> dict[str, Any]:
        return {"agent_id": agent_id, **_agent_body(package)}

    variants.append(
        generated_variant(ctx, asynchronous, "agents", "POST /api/v1/agents/{agent_id}/run", server.base_url, kwargs)
    )
    optional(
        ctx,
        variants,
        "runbridge.runagent facade",
        lambda: _runagent_facade(ctx, asynchronous, server.base_url, agent_id),
    )
    if not asynchronous:  # runagent 0.1.49 removed its async client
        host, port = server.base_url.removeprefix("http://").split(":")
        params = {"agent_id": agent_id, "host": host, "port": port}
        try:
            variants.append(
                peer_variant(ctx, "runagent-0.1.49", "runagent.run", params, "runagent `RunAgentClient.run`")
            )
        except Unavailable as exc:
            ctx.failures["runagent peer"] = str(exc)
    return variants


def _runagent_facade(ctx: Context, asynchronous: bool, base_url: str, agent_id: str) -> Variant:
    try:
        module = importlib.import_module("runbridge.runagent")
        sync_cls, async_cls = module.RunAgentClient, module.AsyncRunAgentClient
    except (ModuleNotFoundError, AttributeError) as exc:
        raise Unavailable("runbridge.runagent not yet available") from exc
    label = "runbridge.runagent facade `run_generic`"
    if asynchronous:
        aclient = async_cls(agent_id, base_url=base_url)
        ctx.stack.callback(lambda: ctx.runner.run(aclient.aclose()))
        return Variant(
            label, async_block(ctx.runner, lambda: aclient.run_generic({"message": "hi"})), "runbridge-facade"
        )
    client = sync_cls(agent_id, base_url=base_url)
    ctx.stack.callback(client.close)
    return Variant(label, lambda n: time_sync(lambda: client.run_generic({"message": "hi"}), n), "runbridge-facade")


CASES: tuple[Case, ...] = (
    Case("transport", "runbridge transport client vs raw httpx (benchmarks' JSON route, 430-byte body)", _transport),
    Case("runicorn", "GET /api/runs/{run_id} on the real Runicorn 0.7.2 viewer", _runicorn),
    Case("runagent", "POST /api/v1/agents/{id}/run on the real `runagent serve` 0.1.49 (echo agent)", _runagent),
)


# -- running and reporting ------------------------------------------------------------------------------------


def _summaries(results: Mapping[str, Samples]) -> dict[str, dict[str, float]]:
    return {label: samples.summary() for label, samples in results.items()}


def run_case(
    ctx: Context, case: Case, asynchronous: bool, *, calls: int, block: int
) -> tuple[list[Variant], dict[str, dict[str, float]]]:
    variants = case.build(ctx, asynchronous)
    results = interleave({v.label: v.block for v in variants}, calls=calls, block=block, warmup=min(30, calls))
    return variants, _summaries(results)


@contextlib.contextmanager
def context() -> Iterator[Context]:
    with contextlib.ExitStack() as stack, asyncio.Runner() as runner:
        ctx = Context(stack, runner)
        try:
            yield ctx
        finally:
            stack.close()  # before the runner's loop closes: async clients close on it


def run(*, calls: int = 1000, block: int = 50, cases: list[str] | None = None) -> Section:
    """Run the cases (all, or those named `key` / `key.sync` / `key.async`)."""
    section = Section(
        name="overhead",
        title="Per-call overhead",
        intro=(
            f"Interleaved blocks of {block} calls until each variant made {calls} calls (after a warm-up), same "
            "loopback server, keep-alive connections. Wall and client CPU per call, median and p90. Ratios and CPU "
            "differences are against raw httpx in the same case. Targets for the runbridge typed call: ≤ 1.10× "
            "wall and ≤ +60 µs CPU."
        ),
        command=f"python -m bench --only overhead{' --quick' if calls < 500 else ''}",
    )
    columns = [
        "variant",
        "calls",
        "wall median",
        "wall p90",
        "CPU median",
        "CPU p90",
        "wall vs raw",
        "CPU vs raw",
        "target",
        "reproduce",
    ]
    selected = set(cases or [])
    with context() as ctx:
        for case in CASES:
            for asynchronous in case.modes:
                mode = "async" if asynchronous else "sync"
                key = f"{case.key}.{mode}"
                if selected and case.key not in selected and key not in selected:
                    continue
                command = f"`python -m bench --only overhead --case {key}`"
                table = Table(f"{case.title} — {mode}", columns)
                try:
                    variants, summaries = run_case(ctx, case, asynchronous, calls=calls, block=block)
                except Unavailable as exc:
                    table.add(f"not measured: {exc}", "", "", "", "", "", "", "", "", command)
                    section.tables.append(table)
                    section.data[key] = {"unavailable": str(exc)}
                    continue
                _fill(section, table, key, variants, summaries, command)
                section.tables.append(table)
                section.data[key] = summaries
        for name, reason in ctx.failures.items():
            section.notes.append(f"{name}: {reason}")
    return section


def _fill(
    section: Section,
    table: Table,
    key: str,
    variants: list[Variant],
    summaries: Mapping[str, Mapping[str, float]],
    command: str,
) -> None:
    raw = summaries[variants[0].label]
    for variant in variants:
        stats = summaries[variant.label]
        wall_ratio = stats["wall_median_us"] / raw["wall_median_us"]
        cpu_delta = stats["cpu_median_us"] - raw["cpu_median_us"]
        target = "–"
        if variant.role == "runbridge":
            ok = wall_ratio <= WALL_TARGET and cpu_delta <= CPU_TARGET_US
            target = verdict(ok)
            if not ok:
                section.misses.append(
                    f"{key}: {variant.label} is {ratio(wall_ratio)} raw httpx wall and {cpu_delta:+.0f} µs CPU "
                    f"per call (targets ≤ 1.10×, ≤ +60 µs)"
                )
        table.add(
            variant.label,
            int(stats["n"]),
            us(stats["wall_median_us"]),
            us(stats["wall_p90_us"]),
            us(stats["cpu_median_us"]),
            us(stats["cpu_p90_us"]),
            "1.00×" if variant.role == "raw" else ratio(wall_ratio),
            "±0 µs" if variant.role == "raw" else f"{cpu_delta:+.0f} µs",
            target,
            command,
        )
