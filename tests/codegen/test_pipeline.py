"""The pipeline end to end on small specs: normalisation keeps every operation, and a failure changes nothing."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from runbridge.codegen import generate_all
from runbridge.codegen.generator import parse_warnings
from runbridge.codegen.pipeline import diff_trees
from runbridge.errors import SpecError

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
ERROR = {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _json(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _write(directory: Path, name: str, spec: dict[str, Any], config: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.json").write_text(json.dumps(spec), encoding="utf-8")
    (directory / f"{name}.config.yaml").write_text(config, encoding="utf-8")


def _tree(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


# Shapes taken from real vendor specs that openapi-python-client 0.29.1 drops without normalisation.
VENDOR_SHAPES: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "shapes", "version": "1"},
    "paths": {
        "/api/v1/clusters/{clusterUuid}": {
            "get": {
                "operationId": "get_cluster",
                "tags": ["Clusters"],
                "parameters": [{"$ref": "#/components/parameters/ClusterUuid"}],
                "responses": {"200": _json(_ref("DisplayedCluster")), "404": ERROR},
            }
        },
        "/v1/k8s/clusters/{clusterUuid}": {
            "get": {
                "operationId": "getCluster",
                "deprecated": True,
                "tags": ["Clusters"],
                "parameters": [{"$ref": "#/components/parameters/ClusterUuid"}],
                "responses": {"200": _json(_ref("cluster")), "404": ERROR},
            }
        },
        "/api/v1/rules": {
            "post": {
                "operationId": "create_rule",
                "tags": ["Rules"],
                "requestBody": {"content": {"application/json": {"schema": _ref("RuleUpdateRequest")}}},
                "responses": {"201": _json(_ref("Rule")), "400": ERROR},
            }
        },
        "/api/v1/cli": {
            "get": {
                "operationId": "get_cli",
                "tags": ["Rules"],
                "responses": {
                    "200": {
                        "description": "the tarball",
                        "content": {"application/x-tar": {"schema": {"type": "string", "format": "binary"}}},
                    },
                    "500": ERROR,
                },
            }
        },
    },
    "components": {
        "parameters": {
            "ClusterUuid": {"$ref": "#/components/parameters/PathClusterUuid"},
            "PathClusterUuid": {"name": "clusterUuid", "in": "path", "required": True, "schema": {"type": "string"}},
        },
        "schemas": {
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "ClusterStatus": {
                "type": "object",
                "nullable": True,
                "properties": {"state": {"type": "string"}, "parent": _ref("ClusterStatus")},
            },
            "DisplayedCluster": {
                "type": "object",
                "required": ["uuid"],
                "properties": {"uuid": {"type": "string"}, "status": _ref("ClusterStatus")},
            },
            "cluster": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Cluster": {"type": "object", "properties": {"name": {"type": "string"}}},
            "SubjectType": {"type": "string", "enum": ["user", "group", "app"]},
            "Anything": {},
            "Rule": {
                "allOf": [
                    {"$ref": "#/components/schemas/Anything"},
                    {
                        "type": "object",
                        "properties": {
                            "subjectType": {"allOf": [_ref("SubjectType"), {"description": "who it is for"}]},
                            "spec": {"type": "object", "properties": {"replicas": {"type": "integer"}}},
                            "nodes": _ref("Nodes"),
                        },
                    },
                ]
            },
            "RuleUpdateRequest": {"allOf": [_ref("Rule")]},
            "ProjectUsage": {"type": "object", "properties": {"cluster": _ref("Cluster")}},
            "Nodes": {"type": "object", "properties": {"nodes": {"type": "array", "items": {"type": "string"}}}},
        },
    },
}


def test_normalisation_generates_every_operation_the_generator_would_drop(tmp_path: Path, importable: Path) -> None:
    _write(tmp_path / "specs", "shapes", VENDOR_SHAPES, "package: shapes\nlint: false\n")
    (result,) = generate_all(tmp_path / "specs", TEMPLATES, importable, log=lambda _line: None)
    assert result.operations == 4
    importlib.invalidate_caches()  # the directory did not exist when the import system first looked
    operations = importlib.import_module("runbridge_generated.shapes._operations").OPERATIONS
    assert set(operations) == {
        "GET /api/v1/clusters/{clusterUuid}",
        "GET /v1/k8s/clusters/{clusterUuid}",
        "POST /api/v1/rules",
        "GET /api/v1/cli",
    }
    assert operations["GET /v1/k8s/clusters/{clusterUuid}"].name == "get_cluster_deprecated"
    package = "runbridge_generated.shapes"
    get_cluster = importlib.import_module(f"{package}.api.clusters.get_cluster")
    models = importlib.import_module(f"{package}.models")
    parsed = get_cluster._parse_response(client=None, response=httpx.Response(200, json={"uuid": "u1", "status": None}))
    assert parsed == models.DisplayedCluster(uuid="u1", status=None)
    # `cluster` and `Cluster` both exist, under two class names.
    assert models.Cluster(name="n").to_dict() == {"name": "n"}
    assert models.Cluster2(id="i").to_dict() == {"id": "i"}
    # A model named like one of its properties parses (our model template keeps from_dict's names apart).
    assert models.Nodes.from_dict({"nodes": ["n1"]}).nodes == ["n1"]
    tarball = importlib.import_module(f"{package}.api.rules.get_cli")
    body = tarball._parse_response(client=None, response=httpx.Response(200, content=b"\x1f\x8b"))
    assert body.payload.read() == b"\x1f\x8b"


def test_without_normalisation_the_same_spec_fails_naming_what_was_dropped(tmp_path: Path) -> None:
    _write(tmp_path / "specs", "shapes", VENDOR_SHAPES, "package: shapes\nlint: false\nnormalize: false\n")
    with pytest.raises(SpecError) as failure:
        generate_all(tmp_path / "specs", TEMPLATES, tmp_path / "out", log=lambda _line: None)
    message = str(failure.value)
    assert "shapes.json" in message
    assert "GET /api/v1/clusters/{clusterUuid}" in message
    assert "Could not find reference in parsed models or enums" in message or "not supported" in message
    assert "Unsupported content_type application/x-tar" in message
    assert not (tmp_path / "out" / "runbridge_generated").exists()


GOOD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "good", "version": "1"},
    "paths": {
        "/things/{thingId}": {
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json(_ref("Thing")), "404": ERROR},
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        }
    },
}


def test_a_broken_spec_fails_generate_all_naming_it_and_leaves_the_output_byte_identical(tmp_path: Path) -> None:
    specs, out = tmp_path / "specs", tmp_path / "out"
    _write(specs, "good", GOOD, "package: good\n")
    generate_all(specs, TEMPLATES, out, log=lambda _line: None)
    before = _tree(out)
    assert "runbridge_generated/good/api/things/get_thing.py" in before

    broken = json.loads(json.dumps(GOOD))
    broken["info"]["title"] = "broken"
    broken["paths"]["/things/{thingId}"]["get"]["operationId"] = "getBrokenThing"
    broken["paths"]["/things/{thingId}"]["get"]["responses"]["200"] = {
        "description": "xml only",
        "content": {"application/xml": {"schema": _ref("Thing")}},
    }
    _write(specs, "broken", broken, "package: broken\n")
    with pytest.raises(SpecError) as failure:
        generate_all(specs, TEMPLATES, out, log=lambda _line: None)
    message = str(failure.value)
    assert "broken.json" in message
    assert "GET /things/{thingId}" in message
    assert "Unsupported content_type application/xml" in message
    assert _tree(out) == before
    assert [path.name for path in out.iterdir()] == ["runbridge_generated"]  # no staging left behind


def test_an_invalid_spec_fails_before_generation_naming_the_location(tmp_path: Path) -> None:
    specs, out = tmp_path / "specs", tmp_path / "out"
    broken = json.loads(json.dumps(GOOD))
    broken["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "no-such-type"
    }
    _write(specs, "invalid", broken, "package: invalid\n")
    with pytest.raises(SpecError, match=r"invalid\.json: invalid OpenAPI"):
        generate_all(specs, TEMPLATES, out, log=lambda _line: None)
    assert not (out / "runbridge_generated").exists()


def test_parse_warnings_reports_schema_failures_as_well_as_endpoint_warnings() -> None:
    report = """Generating /tmp/x
Warning(s) encountered while generating. Client was generated, but some pieces may be missing

WARNING parsing GET /api/v1/clusters within clusters.

Cannot parse response for status code 200 (Could not find reference in parsed models or enums), response will be omitted

{
  "$ref": "#/components/schemas/DisplayedCluster"
}

Unable to parse schema /components/schemas/project

Unable to parse this part of your OpenAPI document: : Attempted to generate duplicate models with name "Project"

{
  "type": "object"
}


Unable to process schema /components/schemas/Rule:

Cannot take allOf a non-object

Failure to process schema has resulted in the removal of:
/components/schemas/Rule

Unable to parse this part of your OpenAPI document:\x20

Reference parameters are not supported.

{
  "$ref": "#/components/parameters/NodeName"
}

If you believe this was a mistake or this tool is missing a feature you need, please open an issue at https://x
"""
    warnings = parse_warnings(report)
    assert [warning.operation for warning in warnings] == ["GET /api/v1/clusters", None, None, None]
    assert "duplicate models" in warnings[1].summary
    assert "Cannot take allOf a non-object" in warnings[2].summary
    assert "Reference parameters are not supported" in warnings[3].summary
    assert "If you believe" not in warnings[3].text


def test_parse_warnings_never_lets_an_unrecognised_report_pass() -> None:
    report = "Warning(s) encountered while generating. Client was generated\n\nSomething new went wrong\n"
    (warning,) = parse_warnings(report)
    assert "Something new went wrong" in warning.text
    assert parse_warnings("Generating /tmp/x\n") == []


def test_diff_trees_names_real_differences_and_ignores_tool_caches(tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    for root in (expected, actual):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n", encoding="utf-8")
    (expected / "pkg" / "changed.py").write_text("y = 1\n", encoding="utf-8")
    (actual / "pkg" / "changed.py").write_text("y = 2\n", encoding="utf-8")
    (expected / "pkg" / "new.py").write_text("", encoding="utf-8")
    (actual / "pkg" / "stale.py").write_text("", encoding="utf-8")
    for cache in (".ruff_cache/0.17.6/123", "__pycache__/same.cpython-311.pyc", ".mypy_cache/3.11/x.json"):
        (actual / "pkg" / cache).parent.mkdir(parents=True, exist_ok=True)
        (actual / "pkg" / cache).write_bytes(b"cache")
    assert diff_trees(expected, actual) == [
        "missing: pkg/new.py",
        "not generated from the specs: pkg/stale.py",
        "differs: pkg/changed.py",
    ]
