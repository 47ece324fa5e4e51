"""The pandas conversions: experiment records and both metric shapes."""

from __future__ import annotations

import math

import pytest

from runbridge.runicorn import InvalidArgumentError, utils

pd = pytest.importorskip("pandas")


def test_experiments_to_dataframe_converts_times() -> None:
    frame = utils.experiments_to_dataframe(
        [
            {"id": "a", "project": "cv", "created_time": 0.0, "created_at": "1970-01-01T00:00:00+00:00"},
            {"id": "b", "project": "nlp", "created_time": 60.0, "created_at": "1970-01-01T00:01:00+00:00"},
        ]
    )
    assert list(frame["id"]) == ["a", "b"]
    assert frame["created_time"].iloc[1] == pd.Timestamp("1970-01-01T00:01:00Z")
    assert frame.groupby("project").size().to_dict() == {"cv": 1, "nlp": 1}
    assert utils.runs_to_dataframe is utils.experiments_to_dataframe


def test_metrics_to_dataframe_from_series() -> None:
    metrics = {
        "metrics": {
            "loss": [{"step": 1, "value": 1.0}, {"step": 2, "value": 0.5}],
            "acc": [{"step": 2, "value": 0.9}],
        }
    }
    frame = utils.metrics_to_dataframe(metrics)
    assert frame.index.name == "step"
    assert list(frame.index) == [1, 2]
    assert frame.loc[2, "acc"] == 0.9
    assert math.isnan(frame.loc[1, "acc"])


def test_metrics_to_dataframe_from_the_viewer_table() -> None:
    table = {
        "columns": ["global_step", "time", "loss"],
        "rows": [{"global_step": 1, "time": 5.0, "loss": 1.0}, {"global_step": 2, "time": 6.0, "loss": 0.5}],
    }
    frame = utils.metrics_to_dataframe(table)
    assert list(frame.columns) == ["loss"]
    assert frame.loc[2, "loss"] == 0.5


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(InvalidArgumentError):
        utils.metrics_to_dataframe({"nothing": 1})
    with pytest.raises(InvalidArgumentError):
        utils.experiments_to_dataframe(["not a dict"])  # type: ignore[list-item]
