"""The pure shaping of viewer answers into the documented records: experiments, metric series, CSV, paging."""

from __future__ import annotations

import csv
import io

import pytest

from runbridge.runicorn import _records

TABLE = {
    "columns": ["global_step", "stage", "time", "train_loss", "val_acc"],
    "rows": [
        {"global_step": 1, "train_loss": 1.0, "val_acc": 0.7, "time": 10.0, "stage": "train"},
        {"global_step": 2, "train_loss": 0.5, "time": 11.0, "stage": "train"},
        {"global_step": 3, "train_loss": 0.25, "val_acc": 0.9, "time": 12.0, "stage": "val"},
    ],
    "total": 3,
    "sampled": 3,
}


def test_experiment_record_reads_project_and_name_from_the_path() -> None:
    run = {"id": "20250124_120000_abc123", "path": "cv/resnet50/baseline", "created_time": 0.0, "status": "finished"}
    record = _records.experiment_record(run)
    assert record["project"] == "cv"
    assert record["name"] == "resnet50"
    assert record["created_at"] == "1970-01-01T00:00:00+00:00"
    assert record["id"] == run["id"]
    assert record["tags"] == []


def test_experiment_record_keeps_the_fields_an_older_viewer_sends() -> None:
    run = {"id": "r1", "project": "vision", "name": "resnet50", "created_time": None, "status": "running"}
    record = _records.experiment_record(run)
    assert (record["project"], record["name"], record["created_at"]) == ("vision", "resnet50", None)


def test_single_segment_path_falls_back_to_alias_then_id() -> None:
    assert _records.experiment_record({"id": "r1", "path": "solo", "alias": "a"})["name"] == "a"
    assert _records.experiment_record({"id": "r1", "path": "solo"})["name"] == "r1"
    assert _records.experiment_record({"id": "r1"})["project"] == "default"


def test_filter_matches_project_name_or_alias_and_status() -> None:
    records = [
        {"id": "1", "project": "cv", "name": "resnet", "alias": "best", "status": "finished"},
        {"id": "2", "project": "cv", "name": "vit", "alias": None, "status": "running"},
        {"id": "3", "project": "nlp", "name": "bert", "alias": None, "status": "finished"},
    ]
    assert [r["id"] for r in _records.filter_experiments(records, project="cv")] == ["1", "2"]
    assert [r["id"] for r in _records.filter_experiments(records, name="best")] == ["1"]
    assert [r["id"] for r in _records.filter_experiments(records, status="finished")] == ["1", "3"]
    assert _records.filter_experiments(records, project="cv", status="failed") == []


@pytest.mark.parametrize(
    ("limit", "offset", "expected"),
    [(None, None, [0, 1, 2, 3, 4]), (2, None, [0, 1]), (2, 2, [2, 3]), (None, 3, [3, 4]), (10, 4, [4]), (0, 0, [])],
)
def test_page(limit: int | None, offset: int | None, expected: list[int]) -> None:
    assert _records.page(list(range(5)), limit=limit, offset=offset) == expected


def test_thin_spreads_points_and_keeps_both_ends() -> None:
    points = list(range(101))
    thinned = _records.thin(points, 5)
    assert thinned == [0, 25, 50, 75, 100]
    assert _records.thin(points, 1) == [100]
    assert _records.thin(points, 0) == []
    assert _records.thin([1, 2], 5) == [1, 2]


def test_metric_series_is_one_list_of_points_per_metric() -> None:
    series = _records.metric_series(TABLE)
    assert set(series) == {"train_loss", "val_acc"}
    assert [p["value"] for p in series["train_loss"]] == [1.0, 0.5, 0.25]
    # a row without the metric is skipped rather than reported as None
    assert [(p["step"], p["value"]) for p in series["val_acc"]] == [(1, 0.7), (3, 0.9)]
    assert series["val_acc"][1] == {"step": 3, "value": 0.9, "time": 12.0, "stage": "val"}


def test_metric_series_selects_names_and_limits_points() -> None:
    series = _records.metric_series(TABLE, metric_names=["val_acc", "missing"], limit=1)
    assert series == {"val_acc": [{"step": 3, "value": 0.9, "time": 12.0, "stage": "val"}]}


def test_metric_series_without_columns_uses_every_row_key() -> None:
    series = _records.metric_series({"rows": [{"step": 5, "loss": 2.0}]})
    assert series == {"loss": [{"step": 5, "value": 2.0}]}


def test_metrics_csv_has_a_header_and_one_line_per_row() -> None:
    data = _records.metrics_csv(TABLE)
    rows = list(csv.reader(io.StringIO(data.decode())))
    assert rows[0] == ["global_step", "time", "stage", "train_loss", "val_acc"]
    assert rows[2] == ["2", "11.0", "train", "0.5", ""]
    assert len(rows) == 4
    only = list(csv.reader(io.StringIO(_records.metrics_csv(TABLE, metric_names=["val_acc"]).decode())))
    assert only[0] == ["global_step", "time", "stage", "val_acc"]
