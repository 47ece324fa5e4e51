"""Shape the viewer's answers into the records the client documents (pure functions, no I/O).

The viewer files runs under a slash-separated `path` (0.7.x) where 0.5.x had `project` and `name`. An experiment
record keeps every field the viewer sent and adds the 0.5.x view of it, which is also how the viewer's own
`/api/projects` endpoints read a path:

    project     the first path segment                  ("cv" for "cv/resnet50/baseline")
    name        the second path segment, else the alias, else the run id   ("resnet50")
    created_at  `created_time` / `start_time` as an ISO 8601 UTC timestamp

Metrics arrive as a table (`columns`, `rows` keyed by column). The documented shape is one series per metric:
`{"metrics": {name: [{"step", "value", "time", "stage"}, ...]}}`, where step is the row's `global_step`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "INDEX_COLUMNS",
    "experiment_record",
    "filter_experiments",
    "metric_series",
    "metrics_csv",
    "page",
    "thin",
]

# Columns of the viewer's metric table that describe a row rather than being a metric.
INDEX_COLUMNS = ("global_step", "step", "time", "stage")


def _segments(path: object) -> list[str]:
    if not isinstance(path, str):
        return []
    return [segment for segment in path.split("/") if segment]


def _iso(timestamp: object) -> str | None:
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | float) or not math.isfinite(timestamp):
        return None
    try:
        return dt.datetime.fromtimestamp(float(timestamp), tz=dt.UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def experiment_record(run: Mapping[str, Any]) -> dict[str, Any]:
    """A run as the viewer sent it, plus `project`, `name` and `created_at` (see the module docstring)."""
    record = dict(run)
    segments = _segments(record.get("path"))
    if not record.get("project"):
        record["project"] = segments[0] if segments else "default"
    if not record.get("name"):
        record["name"] = segments[1] if len(segments) > 1 else record.get("alias") or record.get("id")
    if "created_at" not in record:
        record["created_at"] = _iso(record.get("created_time", record.get("start_time")))
    record.setdefault("tags", [])
    return record


def filter_experiments(
    records: Iterable[Mapping[str, Any]],
    *,
    project: str | None = None,
    name: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """The records that match every given filter (exact, case-sensitive, like the viewer's own paths)."""
    matched = []
    for record in records:
        if project is not None and record.get("project") != project:
            continue
        if name is not None and name not in (record.get("name"), record.get("alias")):
            continue
        if status is not None and record.get("status") != status:
            continue
        matched.append(dict(record))
    return matched


def page(items: Sequence[Any], *, limit: int | None, offset: int | None) -> list[Any]:
    """`items[offset:offset + limit]`, the paging the viewer does not do itself."""
    start = offset or 0
    stop = None if limit is None else start + limit
    return list(items[start:stop])


def thin(points: Sequence[Any], limit: int) -> list[Any]:
    """At most `limit` points spread evenly over the whole series, always keeping the first and the last."""
    if limit <= 0 or len(points) <= limit:
        return list(points) if limit > 0 else []
    if limit == 1:
        return [points[-1]]
    step = (len(points) - 1) / (limit - 1)
    return [points[round(index * step)] for index in range(limit)]


def _step(row: Mapping[str, Any], position: int) -> Any:
    for key in ("global_step", "step"):
        value = row.get(key)
        if value is not None:
            return value
    return position


def metric_series(
    table: Mapping[str, Any],
    *,
    metric_names: Sequence[str] | None = None,
    limit: int | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """One list of points per metric from the viewer's table; rows where a metric is missing are skipped."""
    rows: list[Mapping[str, Any]] = list(table.get("rows") or [])
    columns = [str(column) for column in table.get("columns") or []]
    if not columns:  # an older viewer without `columns`: every key seen in any row
        seen: dict[str, None] = {}
        for row in rows:
            seen.update(dict.fromkeys(row))
        columns = list(seen)
    names = [column for column in columns if column not in INDEX_COLUMNS]
    if metric_names is not None:
        names = [name for name in metric_names if name in names]
    series: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        points = []
        for position, row in enumerate(rows):
            value = row.get(name)
            if value is None:
                continue
            point = {"step": _step(row, position), "value": value}
            if "time" in row:
                point["time"] = row["time"]
            if "stage" in row:
                point["stage"] = row["stage"]
            points.append(point)
        series[name] = thin(points, limit) if limit is not None else points
    return series


def metrics_csv(table: Mapping[str, Any], *, metric_names: Sequence[str] | None = None) -> bytes:
    """The metric table as CSV (UTF-8, header row, `global_step` first), built from the rows the viewer sent."""
    rows: list[Mapping[str, Any]] = list(table.get("rows") or [])
    columns = [str(column) for column in table.get("columns") or []]
    if not columns:
        seen: dict[str, None] = {}
        for row in rows:
            seen.update(dict.fromkeys(row))
        columns = list(seen)
    index = [column for column in INDEX_COLUMNS if column in columns]
    metrics = [column for column in columns if column not in INDEX_COLUMNS]
    if metric_names is not None:
        metrics = [name for name in metric_names if name in metrics]
    header = index + metrics
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if row.get(column) is None else row.get(column) for column in header])
    return buffer.getvalue().encode("utf-8")
