"""Evaluate a task over a dataset: run it on every item concurrently, then score each output.

    dataset = [DatasetItem(query="How do I reset my password?", expected_output="Forgot Password")]

    def chatbot_task(item: DatasetItem) -> dict:
        response = api_runner.execute("my_chatbot", item.query)
        return {"response": response.actual_output, "latency": response.latency}

    results = evaluation_runner(
        evaluation_inputs=dataset,
        task=chatbot_task,
        scoring_metrics=[Contains(), ExactMatch(), Latency(max_seconds=2.0), my_metric],
        evaluation_name="Chatbot Evaluation",
    )
    print(results.summary)        # {"contains": {"mean": 1.0, "scored": 1, ...}, ...}
    results.to_dataframe()        # one row per item (needs pandas: pip install 'runbridge[pandas]')

A task is a function (sync or async) of one `DatasetItem` returning the output as a string, an
`APIResponseData`, or a dict with the output under "response", "actual_output", "output" or "answer" (and
optionally "latency" and "retrieved_content"). Without a task, each item's own `actual_output` is scored.

A metric is a callable `(item, output) -> float | bool | None` (its name is the function's name, or its
`name` attribute); the built-ins are `ExactMatch`, `Contains` and `Latency`. A task that fails marks its item
failed (not scored); a metric that fails leaves that one score empty and records why. LLM-judged metrics
(answer relevancy, faithfulness, ...) are not included: plug your own judge in as a metric callable.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from runbridge.errors import ConfigError, RunbridgeError
from runbridge.runners._sync import run_sync
from runbridge.runners.batch import run_bounded
from runbridge.runners.progress import Progress
from runbridge.runners.response import APIResponseData, describe_error

__all__ = [
    "Contains",
    "DatasetItem",
    "EvaluationResult",
    "ExactMatch",
    "ItemResult",
    "Latency",
    "TaskOutput",
    "aevaluation_runner",
    "evaluation_runner",
]


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]


@attrs.frozen
class DatasetItem:
    """One evaluation case: the query, what a good answer looks like, and optionally an existing answer."""

    query: str
    expected_output: str | None = None
    actual_output: str | None = None
    retrieved_content: list[str] = attrs.field(factory=list, converter=_strings)
    id: str | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class TaskOutput:
    """What a task produced for one item, in one shape whatever the task returned."""

    output: str
    latency: float
    retrieved_content: list[str] = attrs.field(factory=list, converter=_strings)
    raw: Any = None


@attrs.frozen
class ItemResult:
    """One item's outcome: the task's output, each metric's score, and any error."""

    item: DatasetItem
    output: TaskOutput | None
    scores: dict[str, float | None]
    status: str = "success"
    error: BaseException | None = attrs.field(default=None, eq=False, repr=False)
    metric_errors: dict[str, str] = attrs.field(factory=dict)

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    def as_row(self) -> dict[str, Any]:
        """A flat dict for tables: query, expected, output, latency, status, error, then one column per metric."""
        return {
            "id": self.item.id,
            "query": self.item.query,
            "expected_output": self.item.expected_output,
            "actual_output": self.output.output if self.output else None,
            "latency": self.output.latency if self.output else None,
            "status": self.status,
            "error": describe_error(self.error)["message"] if self.error is not None else None,
            **self.scores,
        }


@attrs.frozen
class EvaluationResult:
    """Every item's result, in input order, and a per-metric summary."""

    name: str
    items: list[ItemResult]
    summary: dict[str, dict[str, float | int | None]]

    def to_records(self) -> list[dict[str, Any]]:
        return [item.as_row() for item in self.items]

    def to_dataframe(self) -> Any:
        """One row per item as a pandas DataFrame (install the pandas extra)."""
        try:
            import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ModuleNotFoundError:
            raise RunbridgeError("to_dataframe() needs pandas: pip install 'runbridge[pandas]'") from None
        return pd.DataFrame(self.to_records())

    def summary_dataframe(self) -> Any:
        """The summary as a pandas DataFrame, one row per metric."""
        try:
            import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ModuleNotFoundError:
            raise RunbridgeError("summary_dataframe() needs pandas: pip install 'runbridge[pandas]'") from None
        return pd.DataFrame.from_dict(self.summary, orient="index")


# -- metrics -----------------------------------------------------------------------------------------------------

Metric = Callable[[DatasetItem, TaskOutput], float | bool | None]


def _normalize(text: str, *, case_sensitive: bool) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if case_sensitive else text.casefold()


@attrs.frozen
class ExactMatch:
    """1.0 when the output equals the expected output (whitespace-normalised; case-insensitive by default)."""

    case_sensitive: bool = False
    name: str = "exact_match"

    def __call__(self, item: DatasetItem, output: TaskOutput) -> float | None:
        if item.expected_output is None:
            return None
        expected = _normalize(item.expected_output, case_sensitive=self.case_sensitive)
        return float(_normalize(output.output, case_sensitive=self.case_sensitive) == expected)


@attrs.frozen
class Contains:
    """1.0 when the expected output appears in the output (whitespace-normalised; case-insensitive by default)."""

    case_sensitive: bool = False
    name: str = "contains"

    def __call__(self, item: DatasetItem, output: TaskOutput) -> float | None:
        if item.expected_output is None:
            return None
        expected = _normalize(item.expected_output, case_sensitive=self.case_sensitive)
        return float(expected in _normalize(output.output, case_sensitive=self.case_sensitive))


@attrs.frozen
class Latency:
    """The task's latency in seconds; with `max_seconds`, 1.0 when within it and 0.0 when not."""

    max_seconds: float | None = None
    name: str = "latency"

    def __call__(self, item: DatasetItem, output: TaskOutput) -> float:
        if self.max_seconds is None:
            return output.latency
        return float(output.latency <= self.max_seconds)


def metric_name(metric: Any) -> str:
    name = getattr(metric, "name", None) or getattr(metric, "__name__", None) or type(metric).__name__
    return str(name)


# -- running ------------------------------------------------------------------------------------------------------

Task = Callable[[DatasetItem], Any] | Callable[[DatasetItem], Awaitable[Any]]


def evaluation_runner(
    evaluation_inputs: Iterable[DatasetItem | Mapping[str, Any] | str],
    task: Task | None = None,
    scoring_metrics: Sequence[Metric] = (),
    evaluation_name: str = "evaluation",
    *,
    max_concurrent: int = 5,
    show_progress: bool = False,
) -> EvaluationResult:
    """Run `task` over the dataset (at most `max_concurrent` items at once), score it, and summarise.

    Works from plain scripts and from notebooks (inside a running event loop it runs on a helper thread);
    async code can await `aevaluation_runner` instead.
    """
    coroutine = aevaluation_runner(
        evaluation_inputs,
        task,
        scoring_metrics,
        evaluation_name,
        max_concurrent=max_concurrent,
        show_progress=show_progress,
    )
    return run_sync(coroutine)


async def aevaluation_runner(
    evaluation_inputs: Iterable[DatasetItem | Mapping[str, Any] | str],
    task: Task | None = None,
    scoring_metrics: Sequence[Metric] = (),
    evaluation_name: str = "evaluation",
    *,
    max_concurrent: int = 5,
    show_progress: bool = False,
) -> EvaluationResult:
    """The async `evaluation_runner`: async tasks run as coroutines, sync tasks in worker threads."""
    items = [_as_item(entry, position) for position, entry in enumerate(evaluation_inputs)]
    metrics = list(scoring_metrics)
    for metric in metrics:
        if not callable(metric):
            raise ConfigError(f"scoring metric {metric!r} is not callable; pass a function (item, output) -> score")
    names = [metric_name(metric) for metric in metrics]
    if len(set(names)) != len(names):
        raise ConfigError(f"two scoring metrics share a name: {names}; give one a distinct `name`")
    if "items" in names:
        raise ConfigError("a scoring metric may not be named 'items' (the summary uses that key for item counts)")
    if task is None and any(item.actual_output is None for item in items):
        raise ConfigError("without a task, every DatasetItem needs an actual_output to score")
    if not isinstance(max_concurrent, int) or max_concurrent < 1:
        raise ConfigError(f"max_concurrent must be a positive integer, not {max_concurrent!r}")

    progress = Progress(total=len(items), description=evaluation_name, enabled=show_progress)
    evaluated: list[ItemResult | None] = [None] * len(items)

    def finished(position: int, result: ItemResult) -> None:
        evaluated[position] = result
        progress.update(failed=result.failed)

    try:
        await run_bounded(
            range(len(items)),
            lambda position: _evaluate_item(items[position], task, metrics, names),
            workers=max_concurrent,
            on_result=finished,
        )
    finally:
        progress.close()
    results = [result for result in evaluated if result is not None]
    return EvaluationResult(name=evaluation_name, items=results, summary=_summarise(results, names))


def _as_item(entry: DatasetItem | Mapping[str, Any] | str, position: int) -> DatasetItem:
    if isinstance(entry, DatasetItem):
        return entry
    if isinstance(entry, str):
        return DatasetItem(query=entry)
    if isinstance(entry, Mapping):
        try:
            return DatasetItem(**entry)
        except TypeError as exc:
            raise ConfigError(f"evaluation input {position}: {exc}") from None
    raise ConfigError(f"evaluation input {position} is a {type(entry).__name__}; use DatasetItem, a dict or a str")


async def _evaluate_item(item: DatasetItem, task: Task | None, metrics: list[Metric], names: list[str]) -> ItemResult:
    try:
        output = await _run_task(item, task)
    except Exception as error:
        return ItemResult(item=item, output=None, scores=dict.fromkeys(names), status="failed", error=error)
    scores: dict[str, float | None] = {}
    metric_errors: dict[str, str] = {}
    for name, metric in zip(names, metrics, strict=True):
        try:
            scores[name] = _as_score(metric(item, output))
        except Exception as error:
            scores[name] = None
            metric_errors[name] = f"{type(error).__name__}: {error}"
    status = "failed" if isinstance(output.raw, APIResponseData) and output.raw.failed else "success"
    return ItemResult(item=item, output=output, scores=scores, status=status, metric_errors=metric_errors)


async def _run_task(item: DatasetItem, task: Task | None) -> TaskOutput:
    if task is None:
        return TaskOutput(output=item.actual_output or "", latency=0.0, retrieved_content=item.retrieved_content)
    started = time.perf_counter()
    if inspect.iscoroutinefunction(task):
        produced = await task(item)
    else:
        produced = await asyncio.to_thread(task, item)
        if inspect.isawaitable(produced):
            produced = await produced
    return _as_output(produced, time.perf_counter() - started)


def _as_output(produced: Any, elapsed: float) -> TaskOutput:
    if isinstance(produced, TaskOutput):
        return produced
    if isinstance(produced, APIResponseData):
        return TaskOutput(
            output=produced.actual_output,
            latency=produced.latency or elapsed,
            retrieved_content=produced.retrieved_content,
            raw=produced,
        )
    if isinstance(produced, str):
        return TaskOutput(output=produced, latency=elapsed, raw=produced)
    if isinstance(produced, Mapping):
        for key in ("response", "actual_output", "output", "answer"):
            if key in produced:
                text = produced[key]
                break
        else:
            raise RunbridgeError(
                f"the task returned a dict without an output key (response, actual_output, output or answer): "
                f"keys {sorted(map(str, produced))}"
            )
        latency = produced.get("latency")
        return TaskOutput(
            output="" if text is None else str(text),
            latency=float(latency) if isinstance(latency, int | float) else elapsed,
            retrieved_content=produced.get("retrieved_content") or [],
            raw=dict(produced),
        )
    raise RunbridgeError(
        f"the task returned a {type(produced).__name__}; return a str, a dict with 'response', or APIResponseData"
    )


def _as_score(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    raise TypeError(f"a metric returned {type(value).__name__}; return a number, a bool or None")


def _summarise(results: list[ItemResult], names: list[str]) -> dict[str, dict[str, float | int | None]]:
    summary: dict[str, dict[str, float | int | None]] = {}
    for name in names:
        values = [score for result in results if (score := result.scores.get(name)) is not None]
        finite = [value for value in values if math.isfinite(value)]
        summary[name] = {
            "mean": sum(finite) / len(finite) if finite else None,
            "min": min(finite) if finite else None,
            "max": max(finite) if finite else None,
            "scored": len(values),
            "not_scored": len(results) - len(values),
        }
    latencies = [result.output.latency for result in results if result.output is not None]
    summary["items"] = {
        "total": len(results),
        "failed": sum(1 for result in results if result.failed),
        "mean_latency": sum(latencies) / len(latencies) if latencies else None,
    }
    return summary
