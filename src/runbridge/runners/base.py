"""`BaseAPIRunner`: the class every runner subclasses — implement `execute()`, or `aexecute()` for true async.

A runner owns its config section, its concurrency bound, its retry policy and any clients it opens. Batches
(`execute_batch`) come with the base class and run on `runbridge.runners.batch`: sync-only runners in a bounded
set of worker threads, async runners as tasks on the caller's event loop. The batch and single-call modules see a
runner only through this interface (they import this module for type checking alone), so the dependency runs
one way: base -> batch -> execution. The batch module (and asyncio) load with the first batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

from runbridge._redact import SENSITIVE_HEADERS, SENSITIVE_KEYS
from runbridge.config import check_keys
from runbridge.errors import ConfigError
from runbridge.retry import RetryConfig
from runbridge.runners._sync import run_sync
from runbridge.runners.errors import RunnerError
from runbridge.runners.response import APIResponseData

__all__ = ["BaseAPIRunner"]

# Config keys whose values are credentials: kept out of reprs, checkpoints and the `display()` table.
_SECRET_KEY_SUFFIXES = ("api_key", "apikey", "_secret", "_token", "password", "credentials")


class BaseAPIRunner:
    """Base class of every registered runner: one configured way of turning a query into an `APIResponseData`.

    Subclasses set `name`, optionally document their config in `config_keys` ({key: description}, with the
    required ones in `required_config_keys`) — then unknown or missing keys are a `ConfigError` and
    `APIRunner.display()` lists them — and implement `execute(query, **kwargs)`. A runner that can do real
    async I/O also implements `aexecute(query, **kwargs)`, which batches then use instead of threads.
    """

    name: ClassVar[str] = ""
    config_keys: ClassVar[Mapping[str, str]] = {}
    required_config_keys: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        config: Mapping[str, Any] | None = None,
        *,
        max_concurrent: int = 5,
        retry_config: RetryConfig | None = None,
        show_progress: bool = True,
    ) -> None:
        if config is not None and not isinstance(config, Mapping):
            raise ConfigError(
                f"{self._label()}: config must be a mapping of option to value, not {type(config).__name__}"
            )
        if not isinstance(max_concurrent, int) or isinstance(max_concurrent, bool) or max_concurrent < 1:
            raise ConfigError(f"{self._label()}: max_concurrent must be a positive integer, not {max_concurrent!r}")
        if retry_config is not None and not isinstance(retry_config, RetryConfig):
            raise ConfigError(f"{self._label()}: retry_config must be a runbridge.runners.RetryConfig")
        self.config: dict[str, Any] = dict(config or {})
        self.max_concurrent = max_concurrent
        self.retry_config = retry_config if retry_config is not None else RetryConfig()
        self.show_progress = show_progress
        self._validate_config()

    @classmethod
    def _label(cls) -> str:
        return f"runner {cls.name!r}" if cls.name else cls.__name__

    def _validate_config(self) -> None:
        if not self.config_keys:
            return  # the runner does not declare its options; it reads what it needs itself
        check_keys(self.config, self.config_keys, where=self._label())
        missing = sorted(key for key in self.required_config_keys if self.config.get(key) in (None, ""))
        if missing:
            raise ConfigError(f"{self._label()}: missing required config key(s) {', '.join(map(repr, missing))}")

    def setting(self, key: str, env: str | None = None, default: Any = None) -> Any:
        """A config value, else the environment variable `env` (so credentials stay out of code), else `default`."""
        value = self.config.get(key)
        if value not in (None, ""):
            return value
        if env is not None and os.environ.get(env):
            return os.environ[env]
        return default

    def secret_values(self) -> list[str]:
        """The credential strings in this runner's config (and header values), to scrub from anything written."""
        found: list[str] = []
        _collect_secrets(self.config, found, inherited=False)
        return found

    # -- the interface -------------------------------------------------------------------------------

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        """Run one query. Raise on failure (the registry turns it into a failed result in batches).

        A runner that implements only `aexecute()` gets this for free: it runs `aexecute()` to completion.
        """
        if not self.is_async:
            raise RunnerError(f"{type(self).__name__} must implement execute() or aexecute()")
        return run_sync(self.aexecute(query, **kwargs))

    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        """Run one query without blocking the event loop; by default `execute()` in a worker thread."""
        import asyncio  # a caller on an event loop has imported it already

        return await asyncio.to_thread(self.execute, query, **kwargs)

    @property
    def is_async(self) -> bool:
        """True when the runner implements `aexecute()` itself (true async batches, no threads)."""
        return type(self).aexecute is not BaseAPIRunner.aexecute

    async def astart(self) -> None:
        """Called on the event loop before a batch: open async clients here (they belong to one loop)."""

    async def astop(self) -> None:
        """Called on the same loop after a batch, even a failed or cancelled one: close what `astart` opened."""

    def close(self) -> None:
        """Release sync resources (clients, sessions). The registry calls it on `APIRunner.close()`."""

    def __enter__(self) -> BaseAPIRunner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- batches -------------------------------------------------------------------------------------

    async def execute_batch(
        self,
        queries: Iterable[str],
        *,
        checkpoint: str | os.PathLike[str] | None = None,
        retry_failed: bool = False,
        max_concurrent: int | None = None,
        show_progress: bool | None = None,
        **kwargs: Any,
    ) -> list[APIResponseData]:
        """Run many queries concurrently; results in input order; a failure is a `status="failed"` item.

        At most `max_concurrent` queries are in flight: as tasks when the runner implements `aexecute()`, else
        in that many worker threads. With `checkpoint="results.jsonl"` each result is appended to that file
        as it completes, and a rerun skips the items already there, so after a crash or Ctrl-C every item is
        in the file exactly once; `retry_failed=True` runs the items recorded as failed again. Keyword
        arguments are passed to every `execute()` / `aexecute()` call.
        """
        from runbridge.runners.batch import run_batch  # the batch machinery loads with the first batch

        return await run_batch(
            self,
            queries,
            max_concurrent=self.max_concurrent if max_concurrent is None else max_concurrent,
            checkpoint=Path(checkpoint) if checkpoint is not None else None,
            retry_failed=retry_failed,
            show_progress=self.show_progress if show_progress is None else show_progress,
            call_kwargs=kwargs,
        )

    def __repr__(self) -> str:
        # Config values are not shown: they may hold credentials.
        keys = ", ".join(sorted(self.config))
        return f"<{type(self).__name__} name={self.name!r} config_keys=[{keys}] max_concurrent={self.max_concurrent}>"


def is_secret_key(key: object) -> bool:
    """Does a config key name a credential (api_key, token, client_secret, Authorization, ...)?"""
    lowered = str(key).lower()
    return (
        lowered in SENSITIVE_KEYS
        or lowered in SENSITIVE_HEADERS
        or lowered.replace("-", "_").endswith(_SECRET_KEY_SUFFIXES)
    )


def _collect_secrets(value: Any, found: list[str], *, inherited: bool) -> None:
    # Everything under a secret key is secret (a credentials mapping); header names are checked like keys.
    if isinstance(value, Mapping):
        for key, item in value.items():
            _collect_secrets(item, found, inherited=inherited or is_secret_key(key))
    elif isinstance(value, list | tuple):
        for item in value:
            _collect_secrets(item, found, inherited=inherited)
    elif inherited and isinstance(value, str) and len(value) >= 4:
        found.append(value)
        if " " in value:  # "Bearer abc": the token alone may appear elsewhere
            found.append(value.split(" ", 1)[1])
