"""Run one query on one runner and return a complete result: output, measured latency and a trace.

`call` raises the runner's error (single queries); `call_captured` turns any failure into a `status="failed"`
result (batches), so a batch never loses an item. Both record tries, retries and HTTP exchanges in the trace.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from runbridge.runners.errors import RunnerError
from runbridge.runners.response import APIResponseData
from runbridge.runners.tracing import TraceRecorder, recording

if TYPE_CHECKING:
    from runbridge.runners.base import BaseAPIRunner

__all__ = ["acall", "acall_captured", "call", "call_captured"]


def _finish(
    runner: BaseAPIRunner, query: str, result: object, started: float, recorder: TraceRecorder
) -> APIResponseData:
    if isinstance(result, str):  # a runner that returns plain text is understood, not rejected
        result = APIResponseData(query=query, actual_output=result)
    if not isinstance(result, APIResponseData):
        raise RunnerError(
            f"{type(runner).__name__}.execute() returned {type(result).__name__}; it must return APIResponseData"
        )
    result.complete(
        latency=time.perf_counter() - started, trace={"runner": runner.name, **recorder.as_trace(), **result.trace}
    )
    return result


def _failed(
    runner: BaseAPIRunner, query: str, error: Exception, started: float, recorder: TraceRecorder
) -> APIResponseData:
    trace = {"runner": runner.name, **recorder.as_trace()}
    attempts = getattr(error, "attempts", None)
    if isinstance(attempts, int) and attempts > trace.get("attempts", 1):
        trace["attempts"] = attempts
    return APIResponseData.from_error(query, error, latency=time.perf_counter() - started, trace=trace)


def call(runner: BaseAPIRunner, query: str, **kwargs: Any) -> APIResponseData:
    """Run `runner.execute(query)`; the runner's exception propagates."""
    with recording() as recorder:
        started = time.perf_counter()
        result = runner.execute(query, **kwargs)
        return _finish(runner, query, result, started, recorder)


async def acall(runner: BaseAPIRunner, query: str, **kwargs: Any) -> APIResponseData:
    """Run `runner.aexecute(query)`; the runner's exception propagates."""
    with recording() as recorder:
        started = time.perf_counter()
        result = await runner.aexecute(query, **kwargs)
        return _finish(runner, query, result, started, recorder)


def call_captured(runner: BaseAPIRunner, query: str, **kwargs: Any) -> APIResponseData:
    """Like `call`, but a failure becomes a failed result carrying the exception."""
    with recording() as recorder:
        started = time.perf_counter()
        try:
            return _finish(runner, query, runner.execute(query, **kwargs), started, recorder)
        except Exception as error:
            return _failed(runner, query, error, started, recorder)


async def acall_captured(runner: BaseAPIRunner, query: str, **kwargs: Any) -> APIResponseData:
    """Like `acall`, but a failure becomes a failed result carrying the exception."""
    with recording() as recorder:
        started = time.perf_counter()
        try:
            return _finish(runner, query, await runner.aexecute(query, **kwargs), started, recorder)
        except Exception as error:
            return _failed(runner, query, error, started, recorder)
