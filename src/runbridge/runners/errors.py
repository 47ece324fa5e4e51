"""The runners' own errors, in a module that imports nothing else from the runners so every module can use them.

RunbridgeError
 └── RunnerError               a runner was defined or used wrongly (not a failure of the service it calls)
      ├── UnknownRunnerError   no runner is registered under a name (also a LookupError)
      ├── CheckpointError      a checkpoint file of another batch, unreadable, or in use by another process
      └── ResponseShapeError   a response that is not JSON, or lacks the field a runner's config points at
"""

from __future__ import annotations

from runbridge.errors import RunbridgeError

__all__ = ["CheckpointError", "ResponseShapeError", "RunnerError", "UnknownRunnerError"]


class RunnerError(RunbridgeError):
    """A runner was defined or used wrongly (not a failure of the service it calls)."""


class UnknownRunnerError(RunnerError, LookupError):
    """No runner is registered under the name asked for; the message lists the registered names."""


class CheckpointError(RunnerError):
    """A checkpoint file that belongs to another batch, is unreadable, or is in use by another process."""


class ResponseShapeError(RunnerError):
    """A response that is not JSON, or lacks the field a runner's config points at."""
