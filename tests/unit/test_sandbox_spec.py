"""The sandbox's data and request rules checked against the specs it serves, so a spec change cannot leave the
sandbox behind: every Run:ai response template is valid under the schema of the answer it stands for, and the
bounds the runs sandbox checks beside the generated request models are the spec's."""

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
