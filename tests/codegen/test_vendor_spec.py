"""The full Run:ai control-plane spec (391 operations) through the pipeline: nothing dropped, imports, mypy --strict.

Runs only when RUNBRIDGE_VENDOR_SPEC names the vendor's JSON document (`.ci/run` sets it when the reference copy
is present); the pipeline itself never needs that file.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from runbridge.codegen.imports import import_all
from runbridge.codegen.pipeline import ROOT_PACKAGE, build
from runbridge.codegen.proof import typecheck
from runbridge.codegen.specs import HTTP_METHODS, SpecJob

# Generating 391 operations and type-checking ~1,900 modules take minutes on a busy 2-core machine, not seconds.
pytestmark = [pytest.mark.vendor_spec, pytest.mark.slow, pytest.mark.timeout(1200)]

VENDOR_SPEC = os.environ.get("RUNBRIDGE_VENDOR_SPEC", "")
REPO = Path(__file__).resolve().parents[2]
PACKAGE = "runai_vendor"
EXPECTED_OPERATIONS = 391

if not VENDOR_SPEC or not Path(VENDOR_SPEC).is_file():
    pytest.skip("RUNBRIDGE_VENDOR_SPEC does not name the vendor spec file", allow_module_level=True)


@pytest.fixture(scope="module")
def vendor_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(Path(VENDOR_SPEC).read_text(encoding="utf-8"))
    return spec


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generate the vendor spec once (house lint off: it is the vendor's document, not one of ours); the import
    check is test_every_generated_module_imports, so that its ~1,900 modules are imported once."""
    out = tmp_path_factory.mktemp("vendor")
    job = SpecJob(name=Path(VENDOR_SPEC).stem, spec_path=Path(VENDOR_SPEC), package=PACKAGE, lint=False)
    (result,) = build([job], REPO / "templates", out, log=lambda _line: None, check_imports=False)
    assert result.operations == EXPECTED_OPERATIONS
    return out


@pytest.fixture(scope="module")
def manifest(generated: Path) -> ModuleType:
    path = generated / ROOT_PACKAGE / PACKAGE / "_operations.py"
    spec = importlib.util.spec_from_file_location("vendor_operations_manifest", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # NamedTuple needs its module while the class is created
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _spec_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if isinstance(operation := item.get(method), dict)
    }


def test_the_manifest_lists_every_operation_of_the_spec(vendor_spec: dict[str, Any], manifest: ModuleType) -> None:
    expected = _spec_operations(vendor_spec)
    assert len(expected) == EXPECTED_OPERATIONS
    assert set(manifest.OPERATIONS) == set(expected)
    deprecated = {route for route, operation in expected.items() if operation.get("deprecated")}
    assert {route for route, operation in manifest.OPERATIONS.items() if operation.deprecated} == deprecated
    assert [group for group, _tags in manifest.TAG_GROUPS] == [group["name"] for group in vendor_spec["x-tagGroups"]]


def test_every_operation_has_its_own_endpoint_module_with_every_response(
    vendor_spec: dict[str, Any], manifest: ModuleType, generated: Path
) -> None:
    package_dir = generated / ROOT_PACKAGE / PACKAGE
    modules = [operation.module for operation in manifest.OPERATIONS.values()]
    assert len(set(modules)) == EXPECTED_OPERATIONS, "two operations share one module"
    operations = _spec_operations(vendor_spec)
    missing_responses = []
    for route, operation in manifest.OPERATIONS.items():
        source = (package_dir / Path(*operation.module.split("."))).with_suffix(".py").read_text(encoding="utf-8")
        assert re.search(r"^def sync_detailed\(", source, re.MULTILINE), route
        for code, response in operations[route]["responses"].items():
            if code == "default":
                continue
            if f"response.status_code == {code}:" not in source:
                missing_responses.append(f"{route} {code}")
            elif _has_body(vendor_spec, response) and "cast(Any, None)" in _branch(source, code):
                missing_responses.append(f"{route} {code} (body not parsed)")
    assert missing_responses == []


def _has_body(spec: dict[str, Any], response: dict[str, Any]) -> bool:
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return bool(response.get("content"))


def _branch(source: str, code: str) -> str:
    """The statements under `if response.status_code == <code>:` in `_parse_response`."""
    start = source.index(f"response.status_code == {code}:")
    following = source.find("\n    if ", start)
    return source[start : following if following != -1 else len(source)]


def test_every_generated_module_imports(generated: Path) -> None:
    count = import_all(generated, f"{ROOT_PACKAGE}.{PACKAGE}")
    assert count > EXPECTED_OPERATIONS  # endpoint modules, tag packages and models


def test_the_generated_package_is_mypy_strict_clean(generated: Path) -> None:
    # As `make generate` proves a package (with this worker's mypy cache: the standard library is checked once).
    typecheck(generated, [f"{ROOT_PACKAGE}.{PACKAGE}"])
