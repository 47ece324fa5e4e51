"""Streaming: server-sent events decoded per second, and time to the first chunk.

1. Decoder throughput, in memory: the same SSE body (N events of 64 bytes of JSON data) fed in 4 KiB chunks
   to `runbridge.streaming.SSEDecoder` and to a naive decoder (split on blank lines, keep `data:` lines),
   so only decoding is timed.
2. End to end over loopback: GET /sse streams the same body; `iter_sse` on runbridge's transport client vs
   the naive decoder over raw `httpx.Client.stream(...).iter_bytes()`.
3. Time to first chunk: GET /sse/first sends one event at once; raw httpx (first bytes of the body) vs
   runbridge (first decoded event), interleaved, ≥ 200 requests each.

The naive decoder is what a hand-rolled client typically does; it is faster because it skips what the
event-stream format requires (CR and CRLF line ends, split UTF-8 characters, `id`/`retry`, comments).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from bench._measure import interleave, percentile, time_sync
from bench._report import Section, Table, ratio, us
from bench.servers import bench_server, sse_body

CHUNK = 4096


def naive_events(chunks: Iterable[bytes]) -> Iterator[str]:
    """Split on blank lines and join `data:` lines: what most hand-written SSE readers do."""
    buffer = ""
    for chunk in chunks:
        buffer += chunk.decode()
        while "\n\n" in buffer:
            frame, buffer = buffer.split("\n\n", 1)
            data = [line[5:].lstrip() for line in frame.split("\n") if line.startswith("data:")]
            if data:
                yield "\n".join(data)


def runbridge_events(chunks: Iterable[bytes]) -> Iterator[Any]:
    from runbridge.streaming import SSEDecoder

    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)


def _split_once_decoder() -> Any:
    """SSEDecoder with the change proposed in bench/FINDINGS.md: split each chunk into lines once.

    The shipped decoder searches the remaining buffer for the next line end and re-slices it for every line;
    this one runs one regex split per chunk and keeps the incomplete tail. Everything else is inherited.
    """
    from runbridge import streaming

    class SplitOnceDecoder(streaming.SSEDecoder):
        def _consume(self, text: str) -> list[Any]:
            if not text:
                return []
            if not self._started:
                self._started = True
                text = text.removeprefix("\ufeff")
                if not text:
                    return []
            if self._pending_cr and text.startswith("\n"):
                text = text[1:]
            buffer = self._buffer + text
            lines = streaming._LINE_END.split(buffer)
            self._buffer = lines.pop()  # the incomplete last line (never holds a CR or LF)
            self._pending_cr = not self._buffer and buffer.endswith("\r")
            events = []
            for line in lines:
                event = self._line(line)
                if event is not None:
                    events.append(event)
            return events

    return SplitOnceDecoder


def proposed_events(chunks: Iterable[bytes]) -> Iterator[Any]:
    decoder = _split_once_decoder()()
    for chunk in chunks:
        yield from decoder.feed(chunk)


def _count(events: Iterable[object]) -> int:
    return sum(1 for _ in events)


def decoder_throughput(events: int, repeats: int) -> dict[str, list[float]]:
    body = sse_body(events, 64)
    chunks = [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)]
    expected = events + 1  # the close event
    decoders = {
        "runbridge SSEDecoder": runbridge_events,
        "SSEDecoder, one split per chunk (proposed fix)": proposed_events,
        "naive split": naive_events,
    }
    try:
        if list(proposed_events(chunks)) != list(runbridge_events(chunks)):
            raise ValueError("it decodes the benchmark body differently from SSEDecoder")
    except Exception:  # the proposal leans on SSEDecoder's internals: if they changed, leave the row out
        del decoders["SSEDecoder, one split per chunk (proposed fix)"]
    rates: dict[str, list[float]] = {label: [] for label in decoders}
    for repeat in range(repeats):
        order = list(rates) if repeat % 2 == 0 else list(reversed(rates))
        for label in order:
            decode = decoders[label]
            started = time.perf_counter()
            count = _count(decode(chunks))
            elapsed = time.perf_counter() - started
            if count != expected:
                raise AssertionError(f"{label} decoded {count} events, expected {expected}")
            rates[label].append(count / elapsed)
    return rates


def loopback_throughput(base_url: str, events: int, repeats: int) -> dict[str, list[float]]:
    from runbridge.streaming import iter_sse
    from runbridge.transport import ClientOptions, build_client

    path = f"/sse?events={events}&size=64"
    rates: dict[str, list[float]] = {"runbridge client + iter_sse": [], "raw httpx + naive split": []}
    with httpx.Client(base_url=base_url) as raw, build_client(ClientOptions(base_url)) as ours:
        for repeat in range(repeats):
            order = list(rates) if repeat % 2 == 0 else list(reversed(rates))
            for label in order:
                started = time.perf_counter()
                if label.startswith("runbridge"):
                    with ours.stream("GET", path) as response:
                        count = _count(iter_sse(response, end_event="close"))
                else:
                    with raw.stream("GET", path) as response:
                        count = _count(naive_events(response.iter_bytes()))
                elapsed = time.perf_counter() - started
                rates[label].append(count / elapsed)
    return rates


def first_chunk(base_url: str, calls: int, block: int) -> dict[str, dict[str, float]]:
    from runbridge.streaming import iter_sse
    from runbridge.transport import ClientOptions, build_client

    with httpx.Client(base_url=base_url) as raw, build_client(ClientOptions(base_url)) as ours:

        def raw_first() -> None:
            with raw.stream("GET", "/sse/first") as response:
                next(response.iter_bytes())

        def ours_first() -> None:
            with ours.stream("GET", "/sse/first") as response:
                next(iter(iter_sse(response)))

        results = interleave(
            {
                "raw httpx: first body bytes": lambda n: time_sync(raw_first, n),
                "runbridge: first decoded event": lambda n: time_sync(ours_first, n),
            },
            calls=calls,
            block=block,
        )
    return {label: samples.summary() for label, samples in results.items()}


def run(*, events: int = 20000, repeats: int = 7, ttfc_calls: int = 500) -> Section:
    quick = events < 20000
    section = Section(
        name="streaming",
        title="Streaming (SSE)",
        intro=(
            f"{events:,} events of 64 bytes of JSON data (plus a final `close` event); medians of {repeats} "
            "interleaved repeats. Time to first chunk: interleaved blocks, median and p90."
        ),
        command=f"python -m bench --only streaming{' --quick' if quick else ''}",
    )
    command = f"`{section.command}`"
    decoded = decoder_throughput(events, repeats)
    table = Table(
        "Decoding only (in memory, 4 KiB chunks)",
        ["decoder", "events/s median", "events/s min", "vs naive", "reproduce"],
    )
    naive = statistics.median(decoded["naive split"])
    for label, rates in decoded.items():
        table.add(
            label,
            f"{statistics.median(rates):,.0f}",
            f"{min(rates):,.0f}",
            ratio(statistics.median(rates) / naive),
            command,
        )
    section.tables.append(table)
    section.data["decoder"] = decoded
    with bench_server() as server:
        over_wire = loopback_throughput(server.base_url, events, repeats)
        ttfc = first_chunk(server.base_url, ttfc_calls, 50)
    table = Table(
        "End to end over loopback (GET /sse)",
        ["client", "events/s median", "events/s min", "vs raw + naive", "reproduce"],
    )
    base = statistics.median(over_wire["raw httpx + naive split"])
    for label, rates in over_wire.items():
        table.add(
            label,
            f"{statistics.median(rates):,.0f}",
            f"{min(rates):,.0f}",
            ratio(statistics.median(rates) / base),
            command,
        )
    section.tables.append(table)
    section.data["loopback"] = over_wire
    table = Table(
        "Time to first chunk (GET /sse/first)",
        ["client", "requests", "median", "p90", "CPU median", "overhead vs raw (median)", "reproduce"],
    )
    raw_stats = ttfc["raw httpx: first body bytes"]
    for label, stats in ttfc.items():
        delta = stats["wall_median_us"] - raw_stats["wall_median_us"]
        table.add(
            label,
            int(stats["n"]),
            us(stats["wall_median_us"]),
            us(stats["wall_p90_us"]),
            us(stats["cpu_median_us"]),
            f"{delta:+.0f} µs",
            command,
        )
    section.tables.append(table)
    section.data["ttfc"] = ttfc
    section.notes.append(
        "The naive decoder is not a correct event-stream reader (no CR/CRLF line ends, UTF-8 characters split "
        "across reads become errors, no `id`/`retry`, no detection of a stream that ends early); it is the "
        "speed a careless reader gets, not a target."
    )
    _ = percentile  # p90 lives in the summaries above
    return section
