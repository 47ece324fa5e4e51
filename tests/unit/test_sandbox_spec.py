"""The sandbox's data and request rules checked against the specs it serves, so a spec change cannot leave the
sandbox behind: every Run:ai response template is valid under the schema of the answer it stands for, has no
field that schema does not declare and parses with the generated model; and the bounds the runs sandbox checks
beside the generated request models are the spec's."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import runbridge_generated.runai_controlplane.models as runai_models
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from runbridge.codegen.specs import load_document
from runbridge.sandbox import runai, runs

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"

# Each template of the Run:ai sandbox and the spec schema of the answers built from it.
RUNAI_TEMPLATE_SCHEMAS = {
    "legacy_project": "Project2",
    "legacy_department": "Department2",
    "project": "Project",
    "department_item": "DepartmentForList",
    "department": "Department",
    "cluster": "DisplayedCluster",
    "node": "Node",
    "nodepool": "Nodepool",
    "legacy_nodepool": "NodePool1",
    "workload": "WorkloadDetailed",
    "submitted_workload": "Training1",
    "application": "Application",
    "application_created": "ApplicationPostResponse",
    "user": "User2",
    "user_created": "UserPostResponse",
    "access_rule": "AccessRule",
    "access_rule_by_id": "AccessRuleById",
    "role": "RoleV1",
    "me_access_rule": "MeAccessRule",
    "compute": "ComputeAsset",
    "environment": "EnvironmentAsset",
    "pvc": "PVCAsset",
    "s3": "S3Asset",
    "git": "GitAsset",
    "access_key": "AccessKey",
    "credential": "CredentialsListResponseEntry",
    "resources": "Resources",
}


@functools.cache
def _spec(name: str) -> dict[str, Any]:
    document: dict[str, Any] = load_document(OPENAPI / f"{name}.yaml")
    return document


_FORMATS = jsonschema.FormatChecker()


@functools.cache
def _registry() -> Registry[Any]:
    return Registry().with_resource("runai.yaml", Resource(contents=_spec("runai"), specification=DRAFT202012))


def test_every_runai_template_is_named_here() -> None:
    assert set(runai._TEMPLATES) == set(RUNAI_TEMPLATE_SCHEMAS)


@pytest.mark.parametrize(("template", "schema"), sorted(RUNAI_TEMPLATE_SCHEMAS.items()))
def test_runai_template_is_valid_under_its_spec_schema(template: str, schema: str) -> None:
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"runai.yaml#/components/schemas/{schema}"}, registry=_registry(), format_checker=_FORMATS
    )
    errors = [
        f"{'/'.join(map(str, error.absolute_path)) or '.'}: {error.message}"
        for error in validator.iter_errors(runai._TEMPLATES[template])
    ]
    assert errors == []


def _declared(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The properties a schema declares (through $ref, allOf and its union members); None if it lists none."""
    spec = _spec("runai")
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    members = [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
    found = [declared for member in members if (declared := _declared(member)) is not None]
    if "properties" not in schema and not found:
        return None
    properties: dict[str, Any] = {}
    for declared in found:
        properties.update(declared)
    properties.update(schema.get("properties", {}))
    return properties


def _undeclared(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """Where `value` has a field its schema does not declare: a field the spec renamed or dropped."""
    properties = _declared(schema)
    if not isinstance(value, dict) or properties is None:
        return []
    found = [f"{where}.{key}" for key in value if key not in properties]
    for key, item in value.items():
        if key in properties:
            found += _undeclared(item, properties[key], f"{where}.{key}")
    return found


@pytest.mark.parametrize(("template", "schema"), sorted(RUNAI_TEMPLATE_SCHEMAS.items()))
def test_runai_template_has_only_fields_its_spec_schema_declares(template: str, schema: str) -> None:
    # The schemas allow other fields, so validation alone would not notice a field the spec renamed or removed.
    assert _undeclared(runai._TEMPLATES[template], {"$ref": f"#/components/schemas/{schema}"}, template) == []


@pytest.mark.parametrize(("template", "schema"), sorted(RUNAI_TEMPLATE_SCHEMAS.items()))
def test_runai_template_parses_with_the_generated_model(template: str, schema: str) -> None:
    model = getattr(runai_models, schema)
    parsed = model.from_dict(runai._TEMPLATES[template])  # strict: a FieldError names what does not fit
    assert isinstance(parsed, model)


def _bounds(schema: dict[str, Any], low: str, high: str) -> tuple[Any, Any]:
    return schema[low], schema[high]


def test_runs_bounds_the_models_do_not_check_are_the_specs() -> None:
    spec = _spec("runs")
    schemas = spec["components"]["schemas"]
    limits = {
        "GET /runs": _bounds(spec["components"]["parameters"]["Limit"]["schema"], "minimum", "maximum"),
        "search": _bounds(schemas["RunSearchPayload"]["properties"]["limit"], "minimum", "maximum"),
        "find": _bounds(schemas["FindPayload"]["properties"]["limit"], "minimum", "maximum"),
    }
    assert limits == dict.fromkeys(limits, runs.LIMIT_RANGE)
    facets = schemas["ComputeRunFacetPayload"]["properties"]["facets"]
    assert _bounds(facets, "minItems", "maxItems") == runs.FACETS_RANGE
