"""The sandbox's data and request rules checked against the specs it serves, so a spec change cannot leave the
sandbox behind: every Run:ai response template is valid under the schema of the answer it stands for, and each
request schema of the runs sandbox says what the spec's schema says."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from runbridge.sandbox import runai, runs

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"

# Each template of the Run:ai sandbox and the spec schema of the answers built from it.
RUNAI_TEMPLATE_SCHEMAS = {
    "legacy_project": "Project2",
    "legacy_department": "Department2",
    "project": "Project",
    "department_item": "DepartmentForList",
    "department": "Department",
    "cluster": "ClusterInfo1",
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

# Each request body the runs sandbox checks and the spec schema of that body.
RUNS_BODY_SCHEMAS = {
    "token": "IssueTokenRequest",
    "create": "RunCreatePayload",
    "facets": "ComputeRunFacetPayload",
    "search": "RunSearchPayload",
    "find": "FindPayload",
}


@functools.cache
def _spec(name: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((OPENAPI / f"{name}.yaml").read_text(encoding="utf-8"))
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


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _differences(spec: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], where: str) -> list[str]:
    """Where the sandbox's schema `ours` says something other than the spec's `theirs`, for the keywords the
    sandbox's checker reads."""
    theirs = _resolve(spec, theirs)
    found = []
    for keyword in ("type", "enum", "required", "minLength", "minimum", "maximum", "minItems", "maxItems", "format"):
        mine, spec_value = ours.get(keyword), theirs.get(keyword)
        if keyword in ("enum", "required") and mine is not None and spec_value is not None:
            mine, spec_value = sorted(mine), sorted(spec_value)
        if mine != spec_value:
            found.append(f"{where}: {keyword} is {mine!r} in the sandbox, {spec_value!r} in the spec")
    if bool(ours.get("closed")) != (theirs.get("additionalProperties") is False):
        found.append(f"{where}: the sandbox and the spec disagree on whether other fields are allowed")
    properties, spec_properties = ours.get("properties", {}), theirs.get("properties", {})
    if set(properties) != set(spec_properties):
        found.append(f"{where}: fields {sorted(properties)} in the sandbox, {sorted(spec_properties)} in the spec")
    for name in set(properties) & set(spec_properties):
        found += _differences(spec, properties[name], spec_properties[name], f"{where}.{name}")
    if "items" in ours or "items" in theirs:
        found += _differences(spec, ours.get("items", {}), theirs.get("items", {}), f"{where}[]")
    return found


@pytest.mark.parametrize(("body", "schema"), sorted(RUNS_BODY_SCHEMAS.items()))
def test_runs_request_schema_says_what_the_spec_says(body: str, schema: str) -> None:
    spec = _spec("runs")
    assert _differences(spec, runs.BODY_SCHEMAS[body], spec["components"]["schemas"][schema], body) == []
