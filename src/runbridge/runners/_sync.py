"""Run a coroutine to completion from synchronous code, even when the caller is inside an event loop.

Scripts get `asyncio.run`. Code already running on a loop (a Jupyter cell, an async web handler calling a sync
helper) cannot start a second loop on the same thread, so there the coroutine runs on a fresh loop in a helper
thread while the caller waits; exceptions, KeyboardInterrupt included, come back to the caller.
"""

from __future__ import annotations

import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["run_sync"]


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    import asyncio  # on the first sync call, not when the registry is imported

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(asyncio.run(coroutine))
        except BaseException as exc:  # handed to the caller's thread below
            failure.append(exc)

    helper = threading.Thread(target=run, name="runbridge-sync")
    helper.start()
    helper.join()
    if failure:
        raise failure[0]
    return outcome[0]
