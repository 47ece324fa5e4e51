"""Each normalisation pass on a small synthetic spec: what it rewrites, and that it leaves clean specs alone."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier

from runbridge.codegen import normalize
from runbridge.errors import SpecError


def _spec(schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None, **components: Any) -> Any:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}, **components},
    }


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


CLEAN = _spec(
    schemas={
        "Project": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "phase": {"allOf": [_ref("Phase")], "description": "where it is"},
                "owner": {"anyOf": [_ref("Owner"), {"type": "null"}]},
                "labels": {"type": "array", "items": {"type": "string"}},
            },
        },
        "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Phase": {"type": "string", "enum": ["running", "done"]},
        "ProjectList": {"type": "object", "properties": {"items": {"type": "array", "items": _ref("Project")}}},
    },
    paths={
        "/projects/{projectId}": {
            "parameters": [{"$ref": "#/components/parameters/ProjectId"}],
            "get": {"operationId": "getProject", "tags": ["projects"], "responses": _ok(_ref("Project"))},
        },
        "/projects": {
            "get": {"operationId": "listProjects", "tags": ["projects"], "responses": _ok(_ref("ProjectList"))}
        },
    },
    parameters={"ProjectId": {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}}},
)


def test_every_pass_leaves_a_clean_spec_unchanged() -> None:
    spec = copy.deepcopy(CLEAN)
    normalize.normalize(spec)
    assert spec == CLEAN
    assert normalize.content_type_overrides(spec) == {}


def test_normalisation_is_idempotent_on_a_spec_it_rewrote() -> None:
    spec = _spec(
        schemas={
            "Thing": {"type": "object", "nullable": True, "properties": {"a": {"type": "string"}}},
            "thing": {"type": "object", "properties": {"b": {"type": "string"}}},
            "Holder": {"type": "object", "properties": {"t": _ref("Thing"), "u": _ref("thing")}},
        }
    )
    normalize.normalize(spec)
    once = copy.deepcopy(spec)
    normalize.normalize(spec)
    assert spec == once


def test_inline_parameter_aliases_replaces_a_parameter_that_only_points_at_another() -> None:
    spec = _spec(
        parameters={
            "NodeName": {"$ref": "#/components/parameters/QueryNodeName"},
            "QueryNodeName": {"name": "nodeName", "in": "query", "schema": {"type": "string"}},
            "Loop": {"$ref": "#/components/parameters/Loop"},
        }
    )
    normalize.inline_parameter_aliases(spec)
    parameters = spec["components"]["parameters"]
    assert parameters["NodeName"] == parameters["QueryNodeName"]
    assert parameters["NodeName"] is not parameters["QueryNodeName"]
    assert parameters["Loop"] == {"$ref": "#/components/parameters/Loop"}  # a cycle is left for the validator


def test_deduplicate_operation_ids_keeps_the_current_operation_and_renames_the_deprecated_twin() -> None:
    spec = _spec(
        paths={
            "/v1/old/projects": {
                "get": {"operationId": "getProjects", "tags": ["Projects"], "deprecated": True, "responses": {}}
            },
            "/api/v1/projects": {"get": {"operationId": "get_projects", "tags": ["Projects"], "responses": {}}},
            "/api/v2/projects": {"get": {"operationId": "GetProjects", "tags": ["Projects"], "responses": {}}},
            "/other": {"get": {"operationId": "getProjects", "tags": ["Other"], "responses": {}}},
        }
    )
    normalize.deduplicate_operation_ids(spec)
    ids = {path: item["get"]["operationId"] for path, item in spec["paths"].items()}
    assert ids == {
        "/v1/old/projects": "getProjects_deprecated",
        "/api/v1/projects": "get_projects",
        "/api/v2/projects": "GetProjects_2",
        "/other": "getProjects",  # another tag is another module directory: no clash
    }


def test_resolve_schema_aliases_drops_allof_aliases_and_points_references_at_the_target() -> None:
    spec = _spec(
        schemas={
            "UpdateSpec": {"type": "object", "properties": {"spec": {"type": "object", "properties": {}}}},
            "UpdateRequest": {"allOf": [_ref("UpdateSpec")], "description": "an alias"},
            "Config": {"type": "object", "properties": {"a": {"type": "string"}}},
            "TenantConfig": _ref("Config"),
        },
        paths={"/x": {"put": {"requestBody": {"content": {"application/json": {"schema": _ref("UpdateRequest")}}}}}},
    )
    normalize.resolve_schema_aliases(spec)
    schemas = spec["components"]["schemas"]
    assert "UpdateRequest" not in schemas
    assert spec["paths"]["/x"]["put"]["requestBody"]["content"]["application/json"]["schema"] == _ref("UpdateSpec")
    # A plain $ref alias gets a class of its own from the generator, so without a clash it stays.
    assert schemas["TenantConfig"] == _ref("Config")


def test_resolve_schema_aliases_drops_a_ref_alias_whose_class_name_clashes() -> None:
    spec = _spec(
        schemas={
            "SupersetRules": {"type": "object", "properties": {"a": {"type": "string"}}},
            "supersetRules": _ref("SupersetRules"),
            "Policy": {"type": "object", "properties": {"rules": _ref("supersetRules")}},
        }
    )
    normalize.resolve_schema_aliases(spec)
    schemas = spec["components"]["schemas"]
    assert set(schemas) == {"SupersetRules", "Policy"}
    assert schemas["Policy"]["properties"]["rules"] == _ref("SupersetRules")


def test_resolve_schema_aliases_keeps_aliases_that_add_constraints() -> None:
    spec = _spec(
        schemas={
            "Base": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Stricter": {"allOf": [_ref("Base")], "required": ["a"]},
        }
    )
    before = copy.deepcopy(spec)
    normalize.resolve_schema_aliases(spec)
    assert spec == before


def test_rename_colliding_schemas_renames_all_but_the_exact_class_name_and_follows_references() -> None:
    spec = _spec(
        schemas={
            "project": {"type": "object", "properties": {"legacy": {"type": "boolean"}}},
            "Project": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Project2": {"type": "string"},
            "Holder": {
                "type": "object",
                "properties": {"old": _ref("project"), "new": _ref("Project")},
                "discriminator": {"propertyName": "kind", "mapping": {"old": "#/components/schemas/project"}},
            },
        }
    )
    normalize.rename_colliding_schemas(spec)
    schemas = spec["components"]["schemas"]
    assert list(schemas) == ["Project3", "Project", "Project2", "Holder"]  # document order is kept
    assert schemas["Project3"]["properties"] == {"legacy": {"type": "boolean"}}
    assert schemas["Holder"]["properties"]["old"] == _ref("Project3")
    assert schemas["Holder"]["discriminator"]["mapping"]["old"] == "#/components/schemas/Project3"


def test_hoist_nullable_models_moves_null_from_the_model_to_its_uses() -> None:
    spec = _spec(
        schemas={
            "Status": {"type": "object", "nullable": True, "properties": {"state": {"type": "string"}}},
            "Cluster": {
                "type": "object",
                "properties": {"status": _ref("Status"), "history": {"type": "array", "items": _ref("Status")}},
            },
            "Extended": {"allOf": [_ref("Status"), {"type": "object", "properties": {"x": {"type": "string"}}}]},
        }
    )
    normalize.hoist_nullable_models(spec)
    schemas = spec["components"]["schemas"]
    assert "nullable" not in schemas["Status"]
    assert schemas["Cluster"]["properties"]["status"] == {"anyOf": [_ref("Status"), {"type": "null"}]}
    assert schemas["Cluster"]["properties"]["history"]["items"] == {"anyOf": [_ref("Status"), {"type": "null"}]}
    assert schemas["Extended"]["allOf"][0] == _ref("Status")  # composition keeps the plain reference


def test_hoist_nullable_models_handles_nullable_enums_and_31_type_lists() -> None:
    spec = _spec(
        schemas={
            "Phase": {"type": ["string", "null"], "enum": ["a", "b"]},
            "Run": {"type": "object", "properties": {"phase": _ref("Phase")}},
        }
    )
    normalize.hoist_nullable_models(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["Phase"] == {"type": "string", "enum": ["a", "b"]}
    assert schemas["Run"]["properties"]["phase"] == {"anyOf": [_ref("Phase"), {"type": "null"}]}


def test_drop_unconstrained_allof_members_lifts_annotations_and_drops_empty_references() -> None:
    spec = _spec(
        schemas={
            "SubjectType": {"type": "string", "enum": ["user", "group"]},
            "Anything": {},
            "Meta": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Rule": {
                "type": "object",
                "properties": {
                    "subjectType": {"allOf": [_ref("SubjectType"), {"description": "who"}]},
                    "kept": {"allOf": [_ref("SubjectType"), {"description": "inner"}], "description": "outer"},
                },
            },
            "Template": {"allOf": [_ref("Meta"), _ref("Anything"), {"properties": {"x": {"type": "string"}}}]},
            "Nothing": {"allOf": [_ref("Anything")], "type": "object"},
        }
    )
    normalize.drop_unconstrained_allof_members(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["Rule"]["properties"]["subjectType"] == {"allOf": [_ref("SubjectType")], "description": "who"}
    assert schemas["Rule"]["properties"]["kept"] == {"allOf": [_ref("SubjectType")], "description": "outer"}
    assert schemas["Template"]["allOf"] == [_ref("Meta"), {"properties": {"x": {"type": "string"}}}]
    assert schemas["Nothing"] == {"type": "object"}


def test_fill_missing_media_schemas_gives_each_media_type_the_schema_it_implies() -> None:
    spec = _spec(
        paths={
            "/report": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "csv or json",
                            "content": {"application/json": {"schema": _ref("Report")}, "text/csv": {}},
                        },
                        "201": {"$ref": "#/components/responses/Log"},
                        "202": {"description": "any json", "content": {"application/problem+json": {}}},
                    }
                },
                "post": {"requestBody": {"content": {"text/plain": {}}}, "responses": {"204": {"description": "x"}}},
            }
        },
        responses={"Log": {"description": "log", "content": {"application/octet-stream": {}}}},
    )
    normalize.fill_missing_media_schemas(spec)
    report = spec["paths"]["/report"]
    assert report["get"]["responses"]["200"]["content"] == {
        "application/json": {"schema": _ref("Report")},
        "text/csv": {"schema": {"type": "string"}},
    }
    assert report["get"]["responses"]["202"]["content"]["application/problem+json"] == {"schema": {}}
    assert report["post"]["requestBody"]["content"]["text/plain"] == {"schema": {"type": "string"}}
    log = spec["components"]["responses"]["Log"]["content"]["application/octet-stream"]
    assert log == {"schema": {"type": "string", "format": "binary"}}


def test_content_type_overrides_reads_binary_responses_of_unknown_media_types_as_bytes() -> None:
    binary = {"type": "string", "format": "binary"}
    spec = _spec(
        paths={
            "/cli": {
                "get": {
                    "responses": {
                        "200": {"$ref": "#/components/responses/Tarball"},
                        "206": {"description": "zip", "content": {"application/zip": {"schema": binary}}},
                        "203": {"description": "xml", "content": {"application/xml": {"schema": {"type": "string"}}}},
                    }
                }
            },
            "/upload": {
                "post": {
                    "requestBody": {"content": {"application/zip": {"schema": binary}}},
                    "responses": {"200": {"description": "json", "content": {"application/json": {"schema": binary}}}},
                }
            },
        },
        responses={"Tarball": {"description": "t", "content": {"application/x-tar": {"schema": binary}}}},
    )
    # zip is also a request body type (the override would change the Content-Type sent), xml is not binary.
    assert normalize.content_type_overrides(spec) == {"application/x-tar": "application/octet-stream"}


@pytest.mark.parametrize(
    "name",
    ["project", "Project", "supersetRules", "DistributedInferenceServingPortRules-2", "AB_test", "ABTest", "class",
     "2fa", "HTTPStatus", "self", "v1.Node", "list", "ProjectV1_item", "_private", "get-projects", "getProjects"],
)  # fmt: skip
def test_class_and_module_names_match_the_generator(name: str) -> None:
    expected = ClassName(name, "field_")
    assert normalize._class_name(name) == expected
    assert normalize._module_name(name) == PythonIdentifier(expected, "field_")
    assert normalize._identifier(name) == PythonIdentifier(name, "field_")  # operation module names


def test_a_pass_that_cannot_read_the_spec_raises_a_spec_error_naming_it() -> None:
    spec = _spec(paths={"/x": {"get": {"operationId": "a", "tags": "not-a-list", "responses": {}}}})
    spec["components"]["schemas"] = {"A": {"allOf": "not-a-list-either"}}
    spec["components"]["parameters"] = ["a list where a mapping belongs"]
    with pytest.raises(SpecError, match=r"demo\.yaml: normalisation pass inline_parameter_aliases failed"):
        normalize.normalize(spec, spec_name="demo.yaml")
