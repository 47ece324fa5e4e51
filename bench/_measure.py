"""Timing primitives shared by the benchmarks: per-call samples, percentiles, interleaved A/B blocks.

Wall time is `time.perf_counter_ns`; client CPU is `time.thread_time_ns` for sync calls (only the calling
thread works) and `time.process_time_ns` for asyncio calls (the loop may hand work to helper threads).
Servers run in other processes, so neither clock includes server work.
"""

from __future__ import annotations

import asyncio
import gc
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Samples:
    """Per-call wall and CPU times in nanoseconds."""

    wall_ns: list[int] = field(default_factory=list)
    cpu_ns: list[int] = field(default_factory=list)

    def extend(self, other: Samples) -> None:
        self.wall_ns.extend(other.wall_ns)
        self.cpu_ns.extend(other.cpu_ns)

    def __len__(self) -> int:
        return len(self.wall_ns)

    def summary(self) -> dict[str, float]:
        """Median and p90 of wall and CPU, in microseconds."""
        return {
            "n": float(len(self.wall_ns)),
            "wall_median_us": percentile(self.wall_ns, 50) / 1000,
            "wall_p90_us": percentile(self.wall_ns, 90) / 1000,
            "cpu_median_us": percentile(self.cpu_ns, 50) / 1000,
            "cpu_p90_us": percentile(self.cpu_ns, 90) / 1000,
        }

    def as_dict(self) -> dict[str, Any]:
        return {"wall_ns": self.wall_ns, "cpu_ns": self.cpu_ns}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Samples:
        return cls([int(x) for x in data["wall_ns"]], [int(x) for x in data["cpu_ns"]])


def percentile(values: list[int] | list[float], q: float) -> float:
    """The q-th percentile with linear interpolation between closest ranks (q in 0..100)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def median(values: list[int] | list[float]) -> float:
    return percentile(values, 50)


def time_sync(call: Callable[[], object], n: int) -> Samples:
    """Run `call` n times; one wall and one thread-CPU sample per call."""
    samples = Samples()
    wall, cpu = samples.wall_ns.append, samples.cpu_ns.append
    clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for _ in range(n):
        c0 = cpu_clock()
        t0 = clock()
        call()
        t1 = clock()
        c1 = cpu_clock()
        wall(t1 - t0)
        cpu(c1 - c0)
    return samples


async def time_async(call: Callable[[], Awaitable[object]], n: int) -> Samples:
    """Await `call()` n times, one after the other; process CPU per call."""
    samples = Samples()
    wall, cpu = samples.wall_ns.append, samples.cpu_ns.append
    clock, cpu_clock = time.perf_counter_ns, time.process_time_ns
    for _ in range(n):
        c0 = cpu_clock()
        t0 = clock()
        await call()
        t1 = clock()
        c1 = cpu_clock()
        wall(t1 - t0)
        cpu(c1 - c0)
    return samples


Block = Callable[[int], Samples]


def interleave(variants: Mapping[str, Block], *, calls: int, block: int, warmup: int = 20) -> dict[str, Samples]:
    """Run each variant in alternating blocks (A B, B A, ...) until each has made `calls` calls.

    Alternating the order cancels drifts (CPU frequency, cache, a neighbour's load) that a plain A-then-B
    run would book against whichever variant ran second. Garbage is collected before every block so one
    variant does not pay for the other's garbage.
    """
    for run in variants.values():
        run(warmup)
    results = {name: Samples() for name in variants}
    names = list(variants)
    rounds = max(1, math.ceil(calls / block))
    for index in range(rounds):
        size = min(block, calls - index * block) if calls > index * block else block
        for name in names if index % 2 == 0 else reversed(names):
            gc.collect()
            results[name].extend(variants[name](size))
    return results


BLOCK_TIMEOUT = 300.0  # seconds; a block that takes longer has lost its server, and the run must go on


def async_block(runner: asyncio.Runner, call: Callable[[], Awaitable[object]]) -> Block:
    """A sync Block that runs `n` awaited calls on a long-lived event loop (clients stay bound to one loop)."""

    def run(n: int) -> Samples:
        return runner.run(asyncio.wait_for(time_async(call, n), BLOCK_TIMEOUT))

    return run


def wall_seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
