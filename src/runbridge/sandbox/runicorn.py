"""Sandbox Runicorn viewer: an in-memory server for openapi/runicorn.yaml, seeded with projects, runs and metrics.

It answers like the real viewer (FastAPI bodies `{"detail": ...}`, 422 validation lists, 400 for malformed run
ids, 404 for unknown ones, and - like 0.7.x - its "web UI" as `200 text/html` for unknown `GET /api/...` paths),
and it also serves the 0.5.x artifact endpoints, so one server exercises the whole client.

Seeded data (run ids are fixed, times are relative to start-up):

    cv/resnet50/baseline   2 runs (finished, failed)   train_loss, val_acc     50 / 20 steps
    cv/vit/small           1 run  (running)            train_loss, val_acc     30 steps
    nlp/bert               1 run  (finished)           loss, perplexity        40 steps
    artifacts              resnet-model (model, v1 and v2), toy-data (dataset, v1)

Where the real viewer needs the outside world the sandbox simulates it: SSH connections succeed for any host
except `*.unreachable` (a 500 with the SSH error, as offline), and remote viewers get a fake local port. Its
CSV export works (the real one answers 501), following the spec.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import time
import zipfile
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Match, Route

from runbridge.sandbox._http import (
    ABSENT,
    BodyError,
    FieldTypes,
    pydantic_issue,
    pydantic_issues,
    read_json,
    validation_error,
)
from runbridge.sandbox.settings import SandboxSettings

VERSION = "0.7.2-sandbox"
STORAGE_ROOT = "/sandbox/runicorn"
_NULL = type(None)
_LITERAL_RUN_PATHS = frozenset({"move", "soft-delete", "export", "permanent-delete"})
RUN_ID = re.compile(r"^\d{8}_\d{6}_[0-9a-f]{6}$")
STATUSES = ("running", "finished", "failed", "interrupted")
_HTML = "<!doctype html><html><head><title>Runicorn Viewer</title></head><body><div id=root></div></body></html>"

Handler = Callable[[Request], Awaitable[Response]]


class _Invalid(Exception):
    """A request that FastAPI would reject with 422; carries the validation list."""

    def __init__(self, location: list[str | int], message: str, kind: str, value: Any = None) -> None:
        super().__init__(message)
        self.problem = pydantic_issue(location, kind, message, value)


class _Refused(Exception):
    """An HTTPException of the real viewer: a status and a string detail."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _run(
    path: str, alias: str | None, status: str, steps: int, started: float, metrics: tuple[str, str]
) -> dict[str, Any]:
    first, second = metrics
    rows = []
    for step in range(1, steps + 1):
        rows.append(
            {
                "global_step": step,
                first: round(1.0 / step, 6),
                second: round(0.6 + 0.35 * (1 - math.exp(-step / 12)), 6)
                if second == "val_acc"
                else round(1.0 + 20.0 / step, 6),
                "time": started + step * 0.5,
                "stage": "train" if step % 10 else "val",
            }
        )
    best = max(rows, key=lambda row: row[second]) if second == "val_acc" else min(rows, key=lambda row: row[second])
    return {
        "path": path,
        "alias": alias,
        "tags": [],
        "status": status,
        "created_time": started,
        "pid": 4242,
        "rows": rows,
        "columns": ["global_step", "stage", "time", first, second],
        "summary": {
            "best_metric_name": second,
            "best_metric_value": best[second],
            "best_metric_step": best["global_step"],
            "best_metric_mode": "max" if second == "val_acc" else "min",
        },
        "config": {"args": {"lr": 0.1, "batch_size": 32}, "extra": {"optimizer": "sgd"}},
        "deleted": None,
    }


class _Viewer:
    """The sandbox viewer's in-memory state."""

    def __init__(self) -> None:
        now = time.time()
        self.user_root_dir = STORAGE_ROOT
        self.runs: dict[str, dict[str, Any]] = {
            "20250124_120000_a1b2c3": _run(
                "cv/resnet50/baseline", "trial-01", "finished", 50, now - 7200, ("train_loss", "val_acc")
            ),
            "20250124_130000_d4e5f6": _run(
                "cv/resnet50/baseline", "trial-02", "failed", 20, now - 5400, ("train_loss", "val_acc")
            ),
            "20250125_090000_0a1b2c": _run("cv/vit/small", None, "running", 30, now - 1800, ("train_loss", "val_acc")),
            "20250125_100000_3d4e5f": _run("nlp/bert", "bert-base", "finished", 40, now - 900, ("loss", "perplexity")),
        }
        self.empty_paths: set[str] = set()
        self.connections: dict[str, dict[str, Any]] = {}
        self.viewer_sessions: dict[str, dict[str, Any]] = {}
        self.artifacts = _seed_artifacts(now, "20250124_120000_a1b2c3")

    # -- helpers -----------------------------------------------------------------------------------------------

    def live(self) -> list[tuple[str, dict[str, Any]]]:
        items = [(run_id, run) for run_id, run in self.runs.items() if run["deleted"] is None]
        return sorted(items, key=lambda item: item[1]["created_time"], reverse=True)

    def run_dir(self, run_id: str, run: dict[str, Any]) -> str:
        if run["deleted"] is not None:
            return f"{self.user_root_dir}/runs/.recycle/{run_id}"
        return f"{self.user_root_dir}/runs/{run['path']}/{run_id}"

    def list_item(self, run_id: str, run: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": run_id,
            "run_dir": self.run_dir(run_id, run),
            "created_time": run["created_time"],
            "status": run["status"],
            "pid": run["pid"],
            "best_metric_value": run["summary"]["best_metric_value"],
            "best_metric_name": run["summary"]["best_metric_name"],
            "path": run["path"],
            "alias": run["alias"],
            "tags": list(run["tags"]),
            "assets_count": 1,
        }

    def assets(self, run: dict[str, Any]) -> dict[str, Any]:
        return {"code": {}, "config": run["config"], "datasets": [], "pretrained": [], "outputs": []}

    def get(self, run_id: str, *, validate: bool = False) -> dict[str, Any]:
        if validate and not RUN_ID.match(run_id):
            raise _Refused(400, f"Invalid run_id format: {run_id}")
        run = self.runs.get(run_id)
        if run is None or run["deleted"] is not None:
            raise _Refused(404, "Run not found")
        return run

    def paths(self) -> list[str]:
        found: set[str] = set(self.empty_paths)
        for _, run in self.live():
            segments = run["path"].split("/")
            found.update("/".join(segments[: index + 1]) for index in range(len(segments)))
        return sorted(found)

    def under(self, prefix: str | None, exact: bool) -> list[tuple[str, dict[str, Any]]]:
        if not prefix:
            return self.live()
        prefix = prefix.strip("/")
        return [
            (run_id, run)
            for run_id, run in self.live()
            if run["path"] == prefix or (not exact and run["path"].startswith(prefix + "/"))
        ]


def _seed_artifacts(now: float, run_id: str) -> dict[str, dict[str, Any]]:
    def version(number: int, size: int, metadata: dict[str, Any], description: str) -> dict[str, Any]:
        return {
            "version": number,
            "created_at": now - 3600 + number,
            "created_by_run": run_id,
            "size_bytes": size,
            "num_files": 1,
            "status": "ready",
            "metadata": metadata,
            "description": description,
        }

    return {
        "resnet-model": {
            "type": "model",
            "aliases": {"latest": 2, "production": 1},
            "versions": [
                version(1, 94_371_840, {"val_acc": 0.93}, "first stable weights"),
                version(2, 94_371_840, {"val_acc": 0.95}, "longer schedule"),
            ],
        },
        "toy-data": {
            "type": "dataset",
            "aliases": {"latest": 1},
            "versions": [version(1, 1_048_576, {"rows": 10_000}, "toy training set")],
        },
    }


# -- request parsing, FastAPI style ------------------------------------------------------------------------------


def _query_bool(request: Request, name: str, default: bool = False) -> bool:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    lowered = raw.lower()
    if lowered in {"true", "1", "yes", "on"}:
        return True
    if lowered in {"false", "0", "no", "off"}:
        return False
    raise _Invalid(["query", name], "Input should be a valid boolean", "bool_parsing", raw)


def _query_int(request: Request, name: str, *, low: int | None = None, high: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise _Invalid(["query", name], "Input should be a valid integer", "int_parsing", raw) from None
    if low is not None and value < low:
        raise _Invalid(["query", name], f"Input should be greater than or equal to {low}", "greater_than_equal", raw)
    if high is not None and value > high:
        raise _Invalid(["query", name], f"Input should be less than or equal to {high}", "less_than_equal", raw)
    return value


async def _body(request: Request) -> Any:
    try:
        body = await read_json(request)
    except BodyError:
        body = ABSENT
    if body is ABSENT:
        raw = (await request.body()).decode(errors="replace")[:100]
        raise _Invalid(["body"], "JSON decode error", "json_invalid", raw)
    return body


def _require(body: Any, fields: FieldTypes, *, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """FastAPI's body validation for the field types the spec uses, answered with its first issue."""
    issues = pydantic_issues(body, fields, required)
    if issues:
        first = issues[0]
        raise _Invalid(first["loc"], first["msg"], first["type"], first.get("input"))
    result: dict[str, Any] = body
    return result


def _run_ids(body: Any) -> list[str]:
    payload = _require(body, {"run_ids": list[str]}, required=("run_ids",))
    run_ids: list[str] = payload["run_ids"]
    if not run_ids:
        raise _Invalid(["body", "run_ids"], "List should have at least 1 item after validation", "too_short", [])
    if len(run_ids) > 100:
        raise _Invalid(["body", "run_ids"], "List should have at most 100 items", "too_long", len(run_ids))
    return run_ids


def _endpoint(handler: Callable[[Request, _Viewer], Awaitable[Any]], viewer: _Viewer) -> Handler:
    async def endpoint(request: Request) -> Response:
        try:
            result = await handler(request, viewer)
        except _Invalid as invalid:
            return validation_error([invalid.problem])
        except _Refused as refused:
            return JSONResponse({"detail": refused.detail}, status_code=refused.status)
        if isinstance(result, Response):
            return result
        return JSONResponse(result)

    return endpoint


# -- handlers ----------------------------------------------------------------------------------------------------


async def health(request: Request, viewer: _Viewer) -> Any:
    return {
        "status": "ok",
        "version": VERSION,
        "storage": viewer.user_root_dir,
        "storage_backend": {
            "mode": "memory",
            "label": "In-memory sandbox",
            "available": True,
            "backend_class": "Sandbox",
        },
        "cache": {"enabled": False},
    }


async def check_status(request: Request, viewer: _Viewer) -> Any:
    running = [run for _, run in viewer.live() if run["status"] == "running"]
    return {
        "checked": len(running),
        "updated": 0,
        "message": f"Checked {len(running)} running experiments, updated 0 statuses",
    }


async def list_runs(request: Request, viewer: _Viewer) -> Any:
    return [viewer.list_item(run_id, run) for run_id, run in viewer.live()]


async def get_run(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    run = viewer.get(run_id)
    run_dir = viewer.run_dir(run_id, run)
    return {
        "id": run_id,
        "status": run["status"],
        "pid": run["pid"],
        "run_dir": run_dir,
        "path": run["path"],
        "alias": run["alias"],
        "tags": list(run["tags"]),
        "start_time": run["created_time"],
        "duration": len(run["rows"]) * 0.5,
        "logs": f"{run_dir}/logs.txt",
        "metrics": f"{run_dir}/events.jsonl",
        "metrics_step": f"{run_dir}/events.jsonl",
        "assets": viewer.assets(run),
        "assets_count": 1,
        "summary": dict(run["summary"]),
    }


async def update_run(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    if run_id in _LITERAL_RUN_PATHS:  # /api/runs/move etc. are POST-only routes, not run ids
        raise HTTPException(405, headers={"Allow": "POST"})
    body = _require(await _body(request), {"alias": (str, _NULL), "tags": (list[str], _NULL)})
    run = viewer.get(run_id, validate=True)
    if body.get("alias") is not None:
        run["alias"] = body["alias"].strip() or None
    if body.get("tags") is not None:
        run["tags"] = [tag.strip() for tag in body["tags"] if tag.strip()]
    return {"ok": True, "alias": run["alias"], "tags": list(run["tags"])}


async def move_runs(request: Request, viewer: _Viewer) -> Any:
    body = _require(
        await _body(request), {"run_ids": list[str], "target_path": str}, required=("run_ids", "target_path")
    )
    run_ids = _run_ids(body)
    for run_id in run_ids:
        if not RUN_ID.match(run_id):
            raise _Refused(400, f"Invalid run_id format: {run_id}")
    target = body["target_path"].strip("/")
    if not target:
        raise _Refused(400, "target_path must not be empty")
    moved, failed = [], []
    for run_id in run_ids:
        run = viewer.runs.get(run_id)
        if run is None or run["deleted"] is not None:
            failed.append({"run_id": run_id, "error": "run not found"})
            continue
        moved.append({"run_id": run_id, "old_path": run["path"], "new_path": target})
        run["path"] = target
    return {"ok": True, "moved_count": len(moved), "failed_count": len(failed), "moved": moved, "failed": failed}


async def soft_delete(request: Request, viewer: _Viewer) -> Any:
    run_ids = _run_ids(await _body(request))
    results: dict[str, Any] = {}
    for run_id in run_ids:
        run = viewer.runs.get(run_id)
        if run is None or run["deleted"] is not None:
            results[run_id] = {"success": False, "error": "run not found"}
            continue
        run["deleted"] = {"deleted_at": time.time(), "delete_reason": "user_deleted"}
        results[run_id] = {"success": True}
    count = sum(1 for outcome in results.values() if outcome["success"])
    return {"deleted_count": count, "results": results, "message": f"Soft deleted {count} of {len(run_ids)} runs"}


async def recycle_bin(request: Request, viewer: _Viewer) -> Any:
    deleted = [(run_id, run) for run_id, run in viewer.runs.items() if run["deleted"] is not None]
    return {
        "deleted_runs": [
            {
                "id": run_id,
                "path": run["path"],
                "alias": run["alias"],
                "created_time": run["created_time"],
                "deleted_at": run["deleted"]["deleted_at"],
                "delete_reason": run["deleted"]["delete_reason"],
                "original_status": run["status"],
                "run_dir": viewer.run_dir(run_id, run),
            }
            for run_id, run in deleted
        ]
    }


async def restore(request: Request, viewer: _Viewer) -> Any:
    run_ids = _run_ids(await _body(request))
    results: dict[str, Any] = {}
    for run_id in run_ids:
        run = viewer.runs.get(run_id)
        if run is None or run["deleted"] is None:
            results[run_id] = {"success": False, "error": "not in recycle bin"}
            continue
        run["deleted"] = None
        results[run_id] = {"success": True}
    count = sum(1 for outcome in results.values() if outcome["success"])
    return {"restored_count": count, "results": results, "message": f"Restored {count} of {len(run_ids)} runs"}


async def empty_bin(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), {"confirm": bool}, required=("confirm",))
    if body["confirm"] is not True:
        raise _Refused(400, "Must set confirm=true to permanently delete")
    doomed = [run_id for run_id, run in viewer.runs.items() if run["deleted"] is not None]
    for run_id in doomed:
        del viewer.runs[run_id]
    return {"permanently_deleted": len(doomed), "message": f"Permanently deleted {len(doomed)} runs"}


async def permanent_delete(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    dry_run = _query_bool(request, "dry_run")
    if not RUN_ID.match(run_id):
        raise _Refused(400, f"Invalid run_id format: {run_id}")
    if run_id not in viewer.runs:
        raise _Refused(404, "Run not found")
    config_asset = {
        "asset_id": f"cfg-{run_id}",
        "asset_type": "config",
        "name": None,
        "fingerprint": None,
        "role": "config",
    }
    if not dry_run:
        del viewer.runs[run_id]
    return {
        "success": True,
        "run_id": run_id,
        "run_dir_deleted": True,
        "orphaned_assets": [config_asset],
        "kept_assets": [],
        "blobs_deleted": 0,
        "manifests_deleted": 0,
        "outputs_deleted": 0,
        "bytes_freed": 0,
        "errors": [],
        "partial_failures": [],
    }


async def run_assets(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    run = viewer.get(run_id)
    return {"run_id": run_id, "assets": viewer.assets(run), "assets_count": 1}


async def run_images(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    viewer.get(run_id)
    return {"run_id": run_id, "images": []}


async def run_environment(request: Request, viewer: _Viewer) -> Any:
    viewer.get(request.path_params["run_id"])
    return {"available": True, "python": "3.11.7", "platform": "Linux (sandbox)", "packages": {"runicorn": "0.7.2"}}


async def metrics(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    downsample = _query_int(request, "downsample", low=100, high=50_000)
    run = viewer.get(run_id)
    rows = run["rows"]
    sampled = rows
    if downsample is not None and len(rows) > downsample:
        step = (len(rows) - 1) / (downsample - 1)
        sampled = [rows[round(index * step)] for index in range(downsample)]
    headers = {"X-Total-Count": str(len(rows)), "X-Row-Count": str(len(sampled))}
    body = {"columns": run["columns"], "rows": sampled, "total": len(rows), "sampled": len(sampled)}
    return JSONResponse(body, headers=headers)


async def list_paths(request: Request, viewer: _Viewer) -> Any:
    include_stats = _query_bool(request, "include_stats")
    paths = viewer.paths()
    result: dict[str, Any] = {"paths": paths, "tree": _tree(paths)}
    if include_stats:
        stats = {}
        for path in paths:
            runs = [run for _, run in viewer.under(path, exact=False)]
            stats[path] = {
                "total": len(runs),
                "running": sum(run["status"] == "running" for run in runs),
                "finished": sum(run["status"] == "finished" for run in runs),
                "failed": sum(run["status"] == "failed" for run in runs),
            }
        result["stats"] = stats
    return result


def _tree(paths: list[str]) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for path in paths:
        node = tree
        for segment in path.split("/"):
            node = node.setdefault(segment, {})
    return tree


async def path_tree(request: Request, viewer: _Viewer) -> Any:
    return {"tree": _tree(viewer.paths())}


async def runs_by_path(request: Request, viewer: _Viewer) -> Any:
    exact = _query_bool(request, "exact")
    runs = viewer.under(request.query_params.get("path"), exact)
    return [viewer.list_item(run_id, run) for run_id, run in runs]


async def create_path(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), {"path": str, "exact": bool}, required=("path",))
    path = body["path"].strip("/")
    if not path or ".." in path.split("/"):
        raise _Refused(400, f"Invalid path: {body['path']!r}")
    viewer.empty_paths.add(path)
    return {"ok": True, "path": path}


async def soft_delete_path(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), {"path": str, "exact": bool}, required=("path",))
    path = body["path"].strip("/")
    if not path:
        raise _Refused(400, "path must not be empty")
    runs = viewer.under(path, bool(body.get("exact")))
    for _, run in runs:
        run["deleted"] = {"deleted_at": time.time(), "delete_reason": "path_batch_delete"}
    viewer.empty_paths.discard(path)
    return {"path": path, "deleted_count": len(runs), "errors": None}


async def export_path(request: Request, viewer: _Viewer) -> Any:
    path = request.query_params.get("path")
    if path is None:
        raise _Invalid(["query", "path"], "Field required", "missing")
    exact = _query_bool(request, "exact")
    runs = viewer.under(path, exact) if path.strip("/") else []
    return {
        "path": path,
        "exact": exact,
        "total_runs": len(runs),
        "runs": [
            {
                "run_id": run_id,
                "path": run["path"],
                "alias": run["alias"],
                "status": run["status"],
                "created_time": run["created_time"],
                "summary": dict(run["summary"]),
                "meta": {"id": run_id, "path": run["path"], "alias": run["alias"], "python": "3.11.7"},
            }
            for run_id, run in runs
        ],
    }


async def list_projects(request: Request, viewer: _Viewer) -> Any:
    return {"projects": sorted({path.split("/")[0] for path in viewer.paths()})}


async def list_names(request: Request, viewer: _Viewer) -> Any:
    project = request.path_params["project"]
    names = {path.split("/")[1] for path in viewer.paths() if path.startswith(project + "/") and path.count("/") >= 1}
    return {"names": sorted(names)}


async def runs_by_name(request: Request, viewer: _Viewer) -> Any:
    prefix = f"{request.path_params['project']}/{request.path_params['name']}"
    return [viewer.list_item(run_id, run) for run_id, run in viewer.under(prefix, exact=False)]


async def get_config(request: Request, viewer: _Viewer) -> Any:
    return {
        "user_root_dir": viewer.user_root_dir,
        "storage": viewer.user_root_dir,
        "config_file": "/sandbox/.config/runicorn/config.json",
        "home_directory": "/sandbox",
        "storage_backend": {
            "mode": "memory",
            "label": "In-memory sandbox",
            "available": True,
            "backend_class": "Sandbox",
        },
    }


async def set_user_root(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), {"path": str}, required=("path",))
    path = body["path"]
    # Like the real viewer, an empty or relative path resolves against the working directory.
    resolved = path if path.startswith("/") else f"/sandbox/cwd/{path}".rstrip("/")
    if "\x00" in path:
        raise _Refused(400, "Invalid path or filesystem error: embedded null byte")
    viewer.user_root_dir = resolved
    return {"ok": True, "user_root_dir": resolved, "storage": resolved}


async def storage_candidates(request: Request, viewer: _Viewer) -> Any:
    max_depth = _query_int(request, "max_depth", low=1, high=8) or 3
    scan_root = request.query_params.get("scan_root") or "/sandbox"
    candidates = []
    if STORAGE_ROOT.startswith(scan_root.rstrip("/") + "/") or scan_root == STORAGE_ROOT:
        candidates.append(
            {"path": STORAGE_ROOT, "run_count": len(viewer.runs), "has_archive": True, "has_index": True, "score": 0.9}
        )
    return {"scan_root": scan_root, "max_depth": max_depth, "candidates": candidates}


async def export_csv(request: Request, viewer: _Viewer) -> Any:
    run = viewer.get(request.path_params["run_id"])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(run["columns"])
    for row in run["rows"]:
        writer.writerow([row.get(column, "") for column in run["columns"]])
    return Response(buffer.getvalue(), media_type="text/csv")


async def export_zip(request: Request, viewer: _Viewer) -> Any:
    run_ids = _run_ids(await _body(request))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for run_id in run_ids:
            run = viewer.runs.get(run_id)
            if run is None or run["deleted"] is not None:
                raise _Refused(404, f"Run not found: {run_id}")
            base = f"runs/{run['path']}/{run_id}"
            meta = {"id": run_id, "path": run["path"], "alias": run["alias"], "created_at": run["created_time"]}
            bundle.writestr(f"{base}/meta.json", json.dumps(meta))
            bundle.writestr(f"{base}/status.json", json.dumps({"status": run["status"]}))
            bundle.writestr(f"{base}/summary.json", json.dumps(run["summary"]))
            events = "".join(json.dumps({"type": "metrics", "data": row}) + "\n" for row in run["rows"])
            bundle.writestr(f"{base}/events.jsonl", events)
    headers = {"Content-Disposition": f'attachment; filename="runicorn_export_{len(run_ids)}runs.zip"'}
    return Response(archive.getvalue(), media_type="application/zip", headers=headers)


async def storage_stats(request: Request, viewer: _Viewer) -> Any:
    size = sum(len(run["rows"]) * 120 for run in viewer.runs.values())
    human = f"{size / 1024:.2f} KB"
    return {
        "storage_root": viewer.user_root_dir,
        "total": {"size_bytes": size, "size_human": human},
        "archive": {"size_bytes": 0, "size_human": "0.00 B"},
        "runs": {
            "size_bytes": size,
            "size_human": human,
            "paths_count": len(viewer.paths()),
            "runs_count": len(viewer.runs),
        },
        "index": {"size_bytes": 0, "size_human": "0.00 B"},
    }


async def gpu(request: Request, viewer: _Viewer) -> Any:
    return {"available": False, "reason": "nvidia-smi not found in PATH"}


# -- remote --------------------------------------------------------------------------------------------------------


def _ssh_target(body: dict[str, Any]) -> tuple[str, int, str]:
    host, username = body.get("host"), body.get("username")
    if not host or not username:
        # The real viewer wraps this 400 in its generic 500; the sandbox answers the 400 the spec declares.
        raise _Refused(400, "host and username are required unless saved_server_id resolves them")
    port = body.get("port", 22)
    if host.endswith(".unreachable"):
        raise _Refused(500, f"Connection failed: ssh: Could not resolve hostname {host}: Name or service not known")
    return host, port, username


_SSH_FIELDS: FieldTypes = {
    "host": (str, _NULL),
    "port": int,
    "username": (str, _NULL),
    "password": (str, _NULL),
    "private_key": (str, _NULL),
    "private_key_path": (str, _NULL),
    "passphrase": (str, _NULL),
    "use_agent": bool,
    "saved_server_id": (str, _NULL),
}


async def remote_connect(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), _SSH_FIELDS)
    host, port, username = _ssh_target(body)
    key = f"{username}@{host}:{port}"
    viewer.connections[key] = {"key": key, "host": host, "port": port, "username": username, "connected": True}
    return {"ok": True, "connection_id": key, "host": host, "port": port, "username": username, "connected": True}


async def remote_disconnect(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), {"host": str, "port": int, "username": str}, required=("host", "username"))
    key = f"{body['username']}@{body['host']}:{body.get('port', 22)}"
    if viewer.connections.pop(key, None) is None:
        return {"ok": False, "message": "Connection not found"}
    return {"ok": True, "message": "Connection removed"}


async def remote_sessions(request: Request, viewer: _Viewer) -> Any:
    return {"sessions": list(viewer.connections.values())}


def _session_view(session: dict[str, Any]) -> dict[str, Any]:
    view = dict(session)
    view["uptimeSeconds"] = round(time.time() - session["startedAt"] / 1000, 3)
    return view


async def remote_status(request: Request, viewer: _Viewer) -> Any:
    sessions = [_session_view(session) for session in viewer.viewer_sessions.values()]
    return {
        "connections": list(viewer.connections.values()),
        "viewer_sessions": sessions,
        "connection_count": len(viewer.connections),
        "viewer_session_count": len(sessions),
    }


async def viewer_start(request: Request, viewer: _Viewer) -> Any:
    fields = {
        **_SSH_FIELDS,
        "remote_root": str,
        "local_port": (int, _NULL),
        "remote_port": (int, _NULL),
        "conda_env": (str, _NULL),
    }
    body = _require(await _body(request), fields, required=("remote_root",))
    host, port, username = _ssh_target(body)
    key = f"{username}@{host}:{port}"
    viewer.connections.setdefault(
        key, {"key": key, "host": host, "port": port, "username": username, "connected": True}
    )
    local_port = body.get("local_port") or 23400 + len(viewer.viewer_sessions)
    session_id = f"rv-{len(viewer.viewer_sessions) + 1:04d}"
    session = {
        "sessionId": session_id,
        "host": host,
        "sshPort": port,
        "username": username,
        "localPort": local_port,
        "remotePort": body.get("remote_port") or 23300,
        "remoteRoot": body["remote_root"],
        "remotePid": 31337,
        "status": "running",
        "startedAt": int(time.time() * 1000),
        "uptimeSeconds": 0.0,
        "isActive": True,
        "url": f"http://localhost:{local_port}",
    }
    viewer.viewer_sessions[session_id] = session
    return {"ok": True, "session": session, "message": f"Remote Viewer ready at http://localhost:{local_port}"}


async def viewer_stop(request: Request, viewer: _Viewer) -> Any:
    body = _require(await _body(request), {"session_id": str}, required=("session_id",))
    if viewer.viewer_sessions.pop(body["session_id"], None) is None:
        raise _Refused(404, f"Session not found: {body['session_id']}")
    return {"ok": True, "message": f"Session {body['session_id']} stopped"}


async def viewer_sessions(request: Request, viewer: _Viewer) -> Any:
    return {"sessions": [_session_view(session) for session in viewer.viewer_sessions.values()]}


async def viewer_status(request: Request, viewer: _Viewer) -> Any:
    session = viewer.viewer_sessions.get(request.path_params["session_id"])
    if session is None:
        raise _Refused(404, f"Session not found: {request.path_params['session_id']}")
    return _session_view(session)


# -- artifacts (0.5.x) ---------------------------------------------------------------------------------------------


def _artifact(viewer: _Viewer, request: Request) -> tuple[str, dict[str, Any]]:
    name = request.path_params["artifact_name"]
    kind = request.query_params.get("type")
    artifact = viewer.artifacts.get(name)
    if artifact is None or (kind is not None and artifact["type"] != kind):
        suffix = f" (type={kind})" if kind is not None else ""
        raise _Refused(404, f"Artifact not found: {name}{suffix}")
    return name, artifact


def _version(request: Request, name: str, artifact: dict[str, Any]) -> dict[str, Any]:
    raw = request.path_params["version"]
    try:
        number = int(raw)
    except ValueError:
        raise _Invalid(["path", "version"], "Input should be a valid integer", "int_parsing", raw) from None
    for version in artifact["versions"]:
        if version["version"] == number:
            return dict(version)
    raise _Refused(404, f"Version not found: {name}:v{number}")


def _aliases_of(artifact: dict[str, Any], number: int) -> list[str]:
    return sorted(alias for alias, target in artifact["aliases"].items() if target == number)


async def list_artifacts(request: Request, viewer: _Viewer) -> Any:
    kind = request.query_params.get("type")
    items = []
    for name, artifact in viewer.artifacts.items():
        if kind is not None and artifact["type"] != kind:
            continue
        versions = artifact["versions"]
        items.append(
            {
                "name": name,
                "type": artifact["type"],
                "num_versions": len(versions),
                "latest_version": versions[-1]["version"],
                "size_bytes": versions[-1]["size_bytes"],
                "created_at": versions[0]["created_at"],
                "updated_at": versions[-1]["created_at"],
                "aliases": dict(artifact["aliases"]),
            }
        )
    return items


async def artifact_stats(request: Request, viewer: _Viewer) -> Any:
    by_type: dict[str, dict[str, int]] = {}
    for artifact in viewer.artifacts.values():
        entry = by_type.setdefault(artifact["type"], {"count": 0, "versions": 0, "size_bytes": 0})
        entry["count"] += 1
        entry["versions"] += len(artifact["versions"])
        entry["size_bytes"] += sum(version["size_bytes"] for version in artifact["versions"])
    return {
        "total_artifacts": len(viewer.artifacts),
        "total_versions": sum(entry["versions"] for entry in by_type.values()),
        "total_size_bytes": sum(entry["size_bytes"] for entry in by_type.values()),
        "by_type": by_type,
    }


async def artifact_versions(request: Request, viewer: _Viewer) -> Any:
    _name, artifact = _artifact(viewer, request)
    return [
        {
            "version": version["version"],
            "created_at": version["created_at"],
            "created_by_run": version["created_by_run"],
            "size_bytes": version["size_bytes"],
            "num_files": version["num_files"],
            "status": version["status"],
            "aliases": _aliases_of(artifact, version["version"]),
        }
        for version in artifact["versions"]
    ]


async def artifact_version(request: Request, viewer: _Viewer) -> Any:
    name, artifact = _artifact(viewer, request)
    version = _version(request, name, artifact)
    return {
        "name": name,
        "type": artifact["type"],
        "version": version["version"],
        "created_at": version["created_at"],
        "updated_at": version["created_at"],
        "created_by_run": version["created_by_run"],
        "created_by_user": None,
        "size_bytes": version["size_bytes"],
        "num_files": version["num_files"],
        "num_references": 0,
        "status": version["status"],
        "metadata": version["metadata"],
        "description": version["description"],
        "tags": [],
        "aliases": _aliases_of(artifact, version["version"]),
        "manifest_digest": f"{abs(hash((name, version['version']))):064x}"[:64],
    }


async def artifact_files(request: Request, viewer: _Viewer) -> Any:
    name, artifact = _artifact(viewer, request)
    version = _version(request, name, artifact)
    filename = "model.pt" if artifact["type"] == "model" else "data.parquet"
    directory = f"{STORAGE_ROOT}/artifacts/{artifact['type']}/{name}/v{version['version']}/files"
    return {
        "artifact": f"{name}:v{version['version']}",
        "files": [
            {
                "path": filename,
                "size": version["size_bytes"],
                "digest": f"sha256:{version['version']:064x}",
                "modified_at": version["created_at"],
                "absolute_path": f"{directory}/{filename}",
                "is_remote": False,
            }
        ],
        "references": [],
        "total_size": version["size_bytes"],
        "total_files": 1,
        "total_references": 0,
        "is_remote": False,
    }


async def artifact_lineage(request: Request, viewer: _Viewer) -> Any:
    name, artifact = _artifact(viewer, request)
    version = _version(request, name, artifact)
    _query_int(request, "max_depth")
    node_id = f"{name}:v{version['version']}"
    run_node = f"run:{version['created_by_run']}"
    return {
        "root_artifact": node_id,
        "nodes": [
            {
                "node_type": "artifact",
                "node_id": node_id,
                "label": f"{name} v{version['version']}",
                "metadata": {"type": artifact["type"]},
            },
            {
                "node_type": "run",
                "node_id": run_node,
                "label": f"Run {version['created_by_run']}",
                "metadata": {"run_id": version["created_by_run"]},
            },
        ],
        "edges": [
            {"source": run_node, "target": node_id, "edge_type": "produces", "created_at": version["created_at"]}
        ],
    }


async def run_artifacts(request: Request, viewer: _Viewer) -> Any:
    run_id = request.path_params["run_id"]
    viewer.get(run_id)
    created = [
        {
            "name": name,
            "type": artifact["type"],
            "version": version["version"],
            "size_bytes": version["size_bytes"],
            "created_at": version["created_at"],
            "description": version["description"],
            "aliases": _aliases_of(artifact, version["version"]),
            "lifecycle_stage": "experimental",
        }
        for name, artifact in viewer.artifacts.items()
        for version in artifact["versions"]
        if version["created_by_run"] == run_id
    ]
    return {"created": created, "used": []}


def _dispatch(handlers: dict[str, Handler]) -> Handler:
    """One endpoint per path, so a 405's Allow header lists every method of the path."""

    async def endpoint(request: Request) -> Response:
        return await handlers["GET" if request.method == "HEAD" else request.method](request)

    return endpoint


def _web_ui(routes: list[Route]) -> Handler:
    """The 0.7.x viewer's catch-all: its web UI for a GET of a path it has no route for.

    (The real viewer also serves the page for a GET of a POST-only API path; the sandbox answers 405 there, as
    the spec declares.)
    """

    async def page(request: Request) -> Response:
        allowed: set[str] = set()
        for route in routes:
            match, _ = route.matches(request.scope)
            if match is Match.PARTIAL and route.methods:
                allowed.update(route.methods)
        if allowed:
            raise HTTPException(405, headers={"Allow": ", ".join(sorted(allowed))})
        return HTMLResponse(_HTML)

    return page


async def http_error(request: Request, exc: Exception) -> Response:
    """Routing errors (404, 405 with its Allow header) as FastAPI's JSON bodies."""
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


def create_app(settings: SandboxSettings) -> Starlette:
    """The sandbox viewer as an ASGI app (the launcher wraps it in fault injection)."""
    viewer = _Viewer()
    table: list[tuple[str, Callable[[Request, _Viewer], Awaitable[Any]], str]] = [
        ("/api/health", health, "GET"),
        ("/api/status/check", check_status, "POST"),
        ("/api/runs", list_runs, "GET"),
        ("/api/runs/move", move_runs, "POST"),
        ("/api/runs/soft-delete", soft_delete, "POST"),
        ("/api/runs/export", export_zip, "POST"),
        ("/api/runs/{run_id}", get_run, "GET"),
        ("/api/runs/{run_id}", update_run, "PATCH"),
        ("/api/runs/{run_id}/permanent", permanent_delete, "DELETE"),
        ("/api/runs/{run_id}/assets", run_assets, "GET"),
        ("/api/runs/{run_id}/images", run_images, "GET"),
        ("/api/runs/{run_id}/metrics", metrics, "GET"),
        ("/api/runs/{run_id}/metrics_step", metrics, "GET"),
        ("/api/runs/{run_id}/artifacts", run_artifacts, "GET"),
        ("/api/environment/{run_id}", run_environment, "GET"),
        ("/api/recycle-bin", recycle_bin, "GET"),
        ("/api/recycle-bin/restore", restore, "POST"),
        ("/api/recycle-bin/empty", empty_bin, "POST"),
        ("/api/paths", list_paths, "GET"),
        ("/api/paths/tree", path_tree, "GET"),
        ("/api/paths/runs", runs_by_path, "GET"),
        ("/api/paths/create", create_path, "POST"),
        ("/api/paths/soft-delete", soft_delete_path, "POST"),
        ("/api/paths/export", export_path, "GET"),
        ("/api/projects", list_projects, "GET"),
        ("/api/projects/{project}/names", list_names, "GET"),
        ("/api/projects/{project}/names/{name}/runs", runs_by_name, "GET"),
        ("/api/config", get_config, "GET"),
        ("/api/config/user_root_dir", set_user_root, "POST"),
        ("/api/config/storage-candidates", storage_candidates, "GET"),
        ("/api/export/{run_id}/csv", export_csv, "GET"),
        ("/api/storage/stats", storage_stats, "GET"),
        ("/api/gpu/telemetry", gpu, "GET"),
        ("/api/remote/connect", remote_connect, "POST"),
        ("/api/remote/disconnect", remote_disconnect, "POST"),
        ("/api/remote/sessions", remote_sessions, "GET"),
        ("/api/remote/status", remote_status, "GET"),
        ("/api/remote/viewer/start", viewer_start, "POST"),
        ("/api/remote/viewer/stop", viewer_stop, "POST"),
        ("/api/remote/viewer/sessions", viewer_sessions, "GET"),
        ("/api/remote/viewer/status/{session_id}", viewer_status, "GET"),
        ("/api/artifacts", list_artifacts, "GET"),
        ("/api/artifacts/stats", artifact_stats, "GET"),
        ("/api/artifacts/{artifact_name}/versions", artifact_versions, "GET"),
        ("/api/artifacts/{artifact_name}/v{version}", artifact_version, "GET"),
        ("/api/artifacts/{artifact_name}/v{version}/files", artifact_files, "GET"),
        ("/api/artifacts/{artifact_name}/v{version}/lineage", artifact_lineage, "GET"),
    ]
    by_path: dict[str, dict[str, Handler]] = {}
    for path, handler, method in table:
        by_path.setdefault(path, {})[method] = _endpoint(handler, viewer)
    routes = [Route(path, _dispatch(handlers), methods=list(handlers)) for path, handlers in by_path.items()]
    routes.append(Route("/{rest:path}", _web_ui(list(routes)), methods=["GET"]))
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    app.state.settings = settings
    app.state.viewer = viewer
    return app
