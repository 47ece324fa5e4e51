"""Each generator bug class, on the smallest spec fragment that shows it: the operation and its responses are
generated, typed, and parse what the spec describes."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from runbridge.codegen import generate_all
from runbridge.errors import SpecError

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _spec(paths: dict[str, Any], schemas: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _get(operation_id: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    ok = {"description": "ok", "content": {"application/json": {"schema": schema}}}
    return {"get": {"operationId": operation_id, "tags": ["t"], "responses": {"200": ok}, **extra}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.fixture
def generate(tmp_path: Path, importable: Path) -> Any:
    """Generate a spec as package `t` into `importable` and import it: a function spec -> package."""

    def run(spec: dict[str, Any], config: str = "package: t\n") -> Any:
        specs = tmp_path / "specs"
        specs.mkdir(exist_ok=True)
        (specs / "t.json").write_text(json.dumps(spec), encoding="utf-8")
        (specs / "t.config.yaml").write_text(config, encoding="utf-8")
        generate_all(specs, TEMPLATES, importable, log=lambda _line: None)
        importlib.invalidate_caches()
        return importlib.import_module("runbridge_generated.t")

    return run


def test_a_type_array_without_items_is_a_list_of_any(generate: Any) -> None:
    schemas = {"Metrics": {"type": "object", "additionalProperties": {"type": ["array", "number"]}}}
    generate(_spec({"/m": _get("getMetrics", _ref("Metrics"))}, schemas))
    metrics = importlib.import_module("runbridge_generated.t.models.metrics").Metrics
    parsed = metrics.from_dict({"loss": [0.5, "x"], "step": 3})
    assert parsed["loss"] == [0.5, "x"]
    assert parsed["step"] == 3


def test_titles_that_repeat_do_not_drop_models(generate: Any) -> None:
    # FastAPI writes one title on its X-Input and X-Output schemas.
    trigger = {"type": "object", "title": "Trigger", "properties": {"within": {"type": "number"}}}
    schemas = {"Trigger-Input": trigger, "Trigger-Output": {**trigger, "properties": {"after": {"type": "string"}}}}
    paths = {"/in": _get("getIn", _ref("Trigger-Input")), "/out": _get("getOut", _ref("Trigger-Output"))}
    generate(_spec(paths, schemas))
    output = importlib.import_module("runbridge_generated.t.models.trigger_output").TriggerOutput
    assert output.from_dict({"after": "1m"}).after == "1m"


def test_enum_made_nullable_by_another_allof_member_is_a_nullable_enum(generate: Any) -> None:
    schemas = {
        "Task": {"type": "object", "properties": {"subtype": {"type": "string", "enum": ["default", "milestone"]}}},
        "Attachment": {
            "type": "object",
            "properties": {
                "parent": {
                    "allOf": [
                        _ref("Task"),
                        {"type": "object", "properties": {"subtype": {"type": "string", "nullable": True}}},
                    ]
                }
            },
        },
    }
    generate(_spec({"/a": _get("getAttachment", _ref("Attachment"))}, schemas, version="3.0.3"))
    attachment = importlib.import_module("runbridge_generated.t.models.attachment").Attachment
    assert attachment.from_dict({"parent": {"subtype": None}}).parent.subtype is None
    assert attachment.from_dict({"parent": {"subtype": "milestone"}}).parent.subtype == "milestone"


def test_object_defaults_the_generator_cannot_express_are_left_to_the_server(generate: Any) -> None:
    schemas = {
        "Flag": {"type": "object", "properties": {"eq_": {"type": "boolean"}}},
        "Filter": {
            "type": "object",
            "properties": {"anonymous": {"anyOf": [_ref("Flag"), {"type": "null"}], "default": {"eq_": False}}},
        },
    }
    generate(_spec({"/f": _get("getFilter", _ref("Filter"))}, schemas))
    parsed = importlib.import_module("runbridge_generated.t.models.filter_").Filter.from_dict({"anonymous": None})
    assert parsed.anonymous is None


def test_parameters_with_one_python_name_keep_the_operation(generate: Any) -> None:
    parameters = [
        {"name": name, "in": "query", "schema": {"type": "string"}}
        for name in ("StartTime", "StartTime<", "StartTime>")
    ]
    package = generate(_spec({"/calls": _get("listCalls", {"type": "string"}, parameters=parameters)}, {}))
    assert "GET /calls" in importlib.import_module(f"{package.__name__}._operations").OPERATIONS


def test_ids_stay_strings_whatever_the_service_sends(generate: Any) -> None:
    schemas = {
        "Child": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}}}
    }
    generate(_spec({"/c": _get("getChild", _ref("Child"))}, schemas))
    child = importlib.import_module("runbridge_generated.t.models.child").Child
    assert child.from_dict({"id": "1001"}).id == "1001"


def test_allowed_warnings_cannot_hide_a_dropped_response(tmp_path: Path, generate: Any) -> None:
    xml = {"description": "ok", "content": {"application/xml": {"schema": {"type": "object"}}}}
    spec = _spec({"/x": {"get": {"operationId": "getX", "tags": ["t"], "responses": {"200": xml}}}}, {})
    config = 'package: t\nallow_warnings:\n  - {match: ".*", reason: "accept everything"}\n'
    with pytest.raises(SpecError, match=r"GET /x: response 200 not generated \(/paths/~1x/get/responses/200\)"):
        generate(spec, config)
