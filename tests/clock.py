"""A clock the tests move by hand, so token lifetimes pass without waiting."""

from __future__ import annotations

import threading
import time


class ManualClock:
    """Epoch seconds that start at the real time and change only when `advance` is called (thread-safe)."""

    def __init__(self) -> None:
        self._now = time.time()
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds
