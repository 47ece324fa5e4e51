"""The SSE decoder: the event-stream rules, and the same events at every split point, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from runbridge.errors import APIResponseValidationError, APITimeoutError, StreamInterruptedError
from runbridge.streaming import ServerSentEvent, SSEDecoder, aiter_sse, iter_sse

STREAM = (
    "\ufeff: a comment first, after a byte-order mark\n"
    "data: plain\n\n"
    'event: chunk\r\ndata: {"delta": "caf\u00e9"}\r\nid: 7\r\n\r\n'
    "data: first\rdata: second\r\r"
    "data:no space\ndata:  two spaces\n\n"
    "retry: 2500\nevent: message\ndata: \u2615\n\n"
    "id: 8\nevent: close\n\n"
).encode()
EXPECTED = [
    ServerSentEvent(data="plain"),
    ServerSentEvent(event="chunk", data='{"delta": "caf\u00e9"}', id="7"),
    ServerSentEvent(data="first\nsecond", id="7"),
    ServerSentEvent(data="no space\n two spaces", id="7"),
    ServerSentEvent(data="\u2615", id="7", retry=2500),
    ServerSentEvent(event="close", data="", id="8"),
]


def decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


def test_the_reference_stream_decodes_as_expected() -> None:
    assert decode([STREAM]) == EXPECTED


@pytest.mark.parametrize("cut", range(len(STREAM) + 1))
def test_every_single_split_point_gives_the_same_events(cut: int) -> None:
    assert decode([STREAM[:cut], STREAM[cut:]]) == EXPECTED


def test_one_byte_at_a_time_with_empty_reads_in_between() -> None:
    chunks = [piece for index in range(len(STREAM)) for piece in (STREAM[index : index + 1], b"")]
    assert decode(chunks) == EXPECTED


def test_a_crlf_split_by_an_empty_read_is_one_line_end() -> None:
    assert decode([b"data: x\r", b"", b"\n", b"\r\n"]) == [ServerSentEvent(data="x")]


def test_a_multibyte_character_split_across_reads_survives() -> None:
    encoded = "data: \u2615\n\n".encode()
    cut = encoded.index(b"\xe2") + 1
    assert decode([encoded[:cut], encoded[cut:]]) == [ServerSentEvent(data="\u2615")]


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert decode([b"data: \xff\xfe\n\n"]) == [ServerSentEvent(data="\ufffd\ufffd")]


def test_only_ascii_digits_set_retry() -> None:
    # "²" is a digit to str.isdigit() but not a number int() accepts.
    assert decode(["retry: \u00b2\ndata: a\n\n".encode(), b"retry: 10\ndata: b\n\n"]) == [
        ServerSentEvent(data="a"),
        ServerSentEvent(data="b", retry=10),
    ]


def test_an_id_with_nul_is_ignored_and_ids_persist() -> None:
    assert decode([b"id: 1\ndata: a\n\nid: x\x00y\ndata: b\n\n"]) == [
        ServerSentEvent(data="a", id="1"),
        ServerSentEvent(data="b", id="1"),
    ]


def test_unknown_fields_and_lone_blank_lines_dispatch_nothing() -> None:
    assert decode([b"\n\nfoo: bar\n\n: comment\n\n"]) == []


def test_a_field_without_colon_counts_with_an_empty_value() -> None:
    assert decode([b"data\ndata\n\n"]) == [ServerSentEvent(data="\n")]


def test_an_incomplete_last_event_is_not_dispatched() -> None:
    assert decode([b"data: done\n\ndata: half"]) == [ServerSentEvent(data="done")]


def test_json_helper() -> None:
    assert ServerSentEvent(data='{"a": [1]}').json() == {"a": [1]}


# -- iter_sse / aiter_sse over httpx responses ----------------------------------------------------------------------


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in exactly these reads, optionally failing after them."""

    def __init__(self, chunks: list[bytes], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def response_of(stream: Chunks, content_type: str = "text/event-stream") -> httpx.Response:
    request = httpx.Request("GET", "http://127.0.0.1/stream?access_token=abc")
    return httpx.Response(200, headers={"Content-Type": content_type}, stream=stream, request=request)


def collect(mode: str, stream: Chunks, *, end_event: str | None = "close") -> list[ServerSentEvent]:
    response = response_of(stream)
    if mode == "sync":
        return list(iter_sse(response, end_event=end_event))

    async def run() -> list[ServerSentEvent]:
        return [event async for event in aiter_sse(response, end_event=end_event)]

    return asyncio.run(run())


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("cut", range(0, len(STREAM) + 1, 3))
def test_split_points_through_the_response_iterators(mode: str, cut: int) -> None:
    assert collect(mode, Chunks([STREAM[:cut], STREAM[cut:]])) == EXPECTED


@pytest.mark.parametrize("mode", MODES)
def test_one_byte_per_read_through_the_response_iterators(mode: str) -> None:
    assert collect(mode, Chunks([bytes([byte]) for byte in STREAM])) == EXPECTED


@pytest.mark.parametrize("mode", MODES)
def test_iteration_stops_at_the_end_event_and_closes_the_response(mode: str) -> None:
    stream = Chunks([b"data: 1\n\nevent: close\ndata: bye\n\ndata: after close\n\n"])
    assert [event.data for event in collect(mode, stream)] == ["1", "bye"]
    assert stream.closed


@pytest.mark.parametrize("mode", MODES)
def test_a_body_ending_without_the_end_event_is_interrupted(mode: str) -> None:
    with pytest.raises(StreamInterruptedError) as caught:
        collect(mode, Chunks([b"data: 1\n\ndata: 2\n\n"]))
    assert "broke off after 2 events: the body ended without a 'close' event" in str(caught.value)
    assert "access_token=[REDACTED]" in str(caught.value)
    assert caught.value.request is not None


@pytest.mark.parametrize("mode", MODES)
def test_without_an_end_event_a_clean_end_is_fine(mode: str) -> None:
    assert [event.data for event in collect(mode, Chunks([b"data: 1\n\n"]), end_event=None)] == ["1"]


@pytest.mark.parametrize("mode", MODES)
def test_a_read_error_mid_stream_is_interrupted(mode: str) -> None:
    stream = Chunks([b"data: 1\n\n"], error=httpx.RemoteProtocolError("peer closed connection"))
    with pytest.raises(StreamInterruptedError, match="broke off after 1 events: RemoteProtocolError"):
        collect(mode, stream)
    assert stream.closed


@pytest.mark.parametrize("mode", MODES)
def test_a_read_timeout_mid_stream_is_a_timeout(mode: str) -> None:
    with pytest.raises(APITimeoutError, match="stalled after 1 events"):
        collect(mode, Chunks([b"data: 1\n\n"], error=httpx.ReadTimeout("slow")))


@pytest.mark.parametrize("mode", MODES)
def test_a_body_that_is_not_an_event_stream_is_a_validation_error(mode: str) -> None:
    response = response_of(Chunks([b'{"detail": "nope"}']), content_type="application/json")
    with pytest.raises(APIResponseValidationError, match="'application/json', not an event stream"):
        drain(mode, response)


def drain(mode: str, response: httpx.Response) -> None:
    if mode == "sync":
        list(iter_sse(response))
        return

    async def run() -> None:
        async for _event in aiter_sse(response):
            pass

    asyncio.run(run())


def test_closing_the_generator_early_closes_the_response() -> None:
    stream = Chunks([b"data: 1\n\ndata: 2\n\n"])
    events = iter_sse(response_of(stream))
    assert next(events).data == "1"
    events.close()
    assert stream.closed
