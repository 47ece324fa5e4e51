"""Registry batch: many queries to a server with a fixed 20 ms latency, at a bounded concurrency.

The ideal wall time of N queries at concurrency C against a server that answers in L is N × L / C
(1,000 × 20 ms / 50 = 0.40 s). Each variant's median wall time over the repeats is reported with its ratio
to that ideal (target ≤ 1.15× for the registry's async path):

* registry, async runner   `APIRunner(...).execute_batch("http", queries)` with the built-in `http` runner
                           (native `aexecute`, tasks on one event loop, bounded by a semaphore)
* registry, thread pool    the same batch through a runner that only implements sync `execute()`, which
                           the registry runs in its bounded thread pool
* asyncio + httpx          the harness floor: `asyncio.Semaphore` + `httpx.AsyncClient`, nothing else
* ... one pool per 10      the same, spread over several clients of ≤ 10 connections each (httpx, and
                           runbridge's async transport client: the fix proposed for the registry)
* threads + httpx          `concurrent.futures.ThreadPoolExecutor` + `httpx.Client`

Every variant's connection pool is sized to the concurrency, except the registry's, which uses whatever
runbridge gives it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from bench._measure import median
from bench._report import Section, Table, Unavailable, ratio, verdict
from bench.servers import bench_server

TARGET = 1.15
LATENCY_MS = 20.0
FULL_CONFIGS = ((1000, 50), (500, 1), (500, 200))


@dataclass
class Outcome:
    wall_s: float
    failed: int
    cpu_s: float = 0.0  # client process CPU over the batch (all threads), filled in by `timed`


def timed(batch: Batch) -> Batch:
    """Add the client's process CPU time (every thread; the server is another process) to an outcome."""

    def run(queries: list[str], concurrency: int) -> Outcome:
        started = time.process_time()
        outcome = batch(queries, concurrency)
        outcome.cpu_s = time.process_time() - started
        return outcome

    return run


Batch = Callable[[list[str], int], Outcome]


def _path() -> str:
    return f"/sleep?ms={LATENCY_MS:g}"


def asyncio_httpx(base_url: str) -> Batch:
    def run(queries: list[str], concurrency: int) -> Outcome:
        async def main() -> Outcome:
            limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
            async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as client:
                gate = asyncio.Semaphore(concurrency)
                failed = 0

                async def one(query: str) -> None:
                    nonlocal failed
                    async with gate:
                        try:
                            response = await client.get(_path(), params={"q": query})
                            response.raise_for_status()
                            response.json()
                        except httpx.HTTPError:
                            failed += 1

                started = time.perf_counter()
                await asyncio.gather(*(one(q) for q in queries))
                return Outcome(time.perf_counter() - started, failed)

        return asyncio.run(main())

    return run


SHARD = 10  # connections per pool in the sharded variant


def _plain_async_client(base_url: str, limits: httpx.Limits) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30)


def _runbridge_async_client(base_url: str, limits: httpx.Limits) -> httpx.AsyncClient:
    from runbridge.transport import ClientOptions, build_async_client

    return build_async_client(ClientOptions(base_url, limits=limits))


def asyncio_httpx_sharded(
    base_url: str,
    make_client: Callable[[str, httpx.Limits], httpx.AsyncClient] = _plain_async_client,
    *,
    shard: int = SHARD,
) -> Batch:
    """As asyncio_httpx, but tasks spread over one AsyncClient per `shard` slots of concurrency.

    httpcore's async pool does work proportional to (waiting requests × connections) each time a request
    starts or ends, and asks anyio for socket details on every idle check; small pools keep both small.
    """

    def run(queries: list[str], concurrency: int) -> Outcome:
        async def main() -> Outcome:
            shards = max(1, -(-concurrency // shard))
            per_pool = -(-concurrency // shards)
            limits = httpx.Limits(max_connections=per_pool, max_keepalive_connections=per_pool)
            clients = [make_client(base_url, limits) for _ in range(shards)]
            gate = asyncio.Semaphore(concurrency)
            failed = 0

            async def one(index: int, query: str) -> None:
                nonlocal failed
                async with gate:
                    try:
                        response = await clients[index % shards].get(_path(), params={"q": query})
                        response.raise_for_status()
                        response.json()
                    except httpx.HTTPError:
                        failed += 1

            try:
                started = time.perf_counter()
                await asyncio.gather(*(one(i, q) for i, q in enumerate(queries)))
                return Outcome(time.perf_counter() - started, failed)
            finally:
                for client in clients:
                    await client.aclose()

        return asyncio.run(main())

    return run


def threads_httpx(base_url: str) -> Batch:
    def run(queries: list[str], concurrency: int) -> Outcome:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        with httpx.Client(base_url=base_url, limits=limits, timeout=30) as client:

            def one(query: str) -> bool:
                try:
                    response = client.get(_path(), params={"q": query})
                    response.raise_for_status()
                    response.json()
                    return True
                except httpx.HTTPError:
                    return False

            with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
                started = time.perf_counter()
                ok = list(pool.map(one, queries))
                return Outcome(time.perf_counter() - started, ok.count(False))

    return run


def _registry_module() -> Any:
    try:
        import runbridge.runners as runners
    except ImportError as exc:
        raise Unavailable(f"runbridge.runners not yet available ({exc})") from exc
    return runners


def registry_async(base_url: str, backend: str = "httpx") -> Batch:
    runners = _registry_module()
    section = {"url": f"{base_url}{_path()}", "method": "GET", "params": {"q": "{query}"}, "output": "output"}
    config = {"http": {**section, "backend": backend}}

    def run(queries: list[str], concurrency: int) -> Outcome:
        registry = runners.APIRunner(config=config, max_concurrent=concurrency, show_progress=False)
        try:
            started = time.perf_counter()
            results = registry.run_batch("http", queries)
            elapsed = time.perf_counter() - started
        finally:
            registry.close()
        return Outcome(elapsed, sum(1 for r in results if r.status != "success"))

    return run


_SYNC_RUNNER = "bench_sync_http"


def _register_sync_runner(runners: Any, base_url: str) -> None:
    from runbridge.transport import ClientOptions, build_client

    class SyncHTTPRunner(runners.BaseAPIRunner):  # type: ignore[misc]
        """A runner with only a sync `execute()`: the registry runs it in its thread pool."""

        name = _SYNC_RUNNER

        def __init__(self, config: Any = None, **kwargs: Any) -> None:
            super().__init__(config, **kwargs)
            limits = httpx.Limits(max_connections=self.max_concurrent, max_keepalive_connections=self.max_concurrent)
            self.client = build_client(ClientOptions(str(self.config["base_url"]), limits=limits))

        def execute(self, query: str, **kwargs: Any) -> Any:
            response = self.client.get(_path(), params={"q": query})
            return runners.APIResponseData(query=query, actual_output=str(response.json()["output"]))

        def close(self) -> None:
            self.client.close()

    runners.APIRunner.register(_SYNC_RUNNER)(SyncHTTPRunner)


def registry_threads(base_url: str) -> Batch:
    runners = _registry_module()
    _register_sync_runner(runners, base_url)

    def run(queries: list[str], concurrency: int) -> Outcome:
        config = {_SYNC_RUNNER: {"base_url": base_url}}
        registry = runners.APIRunner(config=config, max_concurrent=concurrency, show_progress=False)
        try:
            started = time.perf_counter()
            results = registry.run_batch(_SYNC_RUNNER, queries)
            elapsed = time.perf_counter() - started
        finally:
            registry.close()
        return Outcome(elapsed, sum(1 for r in results if r.status != "success"))

    return run


VARIANTS: tuple[tuple[str, Callable[[str], Batch], bool], ...] = (
    ("registry, async runner (`http`)", registry_async, True),
    ("registry, thread pool (sync `execute`)", registry_threads, False),
    ("asyncio + httpx.AsyncClient (harness floor)", asyncio_httpx, False),
    (f"asyncio + httpx.AsyncClient, one pool per {SHARD} slots", asyncio_httpx_sharded, False),
    (
        f"asyncio + runbridge async transport client, one pool per {SHARD} slots (proposed registry fix)",
        lambda base_url: asyncio_httpx_sharded(base_url, _runbridge_async_client),
        False,
    ),
    ("ThreadPoolExecutor + httpx.Client", threads_httpx, False),
)


def _diagnosis(
    queries: int,
    concurrency: int,
    ideal: float,
    cpu: float,
    walls: dict[str, list[float]],
    cpus: dict[str, list[float]],
) -> str:
    """Why the registry's async path missed, from this run's own numbers."""
    per_query = cpu / queries * 1e6
    text = (
        f"{queries}×{concurrency}: the registry's async batch used {cpu:.2f} s of client CPU ({per_query:,.0f} µs "
        f"per query) for an ideal wall time of {ideal:.2f} s"
    )
    if cpu >= ideal * 0.8:
        text += (
            "; the client is CPU-bound (one core, the GIL), so the ideal is out of reach until the CPU per query "
            f"falls below {ideal / queries * 1e6:,.0f} µs"
        )
    floor = next((label for label in walls if label.startswith("asyncio + httpx.AsyncClient (")), None)
    sharded = next((label for label in walls if "httpx.AsyncClient, one pool per" in label), None)
    if floor and sharded and walls[floor] and walls[sharded]:
        text += (
            f". Plain httpx.AsyncClient needs {median(cpus[floor]) / queries * 1e6:,.0f} µs per query here and "
            f"{median(walls[floor]):.2f} s ({median(walls[floor]) / ideal:.2f}× ideal: what the machine and httpx "
            f"allow before runbridge adds anything); split over pools of {SHARD} connections it needs "
            f"{median(cpus[sharded]) / queries * 1e6:,.0f} µs and {median(walls[sharded]):.2f} s"
        )
    return text + "."


@contextlib.contextmanager
def _server() -> Iterator[str]:
    with bench_server() as server:
        yield server.base_url


def run(*, configs: tuple[tuple[int, int], ...] = FULL_CONFIGS, repeats: int = 3) -> Section:
    """Each (queries, concurrency) config, each variant, `repeats` times interleaved; medians reported."""
    quick = configs != FULL_CONFIGS
    section = Section(
        name="registry_batch",
        title="Registry batch",
        intro=(
            f"Queries to `GET /sleep` answering after a fixed {LATENCY_MS:g} ms, at a bounded concurrency; ideal = "
            f"queries × {LATENCY_MS:g} ms / concurrency. Median wall time of {repeats} interleaved repeats per "
            "variant (the order of variants alternates between repeats). Target for the registry's async path: "
            "≤ 1.15× ideal."
        ),
        command=f"python -m bench --only registry_batch{' --quick' if quick else ''}",
    )
    with _server() as base_url:
        # Warm the server and the interpreter (imports, first connections) outside the timed runs.
        asyncio_httpx(base_url)([str(i) for i in range(20)], 10)
        for queries, concurrency in configs:
            ideal = queries * LATENCY_MS / 1000 / concurrency
            table = Table(
                f"{queries} queries at concurrency {concurrency} (ideal {ideal:.2f} s)",
                [
                    "variant",
                    "median wall",
                    "min wall",
                    "vs ideal",
                    "client CPU",
                    "CPU per query",
                    "failed",
                    "target",
                    "reproduce",
                ],
            )
            batches: dict[str, Batch] = {}
            unavailable: dict[str, str] = {}
            for label, factory, _ in VARIANTS:
                try:
                    batches[label] = timed(factory(base_url))
                except Unavailable as exc:
                    unavailable[label] = str(exc)
                except Exception as exc:  # a registry API in flux: report the row, measure the rest
                    unavailable[label] = f"{type(exc).__name__}: {exc}"
            walls: dict[str, list[float]] = {label: [] for label in batches}
            cpus: dict[str, list[float]] = {label: [] for label in batches}
            failed: dict[str, int] = {label: 0 for label in batches}
            items = [f"query {index}" for index in range(queries)]
            labels = list(batches)
            # A long sequential batch (500 × 20 ms = 10 s) averages over many requests already: one pass each.
            for repeat in range(repeats if ideal < 5 else 1):
                for label in labels if repeat % 2 == 0 else reversed(labels):
                    if label in unavailable:
                        continue
                    try:
                        outcome = batches[label](items, concurrency)
                    except Exception as exc:
                        unavailable[label] = f"{type(exc).__name__}: {exc}"
                        continue
                    walls[label].append(outcome.wall_s)
                    cpus[label].append(outcome.cpu_s)
                    failed[label] += outcome.failed
            command = f"`python -m bench --only registry_batch --batch {queries}x{concurrency}`"
            key = f"{queries}x{concurrency}"
            section.data[key] = {"ideal_s": ideal, "variants": {}}
            for label, factory, held in VARIANTS:
                if label in unavailable:
                    table.add(label, f"not measured: {unavailable[label]}", "", "", "", "", "", "", command)
                    continue
                wall = median(walls[label])
                share = wall / ideal
                target = "–"
                if held:
                    target = verdict(share <= TARGET)
                    if share > TARGET:
                        section.misses.append(
                            f"{queries} queries at concurrency {concurrency}: {label} took {wall:.2f} s, "
                            f"{ratio(share)} the ideal {ideal:.2f} s (target ≤ 1.15×)"
                        )
                        section.notes.append(_diagnosis(queries, concurrency, ideal, median(cpus[label]), walls, cpus))
                cpu = median(cpus[label])
                table.add(
                    label,
                    f"{wall:.3f} s",
                    f"{min(walls[label]):.3f} s",
                    ratio(share),
                    f"{cpu:.2f} s",
                    f"{cpu / queries * 1e6:,.0f} µs",
                    failed[label],
                    target,
                    command,
                )
                section.data[key]["variants"][label] = {
                    "walls_s": walls[label],
                    "cpu_s": cpus[label],
                    "failed": failed[label],
                }
                del factory
            section.tables.append(table)
    return section
