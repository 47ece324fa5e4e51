"""The model self-test: values drawn from each component schema survive `from_dict` → `to_dict` → `from_dict`.

For every component schema that became a model class, schemathesis's JSON Schema generators draw instances of
the schema (deterministically, so a run repeats), and each instance must parse, serialise and parse again to an
equal model. A failure names the model, the schema's JSON pointer and the input. It runs in a fresh interpreter
on the staged packages (`main`), before the swap; that interpreter then imports every other module of them, the
import check (imports.py), so that the packages are imported once for both. The check comes after the
self-test because hypothesis collects constants to draw from every module it sees imported, and the endpoint
modules made that pool, and the self-test, slower.

Models of multipart forms (a `format: binary` file field) are left out: they never travel as JSON. Two
documented choices shape the drawn values: `format: uuid` strings are plain strings (see
normalize.keep_ids_as_strings), and `date-time`/`date` values are ones Python's `fromisoformat` reads (RFC 3339
also allows a leap second, `23:59:60`, which Python cannot represent and which the parser rejects naming the field).
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from runbridge.codegen.imports import IMPORT_FAILED, ImportCheckError, import_every_module, report, run_main
from runbridge.codegen.normalize import class_and_module
from runbridge.codegen.specs import capped, pointer_of
from runbridge.errors import SpecError

EXAMPLES_PER_MODEL = 8
_MAX_ITEMS = 2
_OPENAPI_30_KEYWORDS = ("nullable", "discriminator", "xml", "externalDocs", "example", "readOnly", "writeOnly")


def check(path_entry: Path, specs: dict[str, dict[str, Any]]) -> None:
    """Run the self-test and the import check on the packages `specs` maps to their specs (importable from
    `path_entry`); raise ImportCheckError naming every module that fails to import, else SpecError naming every
    model that failed.

    The packages are shared out among one interpreter per core, largest spec first: each interpreter imports
    hypothesis and schemathesis once for all of its packages, yet a large spec does not wait behind the others.
    """
    if not specs:
        return
    path_entry = path_entry.resolve()  # the interpreters run in the caller's directory
    shares: list[dict[str, dict[str, Any]]] = [{} for _ in range(min(len(specs), os.cpu_count() or 1))]
    sizes = [0] * len(shares)
    for package, spec in sorted(specs.items(), key=lambda item: -_size(item[1])):
        lightest = sizes.index(min(sizes))
        shares[lightest][package] = spec
        sizes[lightest] += _size(spec)
    with ThreadPoolExecutor(max_workers=len(shares), thread_name_prefix="runbridge-selftest") as pool:
        results = list(pool.map(lambda share: _check_in_subprocess(path_entry, share), shares))
    import_failures = [result.stderr.strip() for result in results if result.returncode == IMPORT_FAILED]
    if import_failures:
        raise ImportCheckError("\n  ".join(import_failures))
    failures = [(result.stderr.strip() or result.stdout.strip())[-3000:] for result in results if result.returncode]
    if failures:
        raise SpecError("the model self-test failed:\n  " + "\n  ".join(failures))


def _size(spec: dict[str, Any]) -> int:
    return len((spec.get("components") or {}).get("schemas") or {})


def _check_in_subprocess(path_entry: Path, specs: dict[str, dict[str, Any]]) -> subprocess.CompletedProcess[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix=".selftest-", dir=path_entry, delete=False) as file:
        json.dump(specs, file)
    try:
        # In the caller's directory: hypothesis keeps its cache of the constants it found in each module there.
        return run_main("runbridge.codegen.selftest", [str(path_entry), file.name], path_entry)
    finally:
        Path(file.name).unlink(missing_ok=True)


def json_schema(schema: Any, version: str) -> Any:
    """An OpenAPI schema object as plain JSON Schema (3.0's `nullable` becomes a null type or branch)."""
    if isinstance(schema, list):
        return [json_schema(item, version) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: json_schema(value, version) for key, value in schema.items() if key not in _OPENAPI_30_KEYWORDS}
    if isinstance(schema.get("properties"), dict):
        result["properties"] = {name: json_schema(value, version) for name, value in schema["properties"].items()}
    types = result.get("type")
    is_array = types == "array" or (isinstance(types, list) and "array" in types)
    # Two items exercise the item model as well as twenty, and drawing long lists of nested objects was most of
    # the self-test's time; a schema that needs more items keeps its own bounds.
    if is_array and "maxItems" not in result and int(result.get("minItems", 0)) <= _MAX_ITEMS:
        result["maxItems"] = _MAX_ITEMS
    if schema.get("nullable") is True:
        if isinstance(result.get("type"), str) and "$ref" not in result:
            result["type"] = [result["type"], "null"]
            if isinstance(result.get("enum"), list) and None not in result["enum"]:
                result["enum"] = [*result["enum"], None]
        else:
            return {"anyOf": [result, {"type": "null"}]}
    return result


def _strategies() -> dict[str, Any]:
    """Format strategies: schemathesis's, with date-times and dates that Python can represent."""
    from hypothesis import strategies as st
    from schemathesis.specs.openapi.formats import get_default_format_strategies

    formats = dict(get_default_format_strategies())
    zones = st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=5, minutes=30))])
    formats["date-time"] = st.datetimes(timezones=zones).map(lambda value: value.isoformat())
    formats["date"] = st.dates().map(lambda value: value.isoformat())
    return formats


def _run(path_entry: Path, package: str, spec: dict[str, Any]) -> list[str]:
    import jsonschema_rs
    from schemathesis.generation.jsonschema.builder import build

    version = str(spec.get("openapi", "3.1.0"))
    draft = jsonschema_rs.Draft202012 if version.startswith("3.1") else jsonschema_rs.Draft4
    schemas = (spec.get("components") or {}).get("schemas") or {}
    # Schema by schema: a component may be named like a keyword this conversion drops or adds ("example", "items").
    components = {name: json_schema(schema, version) for name, schema in schemas.items()}
    formats = _strategies()
    failures: list[str] = []
    # Every model is imported before any is tested: hypothesis rebuilds its pool of constants to draw whenever
    # new modules appear, and importing model by model between tests rebuilt it once per model (prefect's
    # self-test 13.5 -> 12.2 s).
    tests: list[tuple[str, Any]] = []  # (model and pointer, its round-trip test)
    models_dir = path_entry / package.replace(".", "/") / "models"
    for name, schema in schemas.items():
        class_name, module_name = class_and_module(name)
        if not (models_dir / f"{module_name}.py").exists() or not isinstance(schema, dict):
            continue
        if '"binary"' in json.dumps(schema):
            continue  # a multipart form model (it holds files): it never comes from, or goes to, a JSON body
        try:
            model = getattr(importlib.import_module(f"{package}.models.{module_name}"), class_name, None)
        except Exception:  # noqa: S112 - the import check that follows names the module and the error
            continue
        if model is None or not hasattr(model, "from_dict"):
            continue
        pointer = pointer_of(["components", "schemas", name])
        root = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": _reachable(name, components)}}
        try:
            strategy = build(root, draft=draft, formats=formats)
        except Exception as exc:  # a schema the generator engine cannot model is reported, not skipped silently
            failures.append(f"{class_name} ({pointer}): no values can be drawn from the schema: {exc}")
            continue
        tests.append((f"{class_name} ({pointer})", _roundtrip_test(model, strategy)))
    for label, roundtrip in tests:
        try:
            roundtrip()
        except Exception as exc:
            failures.append(f"{label}: {_first_lines(exc)}")
    return failures


_SCHEMA_REF = "#/components/schemas/"


def _reachable(name: str, components: dict[str, Any]) -> dict[str, Any]:
    """The component schemas `name` reaches through `$ref`s, itself included.

    The strategy builder resolves every schema it is handed, so passing all of a large spec's components for
    each model made building the strategies most of the self-test's time; the drawn values are the same.
    """
    found: dict[str, Any] = {}
    pending = [name]
    while pending:
        current = pending.pop()
        if current in found:
            continue
        if current not in components:
            return components  # a reference this walk cannot follow: hand over everything, as before
        found[current] = components[current]
        for ref in _refs(components[current]):
            if not ref.startswith(_SCHEMA_REF):
                return components
            # `#/components/schemas/X/properties/y` reaches into X: X is what must be present.
            pending.append(ref[len(_SCHEMA_REF) :].split("/", 1)[0].replace("~1", "/").replace("~0", "~"))
    return found


def _refs(node: Any) -> list[str]:
    """Every `$ref` string inside a JSON value."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def _roundtrip_test(model: Any, strategy: Any) -> Any:
    """A hypothesis test: every drawn value parses, serialises and parses again to an equal model."""
    from hypothesis import HealthCheck, given, settings

    @settings(
        max_examples=EXAMPLES_PER_MODEL,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def roundtrip(value: Any) -> None:
        first = model.from_dict(value)
        second = model.from_dict(first.to_dict())
        assert first == second, f"{first!r} != {second!r}"

    return roundtrip


def _first_lines(exc: BaseException) -> str:
    """The error and hypothesis's note with the falsifying input, on one line."""
    notes = [note for note in getattr(exc, "__notes__", []) if "Falsifying" in note or "value=" in note]
    text = " | ".join(line.strip() for line in f"{type(exc).__name__}: {exc}".splitlines()[:4] if line.strip())
    return (text + (" | input: " + " ".join(notes) if notes else ""))[:1200]


def main(argv: list[str]) -> int:
    """`main([PATH, SPECS])`: SPECS is a JSON file mapping package names to their specs."""
    path_entry, specs = Path(argv[0]), json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    failures = [f"{name}: {failure}" for name, spec in specs.items() for failure in _run(path_entry, name, spec)]
    import_failures = [failure for name in specs for failure in import_every_module(name)[1]]
    if import_failures:  # reported before any self-test failure, which it may have caused
        return report(import_failures)
    for line in capped(failures):
        print(line, file=sys.stderr)
    return 1 if failures else 0
