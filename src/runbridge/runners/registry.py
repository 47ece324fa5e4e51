"""`APIRunner`: the registry of runner classes, and a configured set of runners you call by name.

    @APIRunner.register("my_chatbot")
    class MyChatbotRunner(BaseAPIRunner): ...

    runner = APIRunner(config="config.yaml", max_concurrent=5)
    runner.execute("my_chatbot", "How do I reset my password?")
    await runner.execute_batch("my_chatbot", queries, checkpoint="results.jsonl")

The config (a dict, or a YAML/JSON file with `${ENV}` substitution) has one section per runner name. A section
for a name nobody registered is a `ConfigError` with the closest registered name; so is an unknown key inside a
section of a runner that declares its keys. Runners are built on first use, so a config may describe runners
you do not call in this process, and `APIRunner()` with no config still reaches every registered runner.
The async calls (`aexecute`, `execute_batch`) of the built-in runners go over aiohttp's connection pool when the
`runbridge[aiohttp]` extra is installed, else over httpx's; `APIRunner(..., backend="httpx" | "aiohttp")` chooses
for every runner, a section's own `backend:` key for one. Sync calls always use httpx.

Where runner classes come from, first match wins:
1. `@APIRunner.register(name)` in your own code;
2. the built-ins, a name -> class table (`BUILTIN_RUNNERS`) whose modules are imported on first use;
3. other installed packages, through the `runbridge.runners` entry point group:

       [project.entry-points."runbridge.runners"]
       my_chatbot = "my_package.runners:MyChatbotRunner"
"""

from __future__ import annotations

import difflib
import functools
import importlib
import logging
import os
import re
import sys
import textwrap
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from typing import IO, Any, ClassVar, TypeVar, cast

from runbridge.config import load_config
from runbridge.errors import ConfigError
from runbridge.retry import RetryConfig
from runbridge.runners._sync import run_sync
from runbridge.runners.base import BaseAPIRunner
from runbridge.runners.errors import RunnerError, UnknownRunnerError
from runbridge.runners.execution import acall, call
from runbridge.runners.response import APIResponseData

__all__ = ["BUILTIN_RUNNERS", "ENTRY_POINT_GROUP", "APIRunner"]

logger = logging.getLogger("runbridge.runners")

RunnerT = TypeVar("RunnerT", bound=type[BaseAPIRunner])

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")

# The built-in runners as "module:class", imported the first time their name is asked for.
BUILTIN_RUNNERS: Mapping[str, str] = {
    "http": "runbridge.runners.builtin.http:HTTPRunner",
    "interaction": "runbridge.runners.builtin.interaction:InteractionRunner",
    "openai_chat": "runbridge.runners.builtin.openai_chat:OpenAIChatRunner",
    "runagent": "runbridge.runners.builtin.runagent:RunAgentRunner",
}
# Other packages add runners under this entry point group (name = "package.module:RunnerClass").
ENTRY_POINT_GROUP = "runbridge.runners"


class APIRunner:
    """Routes queries to registered runners by name; one shared config, concurrency limit and retry policy."""

    _registry: ClassVar[dict[str, type[BaseAPIRunner]]] = {}
    _registry_lock: ClassVar[threading.Lock] = threading.Lock()

    # -- the class-level registry ----------------------------------------------------------------------------

    @classmethod
    def register(cls, name: str) -> Callable[[RunnerT], RunnerT]:
        """Class decorator: make a `BaseAPIRunner` subclass available under `name`.

        Registering a name again replaces the earlier class (re-running a notebook cell redefines it).
        """
        if not isinstance(name, str) or not _NAME.match(name):
            raise RunnerError(f"runner name must be a word such as 'my_chatbot', not {name!r}")

        def decorate(runner_class: RunnerT) -> RunnerT:
            _check_runner_class(runner_class, name, f"@APIRunner.register({name!r}) must decorate")
            if not runner_class.__dict__.get("name"):
                runner_class.name = name
            with cls._registry_lock:
                cls._registry[name] = runner_class
            return runner_class

        return decorate

    @classmethod
    def unregister(cls, name: str) -> None:
        """Remove a registered runner (mostly for tests)."""
        with cls._registry_lock:
            cls._registry.pop(name, None)

    @classmethod
    def registered(cls) -> dict[str, type[BaseAPIRunner]]:
        """Every runner class by name: registered ones, the built-ins and those of installed packages.

        An installed package whose runner cannot be loaded is left out with a warning (asking for it by name
        raises the reason), so one broken plugin does not hide every other runner.
        """
        for name in [*BUILTIN_RUNNERS, *_entry_points()]:
            try:
                cls._lookup(name)
            except RunnerError as exc:
                logger.warning("%s", exc)
        with cls._registry_lock:
            return dict(sorted(cls._registry.items()))

    @classmethod
    def runner_class(cls, name: str) -> type[BaseAPIRunner]:
        """The class registered under `name`; an unknown name raises with the registered names and a hint."""
        found = cls._lookup(name)
        if found is not None:
            return found
        raise UnknownRunnerError(_unknown_message(name, cls.registered()))

    @classmethod
    def _lookup(cls, name: str) -> type[BaseAPIRunner] | None:
        """The class for `name`, loading a built-in or an entry point on first use; None if nobody has it."""
        with cls._registry_lock:
            found = cls._registry.get(name)
        if found is not None:
            return found
        if name in BUILTIN_RUNNERS:
            loaded = _load(name, BUILTIN_RUNNERS[name], "built-in runner")
        else:
            target = _entry_points().get(name)
            if target is None:
                return None
            loaded = _load(name, target, f"entry point {ENTRY_POINT_GROUP}:{name}")
        with cls._registry_lock:
            # A class registered meanwhile (another thread, user code) wins over the lazily loaded one.
            return cls._registry.setdefault(name, loaded)

    @classmethod
    def describe(cls, *, width: int = 44) -> str:
        """The `display()` table as text; long key lists wrap within their column."""
        header = ("runner", "class", "async", "config keys (* = required)", "description")
        rows: list[tuple[str, str, str, list[str], str]] = []
        for name, runner_class in cls.registered().items():
            keys = ", ".join(
                f"{key}*" if key in runner_class.required_config_keys else key for key in runner_class.config_keys
            )
            summary = (runner_class.__doc__ or "").strip().splitlines()
            rows.append(
                (
                    name,
                    runner_class.__name__,
                    "yes" if runner_class.aexecute is not BaseAPIRunner.aexecute else "no",
                    textwrap.wrap(keys, width) or ["(free-form)"],
                    summary[0] if summary else "",
                )
            )
        widths = [
            max([len(header[0]), *(len(row[0]) for row in rows)]),
            max([len(header[1]), *(len(row[1]) for row in rows)]),
            len(header[2]),
            max([len(header[3]), *(len(line) for row in rows for line in row[3])]),
        ]

        def line(cells: Iterable[str]) -> str:
            *fixed, last = list(cells)
            return "  ".join([*(cell.ljust(w) for cell, w in zip(fixed, widths, strict=True)), last]).rstrip()

        lines = [line(header), line("-" * w for w in [*widths, len(header[4])])]
        for runner_name, class_name, is_async, key_lines, description in rows:
            lines.append(line([runner_name, class_name, is_async, key_lines[0], description]))
            lines.extend(line(["", "", "", more, ""]) for more in key_lines[1:])
        return "\n".join(lines)

    @classmethod
    def display(cls, file: IO[str] | None = None) -> None:
        """Print a table of the registered runners, whether they run natively async, and their config keys."""
        print(cls.describe(), file=file or sys.stdout)

    # -- a configured set of runners ------------------------------------------------------------------------

    def __init__(
        self,
        config: Mapping[str, Any] | str | os.PathLike[str] | None = None,
        *,
        max_concurrent: int = 5,
        retry_config: RetryConfig | None = None,
        show_progress: bool = True,
        backend: str | None = None,
    ) -> None:
        loaded = load_config(config) if config is not None else {}
        registered = self.registered()
        self.config: dict[str, dict[str, Any]] = {}
        for name, section in loaded.items():
            if name not in registered:
                raise ConfigError(f"config section {name!r}: {_unknown_message(name, registered)}")
            if section is None:
                section = {}
            if not isinstance(section, Mapping):
                raise ConfigError(
                    f"config section {name!r} must be a mapping of option to value, not {type(section).__name__}"
                )
            self.config[name] = dict(section)
        if not isinstance(max_concurrent, int) or isinstance(max_concurrent, bool) or max_concurrent < 1:
            raise ConfigError(f"max_concurrent must be a positive integer, not {max_concurrent!r}")
        self.max_concurrent = max_concurrent
        self.retry_config = retry_config
        self.show_progress = show_progress
        # The connection pool of async calls for every runner that has a `backend` key and does not set it.
        self.backend = backend
        self._runners: dict[str, BaseAPIRunner] = {}
        self._lock = threading.Lock()
        # Build the configured runners now so a bad key or a missing required value fails here, not mid-batch.
        for name in self.config:
            self[name]

    def __getitem__(self, name: str) -> BaseAPIRunner:
        """The runner instance for `name`, built from its config section on first use."""
        with self._lock:
            runner = self._runners.get(name)
            if runner is None:
                runner_class = self.runner_class(name)
                section = self.config.get(name, {})
                if self.backend is not None and "backend" in runner_class.config_keys:
                    section = {"backend": self.backend, **section}
                runner = runner_class(
                    section,
                    max_concurrent=self.max_concurrent,
                    retry_config=self.retry_config,
                    show_progress=self.show_progress,
                )
                self._runners[name] = runner
            return runner

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._lookup(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.list_available_apis())

    def list_available_apis(self) -> list[str]:
        """The names of every registered runner, sorted."""
        return list(self.registered())

    def execute(self, name: str, query: str, **kwargs: Any) -> APIResponseData:
        """Run one query on runner `name`; its trace records attempts, status codes and request ids.

        A failure raises the runner's (typed) error, after the runner's retries on transient failures.
        """
        return call(self[name], _check_query(query), **kwargs)

    async def aexecute(self, name: str, query: str, **kwargs: Any) -> APIResponseData:
        """The async `execute`: the runner's `aexecute()`, or its `execute()` in a worker thread."""
        return await acall(self[name], _check_query(query), **kwargs)

    async def execute_batch(
        self,
        name: str,
        queries: Iterable[str],
        *,
        checkpoint: str | os.PathLike[str] | None = None,
        retry_failed: bool = False,
        max_concurrent: int | None = None,
        show_progress: bool | None = None,
        **kwargs: Any,
    ) -> list[APIResponseData]:
        """Run many queries on runner `name` concurrently; see `BaseAPIRunner.execute_batch`."""
        return await self[name].execute_batch(
            queries,
            checkpoint=checkpoint,
            retry_failed=retry_failed,
            max_concurrent=max_concurrent,
            show_progress=show_progress,
            **kwargs,
        )

    def run_batch(self, name: str, queries: Iterable[str], **options: Any) -> list[APIResponseData]:
        """`execute_batch` for code that is not async (scripts, the CLI, a notebook cell); same options."""
        return run_sync(self.execute_batch(name, queries, **options))

    def task(self, name: str, **kwargs: Any) -> Callable[[Any], Awaitable[APIResponseData]]:
        """A task for `evaluation_runner`: runs each dataset item's `query` on runner `name`.

        evaluation_runner(evaluation_inputs=dataset, task=runner.task("my_chatbot"), scoring_metrics=[...])
        """

        async def run_item(item: Any) -> APIResponseData:
            return await self.aexecute(name, item.query, **kwargs)

        run_item.__name__ = f"{name}_task"
        return run_item

    def close(self) -> None:
        """Close every runner built so far (their HTTP clients and sessions)."""
        with self._lock:
            runners = list(self._runners.values())
            self._runners.clear()
        for runner in runners:
            runner.close()

    def __enter__(self) -> APIRunner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        # Section keys only: the values may be credentials.
        sections = ", ".join(f"{name}: [{', '.join(section)}]" for name, section in self.config.items())
        return f"<APIRunner max_concurrent={self.max_concurrent} config={{{sections}}}>"


def _check_query(query: object) -> str:
    if not isinstance(query, str):
        raise RunnerError(f"query must be a string, not {type(query).__name__}")
    return query


def _unknown_message(name: str, registered: Mapping[str, object]) -> str:
    names = list(registered)
    close = difflib.get_close_matches(str(name), names, n=1, cutoff=0.5)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    available = ", ".join(names) if names else "none"
    return f"no runner is registered as {name!r}{hint} (available: {available})"


def _check_runner_class(runner_class: object, name: str, what: str) -> None:
    if not (isinstance(runner_class, type) and issubclass(runner_class, BaseAPIRunner)):
        raise RunnerError(f"{what} a subclass of BaseAPIRunner, not {runner_class!r}")
    if runner_class.execute is BaseAPIRunner.execute and runner_class.aexecute is BaseAPIRunner.aexecute:
        raise RunnerError(f"runner {name!r} ({runner_class.__name__}) implements neither execute() nor aexecute()")


def _entry_points() -> dict[str, str]:
    """Runners other installed packages declare, as name -> "module:attribute", read afresh each time (a package
    may be installed meanwhile)."""
    # importlib.metadata takes longer to import than the registry itself: only a name that is not built in needs it.
    from importlib import metadata

    found = metadata.entry_points(group=ENTRY_POINT_GROUP)
    return {entry_point.name: f"{entry_point.module}:{entry_point.attr}" for entry_point in found}


def _load(name: str, target: str, source: str) -> type[BaseAPIRunner]:
    """Import the class "module:attribute" names; anything wrong is a RunnerError that says where it came from."""
    module, _, attribute = target.partition(":")
    try:
        loaded: Any = functools.reduce(getattr, attribute.split("."), importlib.import_module(module))
    except Exception as exc:  # whatever a third-party module raises while it is imported
        raise RunnerError(f"runner {name!r}: {source} {target!r} cannot be loaded: {exc}") from exc
    _check_runner_class(loaded, name, f"runner {name!r}: {source} {target!r} must name")
    if not loaded.__dict__.get("name"):
        loaded.name = name
    return cast(type[BaseAPIRunner], loaded)
