"""`evaluation_runner`: a task over a dataset, scored by built-in and user metrics, summarised."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from runbridge.errors import ConfigError, RunbridgeError
from runbridge.runners import (
    APIResponseData,
    Contains,
    DatasetItem,
    ExactMatch,
    Latency,
    aevaluation_runner,
    evaluation_runner,
)
from runbridge.runners.evaluation import TaskOutput

DATASET = [
    DatasetItem(query="reset password", expected_output="Click Forgot Password"),
    DatasetItem(query="business hours", expected_output="9 to 5"),
    DatasetItem(query="explode", expected_output="anything"),
]

ANSWERS = {"reset password": "click   forgot password", "business hours": "We are open 9 to 5, Mon-Fri."}


def chatbot_task(item: DatasetItem) -> dict[str, Any]:
    if item.query == "explode":
        raise RuntimeError("the chatbot is down")
    return {"response": ANSWERS[item.query], "latency": 0.25}


def word_count(item: DatasetItem, output: TaskOutput) -> float:
    return float(len(output.output.split()))


def test_scores_each_item_and_summarises() -> None:
    results = evaluation_runner(
        evaluation_inputs=DATASET,
        task=chatbot_task,
        scoring_metrics=[ExactMatch(), Contains(), Latency(max_seconds=1.0), word_count],
        evaluation_name="Chatbot Evaluation",
    )

    assert results.name == "Chatbot Evaluation"
    first, second, third = results.items
    assert first.scores == {"exact_match": 1.0, "contains": 1.0, "latency": 1.0, "word_count": 3.0}
    assert second.scores["exact_match"] == 0.0
    assert second.scores["contains"] == 1.0
    assert third.failed
    assert isinstance(third.error, RuntimeError)
    assert set(third.scores.values()) == {None}
    assert results.summary["exact_match"] == {"mean": 0.5, "min": 0.0, "max": 1.0, "scored": 2, "not_scored": 1}
    assert results.summary["contains"]["mean"] == 1.0
    assert results.summary["items"] == {"total": 3, "failed": 1, "mean_latency": 0.25}
    rows = results.to_records()
    assert rows[2]["error"] == "the chatbot is down"
    assert rows[0]["actual_output"] == "click   forgot password"


def test_async_task_bounded_concurrency_and_api_response_outputs() -> None:
    running = 0
    peak = 0

    async def task(item: DatasetItem) -> APIResponseData:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        for _ in range(3):
            await asyncio.sleep(0)
        running -= 1
        return APIResponseData(query=item.query, actual_output=item.query.upper(), latency=0.5)

    items = [DatasetItem(query=f"q{i}", expected_output=f"Q{i}") for i in range(20)]
    results = asyncio.run(aevaluation_runner(items, task, [ExactMatch(case_sensitive=True)], max_concurrent=4))

    assert [item.output.output for item in results.items if item.output] == [f"Q{i}" for i in range(20)]
    assert results.summary["exact_match"]["mean"] == 1.0
    assert peak == 4


def test_scoring_existing_outputs_without_a_task() -> None:
    items = [{"query": "a", "expected_output": "x", "actual_output": "x"}, DatasetItem("b", "y", actual_output="z")]
    results = evaluation_runner(items, scoring_metrics=[ExactMatch()])
    assert [item.scores["exact_match"] for item in results.items] == [1.0, 0.0]

    with pytest.raises(ConfigError, match="needs an actual_output"):
        evaluation_runner(["no output"], scoring_metrics=[ExactMatch()])


def test_a_failing_metric_leaves_one_empty_score() -> None:
    def broken(item: DatasetItem, output: TaskOutput) -> float:
        raise ZeroDivisionError("oops")

    results = evaluation_runner(["q"], task=lambda item: "answer", scoring_metrics=[broken, Latency()])
    (item,) = results.items
    assert item.scores["broken"] is None
    assert item.metric_errors == {"broken": "ZeroDivisionError: oops"}
    assert item.scores["latency"] is not None
    assert not item.failed


def test_bad_inputs_are_explained() -> None:
    with pytest.raises(ConfigError, match="not callable"):
        evaluation_runner(["q"], task=lambda item: "a", scoring_metrics=["exact"])  # type: ignore[list-item]
    with pytest.raises(ConfigError, match="share a name"):
        evaluation_runner(["q"], task=lambda item: "a", scoring_metrics=[ExactMatch(), ExactMatch()])
    with pytest.raises(ConfigError, match="evaluation input 0"):
        evaluation_runner([{"question": "q"}], task=lambda item: "a")
    results = evaluation_runner(["q"], task=lambda item: 42)
    assert isinstance(results.items[0].error, RunbridgeError)
    assert "return a str" in str(results.items[0].error)


def test_works_inside_a_running_event_loop() -> None:
    async def notebook_cell() -> float | None:
        results = evaluation_runner(["a"], task=lambda item: item.query, scoring_metrics=[Latency()])
        return results.items[0].scores["latency"]

    latency = asyncio.run(notebook_cell())
    assert isinstance(latency, float)
    assert latency >= 0


def test_dataframe_needs_pandas_or_says_so() -> None:
    results = evaluation_runner(["a"], task=lambda item: "x")
    try:
        import pandas  # noqa: F401
    except ModuleNotFoundError:
        with pytest.raises(RunbridgeError, match="pip install 'runbridge\\[pandas\\]'"):
            results.to_dataframe()
    else:
        assert list(results.to_dataframe()["actual_output"]) == ["x"]
