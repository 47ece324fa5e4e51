"""Run one runner over many queries: bounded concurrency, input order, failures kept, optional checkpoint.

A fixed number of workers (`max_concurrent`) take the next unfinished item, run it, store its result at its
input position, append it to the checkpoint and tick the progress bar. A runner with its own `aexecute()` runs
as worker coroutines on the caller's loop; a sync-only runner runs in as many worker threads, which record their
results themselves (the loop is not woken per item), so neither can exceed the bound. Every item ends as an
`APIResponseData`: a failure (after the runner's own retries) is a `status="failed"` result carrying the
exception, never a missing entry or a crashed batch.

Cancellation (Ctrl-C, a task cancelled, a timeout around the batch) stops the workers at once; items already
finished are in the checkpoint and a rerun continues from there.

The worker pools themselves, `run_bounded` (coroutines) and `run_in_threads`, know nothing of runners:
evaluations run their items on `run_bounded` too.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from runbridge.errors import ConfigError
from runbridge.runners.checkpoint import Checkpoint
from runbridge.runners.errors import RunnerError
from runbridge.runners.execution import acall_captured, call_captured
from runbridge.runners.progress import Progress
from runbridge.runners.response import APIResponseData

if TYPE_CHECKING:
    from runbridge.runners.base import BaseAPIRunner

__all__ = ["as_queries", "run_batch", "run_bounded", "run_in_threads"]

logger = logging.getLogger("runbridge.runners")

ResultT = TypeVar("ResultT")


def as_queries(queries: Iterable[str]) -> list[str]:
    """The batch's queries as a list of strings; anything else is a clear error naming the position."""
    if isinstance(queries, str | bytes):
        raise RunnerError("execute_batch() takes a list of queries, not a single string; use execute() for one query")
    items = list(queries)
    for position, query in enumerate(items):
        if not isinstance(query, str):
            raise RunnerError(f"query {position} is a {type(query).__name__}, not a string")
    return items


async def run_batch(
    runner: BaseAPIRunner,
    queries: Iterable[str],
    *,
    max_concurrent: int,
    checkpoint: Path | None = None,
    retry_failed: bool = False,
    show_progress: bool = True,
    call_kwargs: Mapping[str, Any] | None = None,
) -> list[APIResponseData]:
    """Run every query through `runner`; see the module docstring."""
    if not isinstance(max_concurrent, int) or isinstance(max_concurrent, bool) or max_concurrent < 1:
        raise ConfigError(f"max_concurrent must be a positive integer, not {max_concurrent!r}")
    items = as_queries(queries)
    kwargs = dict(call_kwargs or {})
    results: list[APIResponseData | None] = [None] * len(items)

    record = None
    if checkpoint is not None:
        record = Checkpoint(
            checkpoint,
            runner=runner.name or type(runner).__name__,
            queries=items,
            secrets=runner.secret_values(),
            retry_failed=retry_failed,
        )
        for index, finished in record.open().items():
            results[index] = finished
    try:
        pending = [index for index, result in enumerate(results) if result is None]
        if record is not None and len(pending) < len(items):
            logger.info(
                "%s: %d of %d items already in %s", runner.name, len(items) - len(pending), len(items), checkpoint
            )
        progress = Progress(
            total=len(items),
            initial=len(items) - len(pending),
            failed=sum(1 for result in results if result is not None and result.failed),
            description=runner.name or type(runner).__name__,
            enabled=show_progress,
        )
        try:
            if pending:
                await _run_pending(runner, items, pending, results, kwargs, max_concurrent, record, progress)
        finally:
            progress.close()
        if record is not None:
            record.finish()
    finally:
        if record is not None:
            record.close()
    return [result for result in results if result is not None]


async def _run_pending(
    runner: BaseAPIRunner,
    items: list[str],
    pending: list[int],
    results: list[APIResponseData | None],
    kwargs: dict[str, Any],
    max_concurrent: int,
    record: Checkpoint | None,
    progress: Progress,
) -> None:
    workers = min(max_concurrent, len(pending))
    if runner.is_async:
        await runner.astart()
        try:
            await run_bounded(
                pending,
                lambda index: acall_captured(runner, items[index], **kwargs),
                workers=workers,
                on_result=_recorder(items, results, record, progress),
            )
        finally:
            await runner.astop()
        return

    await run_in_threads(
        pending,
        lambda index: call_captured(runner, items[index], **kwargs),
        workers=workers,
        on_result=_recorder(items, results, record, progress),
        name=f"runbridge-{runner.name or 'runner'}",
    )


def _recorder(
    items: list[str], results: list[APIResponseData | None], record: Checkpoint | None, progress: Progress
) -> Callable[[int, APIResponseData], None]:
    """What happens to each finished item: stored at its input position, checkpointed, counted."""

    def finished(index: int, result: APIResponseData) -> None:
        results[index] = result
        if record is not None:
            record.append(index, result)
        progress.update(failed=result.failed)

    return finished


async def run_in_threads(
    positions: Sequence[int],
    run_one: Callable[[int], ResultT],
    *,
    workers: int,
    on_result: Callable[[int, ResultT], None],
    name: str,
) -> None:
    """`run_one(position)` for every position in `workers` threads; `on_result` sees each result as it completes.

    Each thread takes the next position and runs it until none is left, and hands its result to `on_result`
    itself (under a lock, so checkpoint writes and progress never interleave): the event loop is woken once,
    when the last thread ends, not once per item. Each thread runs in its own copy of the caller's context, so
    context variables set by the caller are seen by the runner. Cancellation stops the threads from taking new
    positions and drops the results of calls still running (a rerun from the checkpoint runs them again); it
    does not wait for those calls.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    order = iter(positions)
    lock = threading.Lock()  # guards everything below, and every on_result call
    running = min(workers, len(positions))
    stopped = False  # set on the first failure and when the caller stops waiting
    waiting = True  # the caller still awaits `done` (its loop may be closed once it stops)
    failure: BaseException | None = None

    def settle() -> None:
        if not done.done():
            if failure is not None:
                done.set_exception(failure)
            else:
                done.set_result(None)

    def work() -> None:
        nonlocal running, stopped, failure
        try:
            while True:
                with lock:
                    position = None if stopped else next(order, None)
                if position is None:
                    return
                result = run_one(position)
                with lock:
                    if stopped:
                        return
                    on_result(position, result)
        except BaseException as exc:  # the batch fails with the first error; the other threads stop
            with lock:
                stopped = True
                failure = failure or exc
        finally:
            with lock:
                running -= 1
                if waiting and (running == 0 or failure is not None):
                    loop.call_soon_threadsafe(settle)

    # Daemon threads: after a Ctrl-C the process may exit without waiting for calls still in flight.
    threads = [
        threading.Thread(target=contextvars.copy_context().run, args=(work,), name=f"{name}-{number}", daemon=True)
        for number in range(running)
    ]
    for thread in threads:
        thread.start()
    try:
        await done
    finally:
        with lock:
            stopped = True
            waiting = False


async def run_bounded(
    positions: Sequence[int],
    run_one: Callable[[int], Awaitable[ResultT]],
    *,
    workers: int,
    on_result: Callable[[int, ResultT], None],
) -> None:
    """`run_one(position)` for every position, at most `workers` at once; `on_result` sees each result as it
    completes. A failure or a cancellation stops every worker, and they unwind before it propagates."""
    order = iter(positions)

    async def worker() -> None:
        # All workers share one iterator: each takes the next position (no locking needed on one loop).
        for position in order:
            on_result(position, await run_one(position))

    tasks = [asyncio.ensure_future(worker()) for _ in range(min(workers, len(positions)))]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        # Let the cancelled workers unwind before the caller closes the runner's clients under them.
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
