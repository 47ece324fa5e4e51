"""Async backends side by side: httpx's connection pool vs aiohttp's (`backend="aiohttp"`, `runbridge[aiohttp]`).

Two questions, each answered in one run with the same servers:

* client CPU per query: one call at a time, interleaved blocks (A B, B A, ...) as in the overhead benchmark. The
  runs facade's `runs.retrieve` against the runs sandbox and runbridge's transport client on the benchmarks' JSON
  route, each over both pools, with plain httpx.AsyncClient and aiohttp.ClientSession as the floors of each pool;
* the wide async batch: N queries to a server that answers after 20 ms, at concurrency C, through runbridge's
  async transport client over each pool (one pool sized to the concurrency, and one pool per 10 slots, the
  registry's spread), the registry's own async `http` runner over each pool, and a raw `ThreadPoolExecutor(C)` with
  httpx.Client as the reference the registry is held to. Median wall of the repeats, its ratio to the ideal
  N × 20 ms / C and to the thread pool.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

import httpx

from bench._measure import Block, Samples, async_block, interleave, median
from bench._report import Section, Table, Unavailable, ratio, us
from bench.overhead import BENCH_API_KEY, Context, context
from bench.registry_batch import (
    LATENCY_MS,
    SHARD,
    Batch,
    Outcome,
    asyncio_httpx_sharded,
    registry_async,
    threads_httpx,
    timed,
)
from bench.servers import bench_server

BACKENDS = ("httpx", "aiohttp")
FULL_CONFIGS = ((1000, 50), (1000, 200))
THREADS = "ThreadPoolExecutor + httpx.Client (reference)"


# -- client CPU per query ------------------------------------------------------------------------------------------


def _transport(ctx: Context, base_url: str, backend: str) -> Block:
    from runbridge.transport import AsyncRunbridgeClient, ClientOptions

    client = AsyncRunbridgeClient(ClientOptions(base_url, backend=backend))  # type: ignore[arg-type]
    ctx.stack.callback(lambda: ctx.runner.run(client.aclose()))

    async def call() -> Any:
        return (await client.get("/json/run-1")).json()

    return async_block(ctx.runner, call)


def _raw_httpx(ctx: Context, base_url: str) -> Block:
    client = httpx.AsyncClient(base_url=base_url, timeout=30)
    ctx.stack.callback(lambda: ctx.runner.run(client.aclose()))

    async def call() -> Any:
        response = await client.get("/json/run-1")
        response.raise_for_status()
        return response.json()

    return async_block(ctx.runner, call)


def _raw_aiohttp(ctx: Context, base_url: str) -> Block:
    import aiohttp

    async def open_session() -> aiohttp.ClientSession:  # made inside the loop that uses it, as aiohttp requires
        return aiohttp.ClientSession(base_url)

    session = ctx.runner.run(open_session())
    ctx.stack.callback(lambda: ctx.runner.run(session.close()))

    async def call() -> Any:
        async with session.get("/json/run-1") as response:
            response.raise_for_status()
            return await response.json()

    return async_block(ctx.runner, call)


def _runs_facade(ctx: Context, base_url: str, run_id: str, backend: str) -> Block:
    from runbridge.runs import AsyncRunsClient

    client = AsyncRunsClient(
        base_url,
        api_key=BENCH_API_KEY,
        token_url=f"{base_url}/token/issue",
        backend=backend,  # type: ignore[arg-type]
    )
    ctx.stack.callback(lambda: ctx.runner.run(client.aclose()))
    return async_block(ctx.runner, lambda: client.runs.retrieve(run_id))


def _first_run(base_url: str) -> str:
    issued = httpx.post(f"{base_url}/token/issue", headers={"Authorization": f"Bearer {BENCH_API_KEY}"}, timeout=30)
    issued.raise_for_status()
    headers = {"Authorization": f"Bearer {issued.json()['token']}"}
    listed = httpx.get(f"{base_url}/runs", params={"limit": 1}, headers=headers, timeout=30)
    listed.raise_for_status()
    return str(listed.json()[0]["id"])


def _cpu_table(
    title: str, variants: dict[str, Block], *, calls: int, block: int, command: str
) -> tuple[Table, dict[str, dict[str, float]]]:
    results: dict[str, Samples] = interleave(variants, calls=calls, block=block, warmup=min(30, calls))
    summaries = {label: samples.summary() for label, samples in results.items()}
    table = Table(title, ["variant", "calls", "wall median", "CPU median", "CPU p90", "CPU vs httpx pool", "reproduce"])
    reference = next(label for label in summaries if "httpx pool" in label)
    for label, stats in summaries.items():
        table.add(
            label,
            int(stats["n"]),
            us(stats["wall_median_us"]),
            us(stats["cpu_median_us"]),
            us(stats["cpu_p90_us"]),
            ratio(stats["cpu_median_us"] / summaries[reference]["cpu_median_us"]),
            command,
        )
    return table, summaries


# -- the wide batch ------------------------------------------------------------------------------------------------


def _runbridge_client(backend: str) -> Callable[[str, httpx.Limits], httpx.AsyncClient]:
    def make(base_url: str, limits: httpx.Limits) -> httpx.AsyncClient:
        from runbridge.transport import AsyncRunbridgeClient, ClientOptions

        # aiohttp keeps every idle connection up to its limit: say so rather than have the option refused.
        limits = httpx.Limits(max_connections=limits.max_connections, max_keepalive_connections=None)
        return AsyncRunbridgeClient(ClientOptions(base_url, limits=limits, backend=backend))  # type: ignore[arg-type]

    return make


def _batch_variants(concurrency: int) -> dict[str, Callable[[str], Batch]]:
    variants: dict[str, Callable[[str], Batch]] = {}
    for backend in BACKENDS:
        make = _runbridge_client(backend)
        one_pool = functools.partial(asyncio_httpx_sharded, make_client=make, shard=concurrency)
        variants[f"runbridge async client, {backend} pool, one pool"] = one_pool
        spread = functools.partial(asyncio_httpx_sharded, make_client=make)
        variants[f"runbridge async client, {backend} pool, one pool per {SHARD} slots"] = spread
    for backend in BACKENDS:
        registry = functools.partial(registry_async, backend=backend)
        variants[f"registry, async runner (`http`), {backend} pool"] = registry
    variants[THREADS] = threads_httpx
    return variants


def _batch_table(base_url: str, queries: int, concurrency: int, repeats: int) -> tuple[Table, dict[str, Any]]:
    ideal = queries * LATENCY_MS / 1000 / concurrency
    command = f"`python -m bench --only backends --batch {queries}x{concurrency}`"
    table = Table(
        f"{queries} queries at concurrency {concurrency}, {LATENCY_MS:g} ms latency (ideal {ideal:.2f} s)",
        ["variant", "median wall", "vs ideal", "vs thread pool", "client CPU", "CPU per query", "failed", "reproduce"],
    )
    batches: dict[str, Batch] = {}
    unavailable: dict[str, str] = {}
    for label, factory in _batch_variants(concurrency).items():
        try:
            batches[label] = timed(factory(base_url))
        except Unavailable as exc:
            unavailable[label] = str(exc)
    outcomes: dict[str, list[Outcome]] = {label: [] for label in batches}
    items = [f"query {index}" for index in range(queries)]
    labels = list(batches)
    for repeat in range(repeats):
        for label in labels if repeat % 2 == 0 else reversed(labels):
            outcomes[label].append(batches[label](items, concurrency))
    threads = median([outcome.wall_s for outcome in outcomes[THREADS]])
    data: dict[str, Any] = {"ideal_s": ideal, "variants": {}}
    for label in _batch_variants(concurrency):
        if label in unavailable:
            table.add(label, f"not measured: {unavailable[label]}", "", "", "", "", "", command)
            continue
        wall = median([outcome.wall_s for outcome in outcomes[label]])
        cpu = median([outcome.cpu_s for outcome in outcomes[label]])
        table.add(
            label,
            f"{wall:.3f} s",
            ratio(wall / ideal),
            ratio(wall / threads),
            f"{cpu:.2f} s",
            f"{cpu / queries * 1e6:,.0f} µs",
            sum(outcome.failed for outcome in outcomes[label]),
            command,
        )
        data["variants"][label] = {
            "walls_s": [outcome.wall_s for outcome in outcomes[label]],
            "cpu_s": [outcome.cpu_s for outcome in outcomes[label]],
            "failed": sum(outcome.failed for outcome in outcomes[label]),
        }
    return table, data


def run(
    *, calls: int = 1000, block: int = 50, configs: tuple[tuple[int, int], ...] = FULL_CONFIGS, repeats: int = 3
) -> Section:
    try:
        import runbridge._aiohttp  # noqa: F401  (the extra must be installed)
    except Exception as exc:
        raise Unavailable(f"the aiohttp backend is not installed: {exc}") from exc
    quick = calls < 500
    section = Section(
        name="backends",
        title="Async backends: httpx vs aiohttp",
        intro=(
            "The same async clients over httpx's connection pool and over aiohttp's (`backend=\"aiohttp\"`). "
            f"Client CPU per query: interleaved blocks of {block} calls until each variant made {calls}, one call at "
            "a time, keep-alive connections, same loopback servers; process CPU (the loop may use helper threads). "
            f"Wide batch: median wall of {repeats} interleaved repeats per variant."
        ),
        command=f"python -m bench --only backends{' --quick' if quick else ''}",
    )
    command = f"`python -m bench --only backends{' --quick' if quick else ''}`"
    with context() as ctx:
        runs_url = ctx.server("sandbox:runs").base_url
        bench_url = ctx.server("bench").base_url
        run_id = _first_run(runs_url)
        variants = {
            "runs facade `runs.retrieve`, httpx pool": _runs_facade(ctx, runs_url, run_id, "httpx"),
            "runs facade `runs.retrieve`, aiohttp pool": _runs_facade(ctx, runs_url, run_id, "aiohttp"),
        }
        table, summaries = _cpu_table(
            "Client CPU per query: runs get (typed), one at a time", variants, calls=calls, block=block, command=command
        )
        section.tables.append(table)
        section.data["runs.retrieve"] = summaries
        variants = {
            "runbridge transport client `.json()`, httpx pool": _transport(ctx, bench_url, "httpx"),
            "runbridge transport client `.json()`, aiohttp pool": _transport(ctx, bench_url, "aiohttp"),
            "plain httpx.AsyncClient (floor of the httpx pool)": _raw_httpx(ctx, bench_url),
            "plain aiohttp.ClientSession (floor of the aiohttp pool)": _raw_aiohttp(ctx, bench_url),
        }
        table, summaries = _cpu_table(
            "Client CPU per query: transport GET of a run's JSON, one at a time",
            variants,
            calls=calls,
            block=block,
            command=command,
        )
        section.tables.append(table)
        section.data["transport"] = summaries
    with bench_server() as server:
        threads_httpx(server.base_url)([str(index) for index in range(20)], 10)  # warm the server
        for queries, concurrency in configs:
            started = time.perf_counter()
            table, data = _batch_table(server.base_url, queries, concurrency, repeats)
            section.tables.append(table)
            section.data[f"{queries}x{concurrency}"] = {**data, "seconds": time.perf_counter() - started}
    return section
