"""Run one runner over many queries: bounded concurrency, input order, failures kept, optional checkpoint.

A fixed number of worker coroutines (`max_concurrent`) take the next unfinished item, run it, store its result
at its input position, append it to the checkpoint and tick the progress bar. A runner with its own
`aexecute()` runs as coroutines on the caller's loop; a sync-only runner runs in a thread pool of the same
size, so neither can exceed the bound. Every item ends as an `APIResponseData`: a failure (after the runner's
own retries) is a `status="failed"` result carrying the exception, never a missing entry or a crashed batch.

Cancellation (Ctrl-C, a task cancelled, a timeout around the batch) stops the workers at once; items already
finished are in the checkpoint and a rerun continues from there.

The worker pool itself, `run_bounded`, knows nothing of runners: evaluations run their items on it too.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import functools
import logging
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

__all__ = ["as_queries", "run_batch", "run_bounded"]

logger = logging.getLogger("runbridge.runners")

ResultT = TypeVar("ResultT")
RunOne = Callable[[str], Awaitable[APIResponseData]]


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

            async def run_async(query: str) -> APIResponseData:
                return await acall_captured(runner, query, **kwargs)

            await _drive(pending, items, results, run_async, workers, record, progress)
        finally:
            await runner.astop()
        return

    loop = asyncio.get_running_loop()
    # Named through the package, whose thread-pool module then loads only when a batch first needs threads.
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=workers, thread_name_prefix=f"runbridge-{runner.name or 'runner'}"
    )
    try:

        async def run_in_thread(query: str) -> APIResponseData:
            # Copy the caller's context into the thread (run_in_executor does not, unlike asyncio.to_thread).
            context = contextvars.copy_context()
            call = functools.partial(context.run, call_captured, runner, query, **kwargs)
            return await loop.run_in_executor(pool, call)

        await _drive(pending, items, results, run_in_thread, workers, record, progress)
    finally:
        # On cancellation do not wait for calls already in threads: their results are dropped (not written to
        # the checkpoint), so a rerun runs those items again.
        pool.shutdown(wait=False, cancel_futures=True)


async def _drive(
    order: Sequence[int],
    items: list[str],
    results: list[APIResponseData | None],
    run_one: RunOne,
    workers: int,
    record: Checkpoint | None,
    progress: Progress,
) -> None:
    def finished(index: int, result: APIResponseData) -> None:
        results[index] = result
        if record is not None:
            record.append(index, result)
        progress.update(failed=result.failed)

    await run_bounded(order, lambda index: run_one(items[index]), workers=workers, on_result=finished)


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
