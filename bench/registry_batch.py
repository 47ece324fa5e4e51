"""Registry batch: many queries to a server with a fixed latency, at a bounded concurrency.

The ideal wall time of N queries at concurrency C against a server that answers in L is N × L / C
(1,000 × 20 ms / 50 = 0.40 s). On a small machine every httpx-based client is CPU-bound long before that, so
the registry is held to what a raw thread pool making the same requests achieves in the same run: its wall time
within 1.05× of `ThreadPoolExecutor` + `httpx.Client` (the *vs raw pool* column), for the async runner and for
the thread-pool path. The variants:

* registry, async runner   `APIRunner(...).run_batch("http", queries)` with the built-in `http` runner
                           (native `aexecute`, tasks on one event loop) over httpx's pool (one async client
                           per 5 slots), and over aiohttp's (`backend: aiohttp`, `runbridge[aiohttp]`)
* registry, thread pool    the same batch through a runner that only implements sync `execute()`, which
                           the registry runs in its bounded worker threads
* asyncio + httpx          the harness floor: `asyncio.Semaphore` + `httpx.AsyncClient`, nothing else
* ... one pool per 10      the same, spread over several clients of ≤ 10 connections each (httpx, and
                           runbridge's async transport client)
* threads + httpx          `concurrent.futures.ThreadPoolExecutor` + `httpx.Client`: the raw pool

Each batch runs in a fresh child process, so one variant's threads, connections and garbage cannot slow the
next, and the child's peak RSS is the variant's own. Every variant's connection pool is sized to the
concurrency, except the registry's, which uses whatever runbridge gives it.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from bench._measure import median
from bench._report import Section, Table, Unavailable, ratio, verdict
from bench.servers import REPO, bench_server

TARGET = 1.05  # the registry's wall time against the raw thread pool's, in the same run
LATENCY_MS = 20.0
# (queries, concurrency, server latency in ms); the last is an LLM-like service: slow answers, wide batches.
FULL_CONFIGS = ((1000, 50, 20.0), (500, 1, 20.0), (1000, 200, 20.0), (10000, 500, 200.0))
RAW_POOL = "ThreadPoolExecutor + httpx.Client"
WIDE = 500  # from this concurrency on, only the registry and the raw pool run (the others need minutes)


@dataclass
class Outcome:
    wall_s: float
    failed: int
    cpu_s: float = 0.0  # client process CPU over the batch (all threads), filled in by `timed`
    peak_rss_mb: float = 0.0  # the child process's peak resident memory


def timed(batch: Batch) -> Batch:
    """Add the client's process CPU time (every thread; the server is another process) to an outcome."""

    def run(queries: list[str], concurrency: int) -> Outcome:
        started = time.process_time()
        outcome = batch(queries, concurrency)
        outcome.cpu_s = time.process_time() - started
        return outcome

    return run


Batch = Callable[[list[str], int], Outcome]


_latency_ms = LATENCY_MS  # set per run by the child process


def _path() -> str:
    return f"/sleep?ms={_latency_ms:g}"


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
    ("registry, async runner (`http`), aiohttp pool", lambda base_url: registry_async(base_url, "aiohttp"), True),
    ("registry, thread pool (sync `execute`)", registry_threads, True),
    ("asyncio + httpx.AsyncClient (harness floor)", asyncio_httpx, False),
    (f"asyncio + httpx.AsyncClient, one pool per {SHARD} slots", asyncio_httpx_sharded, False),
    (
        f"asyncio + runbridge async transport client, one pool per {SHARD} slots",
        lambda base_url: asyncio_httpx_sharded(base_url, _runbridge_async_client),
        False,
    ),
    (RAW_POOL, threads_httpx, False),
)


def _runs_at(label: str, concurrency: int) -> bool:
    """Wide batches run the registry and the raw pool only: a single 500-connection httpx pool takes minutes."""
    return concurrency < WIDE or label == RAW_POOL or label.startswith("registry")


# -- one batch in a child process -------------------------------------------------------------------------------


def measure_in_child(label: str, base_url: str, queries: int, concurrency: int, latency_ms: float) -> Outcome:
    """Run one variant's batch in a fresh interpreter; its wall, CPU, failures and peak RSS come back as JSON."""
    index = next(number for number, (name, _, _) in enumerate(VARIANTS) if name == label)
    command = [
        sys.executable,
        "-m",
        "bench.registry_batch",
        "--variant",
        str(index),
        "--base-url",
        base_url,
        "--queries",
        str(queries),
        "--concurrency",
        str(concurrency),
        "--latency-ms",
        f"{latency_ms:g}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=1800)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit status {done.returncode}")
    return Outcome(**json.loads(done.stdout.strip().splitlines()[-1]))


def _child(argv: list[str]) -> None:
    global _latency_ms
    parser = argparse.ArgumentParser(prog="python -m bench.registry_batch")
    parser.add_argument("--variant", type=int, required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--queries", type=int, required=True)
    parser.add_argument("--concurrency", type=int, required=True)
    parser.add_argument("--latency-ms", type=float, default=LATENCY_MS)
    args = parser.parse_args(argv)
    _latency_ms = args.latency_ms
    batch = timed(VARIANTS[args.variant][1](args.base_url))
    batch([f"warm-up {index}" for index in range(min(20, args.queries))], min(10, args.concurrency))
    outcome = batch([f"query {index}" for index in range(args.queries)], args.concurrency)
    outcome.peak_rss_mb = _peak_rss_mb()
    print(json.dumps(vars(outcome)))


def _peak_rss_mb() -> float:
    """This process's own peak resident memory.

    Linux carries `ru_maxrss` over from the process that spawned this one (the parent's peak survives the
    exec), so under a bench run that has grown to 70+ MB every child would report at least that; /proc's VmHWM
    belongs to this program's memory alone. Elsewhere, ru_maxrss is what there is."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- the section ------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _server() -> Iterator[str]:
    with bench_server() as server:
        yield server.base_url


def run(*, configs: tuple[tuple[float, ...], ...] = FULL_CONFIGS, repeats: int = 3) -> Section:
    """Each (queries, concurrency[, latency ms]) config, each variant, `repeats` times interleaved; medians."""
    quick = configs != FULL_CONFIGS
    section = Section(
        name="registry_batch",
        title="Registry batch",
        intro=(
            "Queries to `GET /sleep` answering after a fixed latency, at a bounded concurrency; ideal = queries × "
            f"latency / concurrency. Median wall time of {repeats} interleaved repeats per variant (the order of "
            "variants alternates between repeats; for batches whose ideal is 5 s or more, one pass when they run "
            f"one query at a time and {min(repeats, 3)} when they are wide), each batch in a fresh "
            "child process after a 20-query warm-up. Target for both registry paths: ≤ 1.05× the raw thread pool "
            "(`ThreadPoolExecutor` + `httpx.Client`) in the same run (*vs raw pool*). Peak RSS is the child "
            "process's peak resident memory (the interpreter and imports included)."
        ),
        command=f"python -m bench --only registry_batch{' --quick' if quick else ''}",
    )
    with _server() as base_url:
        for config in configs:
            queries, concurrency = int(config[0]), int(config[1])
            latency_ms = float(config[2]) if len(config) > 2 else LATENCY_MS
            _measure_config(section, base_url, queries, concurrency, latency_ms, repeats)
    return section


def _passes(repeats: int, ideal: float, concurrency: int) -> int:
    """How often each variant runs. A long sequential batch averages over its 500 requests already: one pass.
    A wide one is CPU-bound and moves with the machine like the short ones, but takes ten seconds or more a
    pass: three at most."""
    if ideal < 5:
        return repeats
    return min(repeats, 3) if concurrency >= WIDE else 1


def _measure_config(
    section: Section, base_url: str, queries: int, concurrency: int, latency_ms: float, repeats: int
) -> None:
    ideal = queries * latency_ms / 1000 / concurrency
    table = Table(
        f"{queries:,} queries at concurrency {concurrency}, {latency_ms:g} ms latency (ideal {ideal:.2f} s)",
        [
            "variant",
            "median wall",
            "min wall",
            "vs ideal",
            "vs raw pool",
            "client CPU",
            "CPU per query",
            "peak RSS",
            "failed",
            "target",
            "reproduce",
        ],
    )
    labels = [label for label, _, _ in VARIANTS if _runs_at(label, concurrency)]
    unavailable: dict[str, str] = {}
    outcomes: dict[str, list[Outcome]] = {label: [] for label in labels}
    for repeat in range(_passes(repeats, ideal, concurrency)):
        for label in labels if repeat % 2 == 0 else reversed(labels):
            if label in unavailable:
                continue
            try:
                outcomes[label].append(measure_in_child(label, base_url, queries, concurrency, latency_ms))
            except (RuntimeError, subprocess.SubprocessError, ValueError) as exc:
                unavailable[label] = str(exc)
    spec = f"{queries}x{concurrency}" + (f"@{latency_ms:g}" if latency_ms != LATENCY_MS else "")
    command = f"`python -m bench --only registry_batch --batch {spec}`"
    section.data[spec] = {"ideal_s": ideal, "latency_ms": latency_ms, "variants": {}}
    raw = outcomes.get(RAW_POOL)
    raw_wall = median([outcome.wall_s for outcome in raw]) if raw else None
    for label, _, held in VARIANTS:
        if label not in outcomes:
            continue
        if label in unavailable or not outcomes[label]:
            reason = unavailable.get(label, "no run")
            table.add(label, f"not measured: {reason}", "", "", "", "", "", "", "", "", command)
            continue
        walls = [outcome.wall_s for outcome in outcomes[label]]
        wall, cpu = median(walls), median([outcome.cpu_s for outcome in outcomes[label]])
        peak = max(outcome.peak_rss_mb for outcome in outcomes[label])
        failed = sum(outcome.failed for outcome in outcomes[label])
        vs_raw = wall / raw_wall if raw_wall else None
        target = "–"
        if held and vs_raw is not None:
            target = verdict(vs_raw <= TARGET)
            if vs_raw > TARGET:
                section.misses.append(
                    f"{queries:,} queries at concurrency {concurrency} ({latency_ms:g} ms): {label} took {wall:.2f} s, "
                    f"{ratio(vs_raw)} the raw thread pool's {raw_wall:.2f} s (target ≤ {TARGET:.2f}×)"
                )
        table.add(
            label,
            f"{wall:.3f} s",
            f"{min(walls):.3f} s",
            ratio(wall / ideal),
            ratio(vs_raw) if vs_raw is not None else "–",
            f"{cpu:.2f} s",
            f"{cpu / queries * 1e6:,.0f} µs",
            f"{peak:,.0f} MB",
            failed,
            target,
            command,
        )
        section.data[spec]["variants"][label] = {
            "walls_s": walls,
            "cpu_s": [outcome.cpu_s for outcome in outcomes[label]],
            "peak_rss_mb": peak,
            "failed": failed,
        }
    section.tables.append(table)


if __name__ == "__main__":
    _child(sys.argv[1:])
