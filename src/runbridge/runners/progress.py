"""The batch progress bar: done/total, rate and failure count, with tqdm when the `progress` extra is installed.

Without tqdm a batch still runs; it logs one hint (at INFO on "runbridge.runners") and a final summary line
instead of drawing a bar.
"""

from __future__ import annotations

import logging
import time
from typing import IO, Any

__all__ = ["Progress"]

logger = logging.getLogger("runbridge.runners")


class Progress:
    """Counts finished and failed items of one batch and shows them (tqdm bar, or nothing)."""

    def __init__(
        self,
        *,
        total: int,
        initial: int = 0,
        failed: int = 0,
        description: str = "",
        enabled: bool = True,
        file: IO[str] | None = None,
    ) -> None:
        self.total = total
        self.done = initial
        self.failed = failed
        self._started = time.perf_counter()
        self._description = description
        self._bar: Any = None
        if enabled and total > initial:
            self._bar = _tqdm_bar(total=total, initial=initial, failed=failed, description=description, file=file)

    def update(self, *, failed: bool) -> None:
        self.done += 1
        if failed:
            self.failed += 1
        if self._bar is not None:
            if failed:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elapsed = time.perf_counter() - self._started
        logger.info(
            "%s: %d of %d done, %d failed, in %.1fs",
            self._description or "batch",
            self.done,
            self.total,
            self.failed,
            elapsed,
        )


_hinted = False


def _tqdm_bar(*, total: int, initial: int, failed: int, description: str, file: IO[str] | None) -> Any:
    global _hinted
    try:
        from tqdm.auto import tqdm
    except ModuleNotFoundError:
        if not _hinted:
            logger.info("install the progress extra for a progress bar: pip install 'runbridge[progress]'")
            _hinted = True
        return None
    # tqdm shows the rate (queries/s) and the elapsed/remaining time; the failure count rides in the postfix.
    return tqdm(
        total=total,
        initial=initial,
        desc=description or None,
        unit="query",
        file=file,
        dynamic_ncols=True,
        smoothing=0.1,
        postfix={"failed": failed},
    )
