"""The logic of every RunicornClient method, written once as a plan (see _driver.py) for both clients.

Where the viewer has an endpoint, a plan is one call. Where the documented API asks for more than the viewer
offers, the plan composes real endpoints:

* `list_experiments` filters and pages `/api/runs` on the client (the viewer neither filters nor pages);
* `get_metrics` reshapes `/api/runs/{id}/metrics` into one series per metric, and lets the viewer downsample
  when `limit` is within its 100..50000 range;
* `export_experiment` builds JSON from the run and its metrics, builds CSV from the metric rows (every
  released viewer answers 501 to its own CSV export), and takes zip archives from `POST /api/runs/export`;
* `update_config` maps the one writable setting, `user_root_dir`, to its endpoint after refusing values that
  would silently re-point the viewer's storage (see _config_guard.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from runbridge._redact import redact_url
from runbridge.paths import path_problem
from runbridge.runicorn import _records
from runbridge.runicorn._config_guard import checked_config_update
from runbridge.runicorn._driver import Call, Endpoint, Plan, unset_none
from runbridge.runicorn.errors import ConnectionError, InvalidArgumentError

EXPORT_FORMATS = ("json", "csv", "zip")
# The viewer's LTTB downsampling accepts targets in this range only (422 otherwise).
DOWNSAMPLE_RANGE = (100, 50_000)
MAX_BATCH = 100  # the viewer refuses larger run_id lists
# Every released viewer answers "ok"; the 0.5.x client waited for "healthy", which is why its connect() failed.
HEALTHY = frozenset({"ok", "healthy"})


# Generated endpoints, imported on first call so that importing the client stays cheap (it would load httpx);
# the generated request models are imported inside the plans that send them, for the same reason.
_get_config = Endpoint("config.get_config")
list_storage_candidates = Endpoint("config.list_storage_candidates")
set_user_root_dir = Endpoint("config.set_user_root_dir")
export_runs_zip = Endpoint("export.export_runs_zip")
_check_status = Endpoint("health.check_status")
get_health = Endpoint("health.get_health")
get_run_metrics = Endpoint("metrics.get_run_metrics")
_create_path = Endpoint("projects.create_path")
_export_path = Endpoint("projects.export_path")
get_path_tree = Endpoint("projects.get_path_tree")
list_names = Endpoint("projects.list_names")
list_paths = Endpoint("projects.list_paths")
list_projects = Endpoint("projects.list_projects")
list_runs_by_path = Endpoint("projects.list_runs_by_path")
soft_delete_path = Endpoint("projects.soft_delete_path")
_empty_recycle_bin = Endpoint("runs.empty_recycle_bin")
get_run = Endpoint("runs.get_run")
get_run_assets = Endpoint("runs.get_run_assets")
get_run_environment = Endpoint("runs.get_run_environment")
get_run_images = Endpoint("runs.get_run_images")
list_deleted_runs = Endpoint("runs.list_deleted_runs")
list_runs = Endpoint("runs.list_runs")
move_runs = Endpoint("runs.move_runs")
permanently_delete_run = Endpoint("runs.permanently_delete_run")
restore_runs = Endpoint("runs.restore_runs")
soft_delete_runs = Endpoint("runs.soft_delete_runs")
_update_run = Endpoint("runs.update_run")
get_storage_stats = Endpoint("storage.get_storage_stats")
get_gpu_telemetry = Endpoint("system.get_gpu_telemetry")


# -- argument checks: raised before anything is sent ---------------------------------------------------------------


def check_run_id(run_id: object) -> str:
    """A run id the viewer can route: a non-empty string that is one path segment (the shared path rule), so it
    can never reach another endpoint or the web UI; checked here as well so batches fail before their first call."""
    if not isinstance(run_id, str) or not run_id.strip():
        raise InvalidArgumentError(f"run_id must be a non-empty string, not {run_id!r}")
    problem = path_problem(run_id)
    if problem is not None:
        raise InvalidArgumentError(f"run_id {run_id!r} {problem}: run ids look like 20250124_120000_abc123")
    return run_id


def check_run_ids(run_ids: object) -> list[str]:
    if isinstance(run_ids, str):
        run_ids = [run_ids]
    if not isinstance(run_ids, Sequence) or not run_ids:
        raise InvalidArgumentError("run_ids must be a non-empty list of run ids")
    if len(run_ids) > MAX_BATCH:
        raise InvalidArgumentError(f"at most {MAX_BATCH} run ids per call, got {len(run_ids)}")
    return [check_run_id(run_id) for run_id in run_ids]


def check_count(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgumentError(f"{name} must be a non-negative integer or None, not {value!r}")
    return value


def check_text(name: str, value: object, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string, not {value!r}")
    return value


def check_names(metric_names: object) -> list[str] | None:
    if metric_names is None:
        return None
    if isinstance(metric_names, str):
        return [metric_names]
    if not isinstance(metric_names, Sequence) or not all(isinstance(name, str) for name in metric_names):
        raise InvalidArgumentError(f"metric_names must be a list of strings, not {metric_names!r}")
    return list(metric_names)


# -- viewer status -------------------------------------------------------------------------------------------------


def health(base_url: str) -> Plan[dict[str, Any]]:
    """The viewer's health answer, or ConnectionError saying what the viewer at `base_url` reported."""
    result: dict[str, Any] = yield Call(get_health)
    status = result.get("status")
    if status not in HEALTHY:
        raise ConnectionError(f"the viewer at {redact_url(base_url)} is not healthy: it reports status {status!r}")
    return result


def check_status() -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(_check_status)
    return result


def storage_stats() -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(get_storage_stats)
    return result


def gpu_info() -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(get_gpu_telemetry)
    return result


# -- experiments ---------------------------------------------------------------------------------------------------


def list_experiments(
    project: str | None = None,
    name: str | None = None,
    status: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Plan[list[dict[str, Any]]]:
    project = check_text("project", project)
    name = check_text("name", name)
    status = check_text("status", status)
    limit, offset = check_count("limit", limit), check_count("offset", offset)
    runs: list[dict[str, Any]] = yield Call(list_runs)
    records = _records.filter_experiments(
        (_records.experiment_record(run) for run in runs), project=project, name=name, status=status
    )
    return _records.page(records, limit=limit, offset=offset)


def list_runs_under(path: str | None = None, exact: bool = False) -> Plan[list[dict[str, Any]]]:
    runs: list[dict[str, Any]] = yield Call(list_runs_by_path, {"path": unset_none(path), "exact": exact})
    return [_records.experiment_record(run) for run in runs]


def get_experiment(run_id: str) -> Plan[dict[str, Any]]:
    run: dict[str, Any] = yield Call(get_run, {"run_id": check_run_id(run_id)})
    return _records.experiment_record(run)


def get_metrics(
    run_id: str, metric_names: Sequence[str] | None = None, limit: int | None = None
) -> Plan[dict[str, Any]]:
    run_id = check_run_id(run_id)
    names = check_names(metric_names)
    limit = check_count("limit", limit)
    low, high = DOWNSAMPLE_RANGE
    downsample = limit if limit is not None and low <= limit <= high else None
    table: dict[str, Any] = yield Call(get_run_metrics, {"run_id": run_id, "downsample": unset_none(downsample)})
    return {
        "run_id": run_id,
        "metrics": _records.metric_series(table, metric_names=names, limit=limit),
        "columns": list(table.get("columns") or []),
        "total": table.get("total", len(table.get("rows") or [])),
        "sampled": table.get("sampled", len(table.get("rows") or [])),
    }


def get_metrics_table(run_id: str, downsample: int | None = None) -> Plan[dict[str, Any]]:
    table: dict[str, Any] = yield Call(
        get_run_metrics, {"run_id": check_run_id(run_id), "downsample": unset_none(downsample)}
    )
    return table


def update_run(run_id: str, alias: str | None = None, tags: Sequence[str] | None = None) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import RunUpdatePayload

    run_id = check_run_id(run_id)
    if alias is None and tags is None:
        raise InvalidArgumentError("update_run needs alias and/or tags (alias='' clears the alias, tags=[] the tags)")
    if alias is not None and not isinstance(alias, str):
        raise InvalidArgumentError(f"alias must be a string, not {alias!r}")
    if tags is not None and (isinstance(tags, str) or not all(isinstance(tag, str) for tag in tags)):
        raise InvalidArgumentError(f"tags must be a list of strings, not {tags!r}")
    body = RunUpdatePayload(alias=unset_none(alias), tags=unset_none(None if tags is None else list(tags)))
    result: dict[str, Any] = yield Call(_update_run, {"run_id": run_id, "body": body})
    return result


def move(run_ids: Sequence[str], target_path: str) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import MoveRunsPayload

    body = MoveRunsPayload(run_ids=check_run_ids(run_ids), target_path=str(check_text("target_path", target_path)))
    result: dict[str, Any] = yield Call(move_runs, {"body": body})
    return result


def soft_delete(run_ids: Sequence[str]) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import RunIdsRequest

    result: dict[str, Any] = yield Call(soft_delete_runs, {"body": RunIdsRequest(run_ids=check_run_ids(run_ids))})
    return result


def restore(run_ids: Sequence[str]) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import RunIdsRequest

    result: dict[str, Any] = yield Call(restore_runs, {"body": RunIdsRequest(run_ids=check_run_ids(run_ids))})
    return result


def recycle_bin() -> Plan[list[dict[str, Any]]]:
    result: dict[str, Any] = yield Call(list_deleted_runs)
    return list(result.get("deleted_runs") or [])


def empty_recycle_bin(confirm: bool = False) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import EmptyRecycleBinRequest

    if confirm is not True:
        raise InvalidArgumentError("empty_recycle_bin deletes runs for good: call it with confirm=True")
    result: dict[str, Any] = yield Call(_empty_recycle_bin, {"body": EmptyRecycleBinRequest(confirm=True)})
    return result


def permanently_delete(run_id: str, dry_run: bool = False) -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(permanently_delete_run, {"run_id": check_run_id(run_id), "dry_run": dry_run})
    return result


def run_assets(run_id: str) -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(get_run_assets, {"run_id": check_run_id(run_id)})
    return result


def run_images(run_id: str) -> Plan[list[dict[str, Any]]]:
    result: dict[str, Any] = yield Call(get_run_images, {"run_id": check_run_id(run_id)})
    return list(result.get("images") or [])


def run_environment(run_id: str) -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(get_run_environment, {"run_id": check_run_id(run_id)})
    return result


# -- paths (projects) ----------------------------------------------------------------------------------------------


def projects() -> Plan[list[str]]:
    result: dict[str, Any] = yield Call(list_projects)
    return list(result.get("projects") or [])


def names(project: str) -> Plan[list[str]]:
    result: dict[str, Any] = yield Call(list_names, {"project": check_text("project", project, optional=False)})
    return list(result.get("names") or [])


def paths(include_stats: bool = False) -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(list_paths, {"include_stats": include_stats})
    return result


def path_tree() -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(get_path_tree)
    return dict(result.get("tree") or {})


def create_path(path: str) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import PathRequest

    body = PathRequest(path=str(check_text("path", path, optional=False)))
    result: dict[str, Any] = yield Call(_create_path, {"body": body})
    return result


def soft_delete_under(path: str, exact: bool = False) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import PathRequest

    body = PathRequest(path=str(check_text("path", path, optional=False)), exact=exact)
    result: dict[str, Any] = yield Call(soft_delete_path, {"body": body})
    return result


def export_path(path: str, exact: bool = False) -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(
        _export_path, {"path": check_text("path", path, optional=False), "exact": exact}
    )
    return result


# -- configuration -------------------------------------------------------------------------------------------------


def get_config() -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(_get_config)
    return result


def update_config(config: Mapping[str, Any]) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import UserRootDirRequest

    update = checked_config_update(config)
    if "user_root_dir" in update:
        yield Call(set_user_root_dir, {"body": UserRootDirRequest(path=update["user_root_dir"])})
    result: dict[str, Any] = yield Call(_get_config)
    return result


def storage_candidates(scan_root: str | None = None, max_depth: int = 3) -> Plan[dict[str, Any]]:
    if isinstance(max_depth, bool) or not isinstance(max_depth, int) or not 1 <= max_depth <= 8:
        raise InvalidArgumentError(f"max_depth must be an integer from 1 to 8, not {max_depth!r}")
    result: dict[str, Any] = yield Call(
        list_storage_candidates, {"scan_root": unset_none(check_text("scan_root", scan_root)), "max_depth": max_depth}
    )
    return result


# -- export --------------------------------------------------------------------------------------------------------


def export_experiment(run_id: str, format: str = "json", include_media: bool = False) -> Plan[bytes]:
    from runbridge_generated.runicorn_viewer.models import RunIdsRequest

    run_id = check_run_id(run_id)
    kind = format.lower() if isinstance(format, str) else format
    if kind not in EXPORT_FORMATS:
        raise InvalidArgumentError(f"format must be one of {', '.join(EXPORT_FORMATS)}, not {format!r}")
    if kind == "zip":
        # The viewer's archive is the run's whole directory, so media are always in it.
        archive: bytes = yield Call(export_runs_zip, {"body": RunIdsRequest(run_ids=[run_id])})
        return archive
    if kind == "csv":
        if include_media:
            raise InvalidArgumentError("a CSV export holds metrics only: use format='zip' to include media")
        table: dict[str, Any] = yield Call(get_run_metrics, {"run_id": run_id, "downsample": unset_none(None)})
        return _records.metrics_csv(table)
    run: dict[str, Any] = yield Call(get_run, {"run_id": run_id})
    table = yield Call(get_run_metrics, {"run_id": run_id, "downsample": unset_none(None)})
    document: dict[str, Any] = {
        "format": "runbridge.runicorn.export/1",
        "exported_at": dt.datetime.now(tz=dt.UTC).isoformat(),
        "experiment": _records.experiment_record(run),
        "metrics": {"columns": table.get("columns") or [], "rows": table.get("rows") or []},
    }
    if include_media:
        images: dict[str, Any] = yield Call(get_run_images, {"run_id": run_id})
        document["media"] = list(images.get("images") or [])
    return json.dumps(document, indent=2, default=str).encode("utf-8")
