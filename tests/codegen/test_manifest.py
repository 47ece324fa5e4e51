"""The `_operations` index agrees with what generated modules put on their requests."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from runbridge.codegen import generate_all

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
JSON_OK = {
    "description": "ok",
    "content": {"application/json": {"schema": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
}
ERROR = {
    "description": "error",
    "content": {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}},
}


def _operation(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": ["jobs"], "responses": {"200": JSON_OK, "404": ERROR}, **extra}


def test_idempotent_routes_match_the_route_each_module_sends(tmp_path: Path) -> None:
    path_parameter = {"name": "clusterUuid", "in": "path", "required": True, "schema": {"type": "string"}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "jobs", "version": "1"},
        "paths": {
            "/clusters/{clusterUuid}/search": {
                "parameters": [path_parameter],
                "post": _operation("searchJobs", **{"x-idempotent": True}),
            },
            "/clusters/{clusterUuid}/jobs": {
                "parameters": [path_parameter],
                "post": _operation("createJob"),
                "get": _operation("listJobs"),
            },
        },
    }
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "jobs.json").write_text(json.dumps(spec), encoding="utf-8")
    (specs / "jobs.config.yaml").write_text("package: jobs\n", encoding="utf-8")

    generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)

    package = tmp_path / "out" / "runbridge_generated" / "jobs"
    sent_routes = {}
    for module in (package / "api").rglob("*.py"):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "ROUTE":
                sent_routes[module.stem] = ast.literal_eval(node.value)
    index = (package / "_operations.py").read_text(encoding="utf-8")
    namespace: dict[str, Any] = {}
    exec(compile(index, "_operations.py", "exec"), namespace)  # noqa: S102 - our own generated index

    assert namespace["IDEMPOTENT_ROUTES"] == {sent_routes["search_jobs"], sent_routes["list_jobs"]}
    assert sent_routes["create_job"] not in namespace["IDEMPOTENT_ROUTES"]
    # The index itself stays keyed by the spec's own routes.
    assert "POST /clusters/{clusterUuid}/search" in namespace["OPERATIONS"]
