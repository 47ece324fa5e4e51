"""`python -m bench --profile`: where runbridge spends its time on the paths that missed a target (cProfile).

For each profiled path the table lists the functions with the largest own time per operation, runbridge's
own frames marked, so a reader can see which part of a miss is ours and which is httpx/httpcore/anyio.
"""

from __future__ import annotations

import contextlib
import cProfile
import pstats
from collections.abc import Callable, Iterator, Sequence

from bench._report import Section, Table
from bench.servers import bench_server, runicorn_viewer, sse_body

OURS = ("runbridge/", "runbridge_generated/")
# Time spent blocked on the network or in the selector is waiting, not work: left out of the tables.
IO_WAITS = (
    "'recv' of '_socket",
    "'send' of '_socket",
    "'sendall' of '_socket",
    "select' of",
    "'poll' of",
    "'control' of 'select",
)
Row = tuple[str, float, float, bool]


def _top(profile: cProfile.Profile, operations: int, limit: int = 14) -> tuple[list[Row], float, float]:
    """The largest own times per operation, and the total own time per operation: all frames, runbridge's."""
    stats = pstats.Stats(profile)
    rows: list[Row] = []
    for (filename, line, function), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        short = filename
        for marker in ("site-packages/", "src/", "generated/", "lib/python3.11/"):
            if marker in short:
                short = short.split(marker, 1)[1]
                break
        label = f"{short}:{line} {function}" if line else function
        if any(marker in function for marker in IO_WAITS):
            continue
        ours = any(marker in filename for marker in OURS)
        rows.append((label, tottime / operations * 1e6, cumtime / operations * 1e6, ours))
        del calls
    rows.sort(key=lambda row: row[1], reverse=True)
    total = sum(row[1] for row in rows)
    ours_total = sum(row[1] for row in rows if row[3])
    return rows[:limit], total, ours_total


def _table(title: str, top: tuple[list[Row], float, float]) -> Table:
    rows, total, ours_total = top
    share = f"{ours_total / total:.0%}" if total else "–"
    table = Table(
        f"{title}: {total:,.0f} µs of own time per op (network waits left out), {ours_total:,.0f} µs ({share}) "
        "in runbridge's own code",
        ["function", "own µs per op", "cumulative µs per op", "runbridge code"],
    )
    for label, own, cumulative, ours in rows:
        table.add(f"`{label}`", f"{own:.1f}", f"{cumulative:.1f}", "yes" if ours else "")
    return table


@contextlib.contextmanager
def _profiled() -> Iterator[cProfile.Profile]:
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield profile
    finally:
        profile.disable()


def profile_transport(calls: int = 2000) -> Table:
    from runbridge.transport import ClientOptions, build_client

    with bench_server() as server, build_client(ClientOptions(server.base_url)) as client:
        for _ in range(50):
            client.get("/json/1").json()
        with _profiled() as profile:
            for _ in range(calls):
                client.get("/json/1").json()
    return _table("runbridge transport client, sync GET + .json()", _top(profile, calls))


def profile_typed_runicorn(calls: int = 1000) -> Table:
    import runbridge_generated.runicorn_viewer.api.runs.get_run as endpoint
    from runbridge_generated.runicorn_viewer.client import Client

    from runbridge.transport import ClientOptions, attach

    with runicorn_viewer() as viewer:
        run_id = viewer.extra["run_ids"][0]
        client = attach(Client(base_url=viewer.base_url), ClientOptions(viewer.base_url))
        try:
            for _ in range(50):
                endpoint.sync(run_id, client=client)
            with _profiled() as profile:
                for _ in range(calls):
                    endpoint.sync(run_id, client=client)
        finally:
            client.get_httpx_client().close()
    return _table("typed `runicorn_viewer.get_run` on the real viewer, sync", _top(profile, calls))


def profile_decoder(events: int = 20000) -> Table:
    from runbridge.streaming import SSEDecoder

    body = sse_body(events, 64)
    chunks = [body[i : i + 4096] for i in range(0, len(body), 4096)]
    with _profiled() as profile:
        decoder = SSEDecoder()
        for chunk in chunks:
            decoder.feed(chunk)
    return _table(f"SSEDecoder.feed over {events:,} events in 4 KiB chunks (per event)", _top(profile, events + 1))


def profile_registry(queries: int = 300, concurrency: int = 50) -> Table:
    from bench.registry_batch import registry_async

    with bench_server() as server:
        batch = registry_async(server.base_url)
        batch([str(i) for i in range(20)], 10)
        with _profiled() as profile:
            batch([f"q{i}" for i in range(queries)], concurrency)
    return _table(
        f"registry async batch, {queries} queries at concurrency {concurrency} (per query)", _top(profile, queries)
    )


PROFILES: dict[str, Callable[[], Table]] = {
    "overhead": profile_transport,
    "overhead:runicorn": profile_typed_runicorn,
    "streaming": profile_decoder,
    "registry_batch": profile_registry,
}


def run(sections: Sequence[Section] = ()) -> Section:
    """Profile the paths behind the sections that missed a target (all of them if none is given)."""
    missed = {section.name for section in sections if section.misses} if sections else set(PROFILES)
    if any(s.name == "streaming" for s in sections):
        missed.add("streaming")  # the decoder is always worth a look: it has no absolute target
    section = Section(
        name="profiles",
        title="Profiles of the paths that missed",
        intro="cProfile, own time per operation (profiling inflates every figure; compare rows, not absolutes).",
        command="python -m bench --profile",
    )
    for key, profile in PROFILES.items():
        if key.split(":")[0] not in missed:
            continue
        try:
            section.tables.append(profile())
        except Exception as exc:  # a profile is a diagnosis aid: report and go on
            section.notes.append(f"{key}: not profiled ({type(exc).__name__}: {exc})")
    return section
