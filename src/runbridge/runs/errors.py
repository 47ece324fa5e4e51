"""Errors of the runs client beyond the shared hierarchy in runbridge.errors.

    RunbridgeError
     └── RunFailedError     `execute` finished, but the run's status is `failed` (the run is attached)

Every HTTP failure is one of runbridge.errors' classes (NotFoundError, AuthenticationError, ...); a stream
that breaks off before its `close` event is a StreamInterruptedError.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from runbridge.errors import RunbridgeError

if TYPE_CHECKING:
    from runbridge.runs.types import Run


class RunFailedError(RunbridgeError):
    """A run ended with status `failed`; `.run` is the run as the service reports it, `.error` its error."""

    def __init__(self, run: Run) -> None:
        error = run.error or {}
        detail = error.get("message") if isinstance(error.get("message"), str) else "no error message"
        code = f" [{error['code']}]" if isinstance(error.get("code"), str) else ""
        super().__init__(
            f"run {run.id} of interaction {run.interaction.id if run.interaction else '?'} failed{code}: {detail}"
        )
        self.run = run
        self.error = error
