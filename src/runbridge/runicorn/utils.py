"""pandas conversions for the client's results (`pip install 'runbridge[pandas]'`).

    df_exps = utils.experiments_to_dataframe(client.list_experiments())
    df_metrics = utils.metrics_to_dataframe(client.get_metrics(run_id))

`metrics_to_dataframe` accepts both the documented `{"metrics": {name: [points]}}` shape and the viewer's own
table (`client.get_metrics_table(run_id)`): one row per step, one column per metric.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from runbridge.errors import ConfigError
from runbridge.runicorn._records import INDEX_COLUMNS
from runbridge.runicorn.errors import InvalidArgumentError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["experiments_to_dataframe", "metrics_to_dataframe", "runs_to_dataframe"]

_TIME_COLUMNS = ("created_time", "start_time", "deleted_at")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # an optional extra: say how to get it
        raise ConfigError("pandas is not installed: pip install 'runbridge[pandas]'") from exc
    return pandas


def experiments_to_dataframe(experiments: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per experiment record; epoch-second columns (`created_time`, ...) become UTC datetimes."""
    pandas = _pandas()
    records = list(experiments)
    if not all(isinstance(record, Mapping) for record in records):
        raise InvalidArgumentError("experiments_to_dataframe expects a list of experiment dicts")
    frame: pd.DataFrame = pandas.DataFrame.from_records([dict(record) for record in records])
    for column in _TIME_COLUMNS:
        if column in frame.columns:
            frame[column] = pandas.to_datetime(frame[column], unit="s", utc=True, errors="coerce")
    if "created_at" in frame.columns:
        frame["created_at"] = pandas.to_datetime(frame["created_at"], utc=True, errors="coerce")
    return frame


runs_to_dataframe = experiments_to_dataframe


def metrics_to_dataframe(metrics: Mapping[str, Any]) -> pd.DataFrame:
    """One row per step (the index, named `step`), one column per metric; missing values are NaN."""
    pandas = _pandas()
    if not isinstance(metrics, Mapping):
        raise InvalidArgumentError("metrics_to_dataframe expects the dict get_metrics() returns")
    if "rows" in metrics:  # the viewer's own table
        table: pd.DataFrame = pandas.DataFrame.from_records(list(metrics.get("rows") or []))
        step = "global_step" if "global_step" in table.columns else "step" if "step" in table.columns else None
        if step is not None:
            table = table.set_index(step)
        table.index.name = "step"
        metric_columns = [column for column in table.columns if column not in INDEX_COLUMNS]
        return table[metric_columns]
    series = metrics.get("metrics")
    if not isinstance(series, Mapping):
        raise InvalidArgumentError("metrics_to_dataframe expects {'metrics': {name: [{'step', 'value'}, ...]}}")
    columns = {
        name: pandas.Series(
            [point.get("value") for point in points],
            index=[point.get("step") for point in points],
            dtype="float64" if all(_numeric(point.get("value")) for point in points) else "object",
        )
        .groupby(level=0)
        .last()
        for name, points in series.items()
    }
    result: pd.DataFrame = pandas.DataFrame(columns).sort_index() if columns else pandas.DataFrame()
    result.index.name = "step"
    return result


def _numeric(value: object) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))
