"""openapi/runai.yaml is a faithful subset of the vendor's Run:ai control-plane spec.

Same paths, methods, operationIds, tags, deprecation flags and parameter names and locations; x-tagGroups in the
vendor's order. Needs RUNBRIDGE_VENDOR_SPEC to name the vendor's JSON document (`.ci/run` sets it when the
reference copy is present); the checks that need only our spec always run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from runbridge.codegen.specs import HTTP_METHODS, load_document

OURS: dict[str, Any] = load_document(Path(__file__).resolve().parents[2] / "openapi" / "runai.yaml")
VENDOR_SPEC = os.environ.get("RUNBRIDGE_VENDOR_SPEC", "")
ERROR_CODES = {"400", "401", "403", "404", "409", "422", "429", "500", "503"}


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any], dict[str, Any]]]:
    """`METHOD /path` -> (path, path item, operation)."""
    return {
        f"{method.upper()} {path}": (path, item, item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }


def parameters(spec: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> set[tuple[str, str]]:
    found = set()
    for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
        while "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].split("/")[-1]]
        found.add((parameter["name"], parameter["in"]))
    return found


@pytest.fixture(scope="module")
def vendor() -> dict[str, Any]:
    if not VENDOR_SPEC or not Path(VENDOR_SPEC).is_file():
        pytest.skip("RUNBRIDGE_VENDOR_SPEC does not name the vendor spec file")
    spec: dict[str, Any] = json.loads(Path(VENDOR_SPEC).read_text(encoding="utf-8"))
    return spec


def test_every_operation_declares_errors_and_typed_success() -> None:
    for route, (_path, _item, operation) in operations(OURS).items():
        codes = set(operation["responses"])
        assert codes & ERROR_CODES, route
        assert operation["summary"], route


def test_operations_match_the_vendor(vendor: dict[str, Any]) -> None:
    theirs = operations(vendor)
    for route, (_path, item, operation) in operations(OURS).items():
        assert route in theirs, f"{route} is not a vendor route"
        _, vendor_item, vendor_operation = theirs[route]
        assert operation["operationId"] == vendor_operation["operationId"], route
        assert operation["tags"] == vendor_operation["tags"], route
        assert bool(operation.get("deprecated")) == bool(vendor_operation.get("deprecated")), route
        assert parameters(OURS, item, operation) == parameters(vendor, vendor_item, vendor_operation), route
        assert ("requestBody" in operation) == ("requestBody" in vendor_operation), route
        vendor_success = {code for code in vendor_operation["responses"] if code.startswith("2")}
        assert {code for code in operation["responses"] if code.startswith("2")} == vendor_success, route


def test_tag_groups_keep_the_vendor_order(vendor: dict[str, Any]) -> None:
    vendor_groups = {group["name"]: group["tags"] for group in vendor["x-tagGroups"]}
    names = [group["name"] for group in OURS["x-tagGroups"]]
    assert names == [name for name in vendor_groups if name in names]
    for group in OURS["x-tagGroups"]:
        assert group["tags"] == [tag for tag in vendor_groups[group["name"]] if tag in group["tags"]]


def flattened(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Property names and required names of a schema with its allOf parts merged in."""
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
    properties, required = set(schema.get("properties", {})), set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more_properties, more_required = flattened(spec, part)
        properties |= more_properties
        required |= more_required
    return properties, required


def test_schemas_keep_the_vendor_shapes(vendor: dict[str, Any]) -> None:
    renamed = {"NodeList": "Nodes", "ConfigMapVolume": "ConfigMap"}
    for name, schema in OURS["components"]["schemas"].items():
        theirs = vendor["components"]["schemas"][renamed.get(name, name)]
        assert flattened(OURS, schema) == flattened(vendor, theirs), name
