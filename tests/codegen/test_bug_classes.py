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


def test_an_enum_marked_nullable_accepts_null(generate: Any) -> None:
    method = {"type": "string", "enum": ["GET", "POST"]}
    schemas = {
        "Method": method,
        "Call": {
            "type": "object",
            "properties": {
                "request_method": {**method, "nullable": True},
                "fallback_method": {"$ref": "#/components/schemas/Method", "nullable": True},
            },
        },
    }
    generate(_spec({"/c": _get("getCall", _ref("Call"))}, schemas, version="3.0.3"))
    call = importlib.import_module("runbridge_generated.t.models.call").Call
    parsed = call.from_dict({"request_method": None, "fallback_method": None})
    assert parsed.request_method is None
    assert parsed.fallback_method is None
    parsed = call.from_dict({"request_method": "POST", "fallback_method": "GET"})
    assert parsed.request_method == "POST"
    assert parsed.fallback_method == "GET"


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


def test_property_names_that_collide_with_generated_names_keep_every_value(generate: Any) -> None:
    names = ["d", "src_dict", "cls", "self", "class", "additionalProperties", "fooBar", "foo_bar", "cast"]
    properties: dict[str, Any] = {name: {"type": "string"} for name in names}
    properties["cast"] = {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}
    schemas = {"Clash": {"type": "object", "required": ["d"], "properties": properties}}
    generate(_spec({"/x": _get("getX", _ref("Clash"))}, schemas))
    clash = importlib.import_module("runbridge_generated.t.models.clash").Clash
    body = {name: f"v-{name}" for name in names} | {"cast": ["a", 1]}
    parsed = clash.from_dict(body)
    assert (parsed.d, parsed.src_dict, parsed.cls, parsed.self_, parsed.class_) == (
        "v-d",
        "v-src_dict",
        "v-cls",
        "v-self",
        "v-class",
    )
    assert parsed.foo_bar == "v-fooBar"
    assert parsed.cast == ["a", 1]
    # The properties whose attribute name was taken arrive untyped, with the other undeclared keys.
    assert parsed["foo_bar"] == "v-foo_bar"
    assert parsed["additionalProperties"] == "v-additionalProperties"
    assert parsed.to_dict() == body


def test_an_optional_one_of_body_is_not_sent_when_unset(generate: Any) -> None:
    schemas = {
        "Cat": {"type": "object", "required": ["meow"], "properties": {"meow": {"type": "boolean"}}},
        "Dog": {"type": "object", "required": ["bark"], "properties": {"bark": {"type": "boolean"}}},
    }
    body = {"required": False, "content": {"application/json": {"schema": {"oneOf": [_ref("Cat"), _ref("Dog")]}}}}
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}
    operation = {"operationId": "adopt", "tags": ["t"], "requestBody": body, "responses": {"200": ok}}
    generate(_spec({"/pets": {"post": operation}}, schemas))
    adopt = importlib.import_module("runbridge_generated.t.api.t.adopt")
    dog = importlib.import_module("runbridge_generated.t.models.dog").Dog
    assert "json" not in adopt._get_kwargs()
    assert adopt._get_kwargs(body=dog(bark=True))["json"] == {"bark": True}


def test_a_value_that_fits_no_union_member_is_an_error_naming_its_path(generate: Any) -> None:
    schemas = {
        "Child": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Parent": {
            "type": "object",
            "properties": {"children": {"anyOf": [{"type": "array", "items": _ref("Child")}, {"type": "null"}]}},
        },
    }
    generate(_spec({"/p": _get("getParent", _ref("Parent"))}, schemas))
    parent = importlib.import_module("runbridge_generated.t.models.parent").Parent
    child = importlib.import_module("runbridge_generated.t.models.child").Child
    assert isinstance(parent.from_dict({"children": [{"id": "1"}]}).children[0], child)
    field_error = importlib.import_module("runbridge_generated.t.types").FieldError
    with pytest.raises(field_error, match=r"^children\[1\]\.id: required field is missing$"):
        parent.from_dict({"children": [{"id": "1"}, {"name": "no id"}]})
    with pytest.raises(field_error, match=r"^children: TypeError: expected list\[Child\] \| None \| Unset, got dict"):
        parent.from_dict({"children": {"id": "1"}})


def test_a_nullable_model_written_as_a_one_member_allof_is_a_model_with_nullable_references(generate: Any) -> None:
    # The vendor's Run:ai spec writes NimServiceSpec and a dozen more this way; the generator alone drops them.
    schemas = {
        "Spec": {
            "allOf": [
                {
                    "nullable": True,
                    "type": "object",
                    "properties": {
                        "image": {"type": "string"},
                        "compute": {"nullable": True, "type": "object", "properties": {"cpu": {"type": "number"}}},
                        "policy": {"$ref": "#/components/schemas/Policy"},
                    },
                }
            ]
        },
        "Policy": {"type": "string", "enum": ["Always", "Never"], "nullable": True},
        "Workload": {"type": "object", "properties": {"spec": _ref("Spec")}},
    }
    generate(_spec({"/w": _get("getWorkload", _ref("Workload"))}, schemas, version="3.0.3"))
    workload = importlib.import_module("runbridge_generated.t.models.workload").Workload
    spec = importlib.import_module("runbridge_generated.t.models.spec").Spec
    parsed = workload.from_dict({"spec": {"image": "nim:1", "compute": {"cpu": 2}, "policy": None}})
    assert isinstance(parsed.spec, spec)
    assert (parsed.spec.image, parsed.spec.compute.cpu, parsed.spec.policy) == ("nim:1", 2, None)
    assert workload.from_dict({"spec": None}).spec is None
    assert parsed.to_dict() == {"spec": {"image": "nim:1", "compute": {"cpu": 2}, "policy": None}}


def test_a_model_or_string_union_never_keeps_an_object_that_fails_the_model(generate: Any) -> None:
    # `environment: EnvironmentRef | str | None`: a string passes through, an object must be the model.
    schemas = {
        "Ref": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Run": {
            "type": "object",
            "properties": {"environment": {"anyOf": [_ref("Ref"), {"type": "string"}, {"type": "null"}]}},
        },
    }
    generate(_spec({"/r": _get("getRun", _ref("Run"))}, schemas))
    run = importlib.import_module("runbridge_generated.t.models.run").Run
    ref = importlib.import_module("runbridge_generated.t.models.ref").Ref
    assert isinstance(run.from_dict({"environment": {"id": "e1"}}).environment, ref)
    assert run.from_dict({"environment": "e1"}).environment == "e1"
    assert run.from_dict({"environment": None}).environment is None
    field_error = importlib.import_module("runbridge_generated.t.types").FieldError
    with pytest.raises(field_error, match=r"^environment\.id: required field is missing$"):
        run.from_dict({"environment": {"name": "no id"}})
    with pytest.raises(field_error, match=r"^environment: TypeError: expected .*, got int \(value: 7\)$"):
        run.from_dict({"environment": 7})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"name": 1, "count": 1}, r"^name: TypeError: expected str, got int \(value: 1\)$"),
        ({"name": "a", "count": "1"}, r"^count: TypeError: expected int, got str \(value: '1'\)$"),
        ({"name": "a", "count": 1, "ratio": "x"}, r"^ratio: TypeError: expected int or float, got str"),
        ({"name": "a", "count": 1, "flag": None}, r"^flag: TypeError: expected bool, got NoneType"),
    ],
)
def test_a_scalar_of_the_wrong_json_type_is_an_error_naming_the_field(
    generate: Any, body: dict[str, Any], message: str
) -> None:
    schemas = {
        "Typed": {
            "type": "object",
            "required": ["name", "count"],
            "properties": {
                "name": {"type": "string"},
                "count": {"type": "integer"},
                "ratio": {"type": "number"},
                "flag": {"type": "boolean"},
                "anything": {},
            },
        }
    }
    generate(_spec({"/t": _get("getTyped", _ref("Typed"))}, schemas))
    typed = importlib.import_module("runbridge_generated.t.models.typed").Typed
    parsed = typed.from_dict({"name": "a", "count": 1, "ratio": 2, "flag": True, "anything": [1]})
    assert (parsed.name, parsed.count, parsed.ratio, parsed.flag, parsed.anything) == ("a", 1, 2, True, [1])
    field_error = importlib.import_module("runbridge_generated.t.types").FieldError
    with pytest.raises(field_error, match=message):
        typed.from_dict(body)


def _templates_with(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the templates with one model-template edit, to prove what the gate catches."""
    import shutil

    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES, copy)
    model = copy / "model.py.jinja"
    text = model.read_text(encoding="utf-8")
    assert old in text
    model.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def test_a_model_that_does_not_round_trip_fails_generation_naming_model_pointer_and_input(tmp_path: Path) -> None:
    schemas = {"Run": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "t.json").write_text(json.dumps(_spec({"/r": _get("getRun", _ref("Run"))}, schemas)), encoding="utf-8")
    (specs / "t.config.yaml").write_text("package: t\n", encoding="utf-8")
    # A to_dict that forgets every field: the round trip cannot give the same model back.
    broken = _templates_with(tmp_path, "return fields_", "return {}")
    with pytest.raises(SpecError) as failure:
        generate_all(specs, broken, tmp_path / "out", log=lambda _line: None)
    message = str(failure.value)
    assert "model self-test failed" in message
    assert "Run (/components/schemas/Run)" in message
    assert "value=" in message  # hypothesis's falsifying input
    assert not (tmp_path / "out" / "runbridge_generated").exists()


def test_code_that_fails_mypy_strict_is_not_swapped_in(tmp_path: Path) -> None:
    schemas = {"Run": {"type": "object", "properties": {"id": {"type": "string"}}}}
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "t.json").write_text(json.dumps(_spec({"/r": _get("getRun", _ref("Run"))}, schemas)), encoding="utf-8")
    (specs / "t.config.yaml").write_text("package: t\n", encoding="utf-8")
    broken = _templates_with(tmp_path, "        return {{ module_name }}\n", "        return 42\n")
    with pytest.raises(
        SpecError, match=r"fails mypy --strict:\n  .*models/run\.py:\d+: error: Incompatible return value"
    ):
        generate_all(specs, broken, tmp_path / "out", log=lambda _line: None)
    assert not (tmp_path / "out" / "runbridge_generated").exists()
