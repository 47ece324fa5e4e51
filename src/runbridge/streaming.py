"""Server-sent events: an incremental decoder and sync/async iterators over a streaming httpx response.

The decoder follows the WHATWG event-stream rules: lines end in LF, CR or CRLF (also when a CRLF is split
between two network reads); `data:` lines join with "\\n"; `:` lines are comments; `id` and `retry` are kept;
a blank line dispatches the event; an event without `event:` is a "message"; a leading byte-order mark is
dropped. Bytes are decoded as UTF-8 incrementally, so a character split across reads survives: the events are
the same however the body is cut into reads. One deliberate departure from the spec: an event with an `event:`
name and no `data:` is still dispatched (with empty data), because servers end streams with a bare
`event: close`.

With `end_event="close"`, a body that ends before that event raises `StreamInterruptedError`; a read that
fails mid-stream raises `StreamInterruptedError` (or `APITimeoutError` for a stalled read) instead of an httpx
exception. The response is always closed when iteration stops.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncGenerator, Generator
from typing import Any

import attrs
import httpx

from runbridge._redact import redact_url
from runbridge.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    StreamInterruptedError,
)

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_sse", "iter_sse"]


@attrs.frozen
class ServerSentEvent:
    """One dispatched event."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """The data parsed as JSON."""
        return json.loads(self.data)


class SSEDecoder:
    """Turns chunks of bytes, split anywhere, into events."""

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._pending_cr = False
        self._event = ""
        self._data: list[str] = []
        self._retry: int | None = None
        self._started = False
        self.last_event_id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events it completed."""
        return self._consume(self._text.decode(chunk))

    def _consume(self, text: str) -> list[ServerSentEvent]:
        if not text:
            # Nothing decoded yet (an empty read, or the first bytes of a multi-byte character): keep all state,
            # in particular a CR still waiting to learn whether an LF follows it.
            return []
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")
            if not text:
                return []
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]  # the LF of a CRLF that arrived after its CR
        buffer = self._buffer + text
        # One split per chunk (not one search per line): the last piece is the incomplete line, kept for later.
        lines = _LINE_END.split(buffer)
        self._buffer = lines.pop()
        # A chunk that ends in CR may be followed by the LF of a CRLF: remember to swallow it.
        self._pending_cr = not self._buffer and buffer.endswith("\r")
        events = []
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and not self._event:
            self._retry = None
            return None
        event = ServerSentEvent(
            event=self._event or "message", data="\n".join(self._data), id=self.last_event_id, retry=self._retry
        )
        self._event, self._data, self._retry = "", [], None
        return event


_LINE_END = re.compile(r"\r\n|\r|\n")


def _check_event_stream(response: httpx.Response) -> None:
    content_type = response.headers.get("content-type", "")
    if content_type and "text/event-stream" not in content_type:
        response.read()
        raise APIResponseValidationError(
            f"{response.request.method} {redact_url(response.request.url)} answered {content_type!r}, "
            "not an event stream",
            response=response,
        )


def _where(response: httpx.Response) -> str:
    return f"{response.request.method} {redact_url(response.request.url)}"


def _attempts(response: httpx.Response) -> int | None:
    value = response.request.extensions.get("runbridge.attempts")
    return value if isinstance(value, int) else None


def _interrupted(response: httpx.Response, count: int, reason: str) -> StreamInterruptedError:
    return StreamInterruptedError(
        f"event stream {_where(response)} broke off after {count} events: {reason}",
        request=response.request,
        attempts=_attempts(response),
    )


def _read_failed(response: httpx.Response, count: int, exc: Exception) -> APIConnectionError:
    """The error for a read that failed mid-stream: a stall is a timeout, anything else an interruption."""
    if isinstance(exc, APITimeoutError | httpx.TimeoutException):
        return APITimeoutError(
            f"event stream {_where(response)} stalled after {count} events",
            request=response.request,
            attempts=_attempts(response),
        )
    if isinstance(exc, StreamInterruptedError):
        return exc
    return _interrupted(response, count, type(exc.__cause__ or exc).__name__)


def iter_sse(response: httpx.Response, *, end_event: str | None = None) -> Generator[ServerSentEvent, None, None]:
    """Events from a streaming response as they arrive; stops after `end_event` if given.

    Closing the generator early (`.close()`, or leaving a `for` loop) closes the response."""
    decoder = SSEDecoder()
    count = 0
    try:
        _check_event_stream(response)
        try:
            for chunk in response.iter_bytes():
                for event in decoder.feed(chunk):
                    count += 1
                    yield event
                    if end_event is not None and event.event == end_event:
                        return
        except (httpx.RequestError, APIConnectionError) as exc:
            error = _read_failed(response, count, exc)
            if error is exc:
                raise
            raise error from exc
        if end_event is not None:
            raise _interrupted(response, count, f"the body ended without a {end_event!r} event")
    finally:
        response.close()


async def aiter_sse(response: httpx.Response, *, end_event: str | None = None) -> AsyncGenerator[ServerSentEvent, None]:
    """The async twin of iter_sse."""
    decoder = SSEDecoder()
    count = 0
    try:
        content_type = response.headers.get("content-type", "")
        if content_type and "text/event-stream" not in content_type:
            await response.aread()
            _check_event_stream(response)
        try:
            async for chunk in response.aiter_bytes():
                for event in decoder.feed(chunk):
                    count += 1
                    yield event
                    if end_event is not None and event.event == end_event:
                        return
        except (httpx.RequestError, APIConnectionError) as exc:
            error = _read_failed(response, count, exc)
            if error is exc:
                raise
            raise error from exc
        if end_event is not None:
            raise _interrupted(response, count, f"the body ended without a {end_event!r} event")
    finally:
        await response.aclose()
