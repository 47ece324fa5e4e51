"""Fuzzing the SSE decoder: any byte chunking of any stream decodes to the same events, sync and async, and
arbitrary bytes never raise anything but a runbridge error.

How many examples each test draws: tests/fuzz/profiles.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
from hypothesis import given
from hypothesis import strategies as st

from runbridge.errors import RunbridgeError
from runbridge.streaming import ServerSentEvent, SSEDecoder, aiter_sse, iter_sse
from tests.fuzz.profiles import FUZZ

# Lines built from the pieces that matter to the grammar, so that examples are streams, not just noise.
FIELD = st.sampled_from(["data", "event", "id", "retry", "", ":", "dat", "data ", "DATA"])
VALUE = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=12)
EOL = st.sampled_from(["\n", "\r", "\r\n"])
LINE = st.one_of(
    st.tuples(FIELD, st.sampled_from([":", ": ", ""]), VALUE, EOL).map("".join),
    EOL,  # blank lines dispatch
    st.tuples(st.just(":"), VALUE, EOL).map("".join),  # comments
)
STREAM = st.tuples(st.booleans(), st.lists(LINE, max_size=25)).map(
    lambda pair: ("\ufeff" if pair[0] else "") + "".join(pair[1])
)


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(cut, len(data)) for cut in cuts})
    pieces, start = [], 0
    for point in points:
        pieces.append(data[start:point])  # may be empty: an empty read is legal
        start = point
    pieces.append(data[start:])
    return pieces


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


@FUZZ
@given(text=STREAM, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=30))
def test_any_chunking_of_a_stream_gives_the_same_events(text: str, cuts: list[int]) -> None:
    data = text.encode()
    whole = decode([data])
    assert decode(chunked(data, cuts)) == whole
    assert decode([bytes([byte]) for byte in data]) == whole


@FUZZ
@given(data=st.binary(max_size=300), cuts=st.lists(st.integers(min_value=0, max_value=300), max_size=20))
def test_arbitrary_bytes_decode_the_same_however_split(data: bytes, cuts: list[int]) -> None:
    whole = decode([data])
    assert decode(chunked(data, cuts)) == whole
    for event in whole:
        assert isinstance(event.data, str)
        assert event.retry is None or event.retry >= 0


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def response(chunks: list[bytes]) -> httpx.Response:
    request = httpx.Request("GET", "http://127.0.0.1/stream")
    return httpx.Response(200, headers={"Content-Type": "text/event-stream"}, stream=Body(chunks), request=request)


def sync_events(chunks: list[bytes], end_event: str | None) -> list[ServerSentEvent] | type[RunbridgeError]:
    events: list[ServerSentEvent] = []
    try:
        for event in iter_sse(response(chunks), end_event=end_event):
            events.append(event)
    except RunbridgeError as error:
        return type(error)
    return events


def async_events(chunks: list[bytes], end_event: str | None) -> list[ServerSentEvent] | type[RunbridgeError]:
    async def run() -> list[ServerSentEvent] | type[RunbridgeError]:
        events: list[ServerSentEvent] = []
        try:
            async for event in aiter_sse(response(chunks), end_event=end_event):
                events.append(event)
        except RunbridgeError as error:
            return type(error)
        return events

    return asyncio.run(run())


@FUZZ
@given(
    text=STREAM,
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12),
    end_event=st.sampled_from([None, "close", "message"]),
)
def test_sync_and_async_iterators_agree_at_any_chunking(text: str, cuts: list[int], end_event: str | None) -> None:
    data = text.encode()
    expected = sync_events([data], end_event)
    assert sync_events(chunked(data, cuts), end_event) == expected
    assert async_events(chunked(data, cuts), end_event) == expected
