"""Collect what happened during one query — tries, retries, HTTP exchanges — into `APIResponseData.trace`.

A `TraceRecorder` lives in a context variable for the duration of one query, so `api_retry` (and the transport's
exchange capture) can report to it from any depth of user code, in a task or in a worker thread, without the
runner passing anything around.
"""

from __future__ import annotations

import contextvars
from typing import TYPE_CHECKING, Any

import attrs

from runbridge.runners.response import describe_error

if TYPE_CHECKING:
    from runbridge.transport import Exchange

__all__ = ["TraceRecorder", "current_recorder", "recording"]

_current: contextvars.ContextVar[TraceRecorder | None] = contextvars.ContextVar("runbridge_runner_trace", default=None)


@attrs.define
class TraceRecorder:
    """Tries and retries of the retried operations, and HTTP exchanges, seen while one query ran."""

    tries: dict[str, int] = attrs.field(factory=dict)
    retries: list[dict[str, Any]] = attrs.field(factory=list)
    exchanges: list[dict[str, Any]] = attrs.field(factory=list)
    # Lists that runbridge.transport.capture() is filling while the query runs; read when the trace is built.
    live: list[list[Exchange]] = attrs.field(factory=list)

    def record_try(self, operation: str, attempt: int) -> None:
        self.tries[operation] = max(self.tries.get(operation, 0), attempt)

    def record_retry(self, operation: str, attempt: int, error: BaseException, delay: float) -> None:
        self.retries.append(
            {"operation": operation, "attempt": attempt, "error": describe_error(error), "retry_in": round(delay, 3)}
        )

    def as_trace(self) -> dict[str, Any]:
        """The trace fields: attempts, retries, exchanges, and the status codes and request ids among them."""
        exchanges = [*self.exchanges, *(_exchange_dict(item) for captured in self.live for item in captured)]
        # Attempts: the most tries of any retried operation, or of any single HTTP exchange (transport retries).
        exchange_attempts = (exchange.get("attempts") for exchange in exchanges)
        attempts = max(
            [*self.tries.values(), *(value for value in exchange_attempts if isinstance(value, int))], default=1
        )
        trace: dict[str, Any] = {"attempts": attempts}
        if self.retries:
            trace["retries"] = list(self.retries)
        status_codes: list[int] = []
        request_ids: list[str] = []
        for retry in self.retries:
            _collect(retry["error"], status_codes, request_ids)
        if exchanges:
            trace["exchanges"] = exchanges
            status_codes = []  # the exchanges are the complete record; retried errors are among them
            request_ids = []
            for exchange in exchanges:
                _collect(exchange, status_codes, request_ids)
        if status_codes:
            trace["status_codes"] = status_codes
        if request_ids:
            trace["request_ids"] = request_ids
        return trace


def _collect(record: dict[str, Any], status_codes: list[int], request_ids: list[str]) -> None:
    status = record.get("status_code", record.get("status"))
    if isinstance(status, int):
        status_codes.append(status)
    request_id = record.get("request_id")
    if isinstance(request_id, str) and request_id:
        request_ids.append(request_id)


def current_recorder() -> TraceRecorder | None:
    return _current.get()


class recording:
    """Record one query's tries and HTTP exchanges; nested use (a runner calling the registry) shares the outer one.

    A class rather than a generator-based context manager: it is entered once per query of every batch, and
    this way costs two context-variable sets, nothing else. httpx loads only when the first query is recorded.
    """

    __slots__ = ("_capture", "_token", "recorder")

    def __enter__(self) -> TraceRecorder:
        outer = _current.get()
        if outer is not None:
            self._token = None
            self.recorder = outer
            return outer
        from runbridge.transport import capture  # the transport, and httpx, on first use

        self.recorder = TraceRecorder()
        self._token = _current.set(self.recorder)
        self._capture = capture()
        self.recorder.live.append(self._capture.__enter__())
        return self.recorder

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            self._capture.__exit__(None, None, None)
            _current.reset(self._token)


def _exchange_dict(exchange: Exchange) -> dict[str, Any]:
    return exchange.as_dict()
