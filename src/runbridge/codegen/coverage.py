"""What the generator left out of a package, and the fallback that keeps it: typed as `Any`, never dropped.

The generator reports what it cannot express as warnings and moves on: a schema it cannot parse disappears with
every response that uses it, a response of a shape it does not know is omitted, an operation whose parts fail is
not generated. `dropped` compares the generated modules with the spec, whatever warnings a config allows;
`untype` rewrites the parts that failed to the schema that allows any value, so the next generation keeps them
(as `Any`), and says what it changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runbridge.codegen.generator import GeneratorWarning
from runbridge.codegen.specs import HTTP_METHODS, pointer_of

# ruff wraps a long route in parentheses over three lines.
ROUTE_LINE = re.compile(r'^ROUTE = \(?\s*"(?P<route>[^"]+)"\s*\)?$', re.MULTILINE)
_RESPONSES = re.compile(r"^RESPONSES: tuple\[str, \.\.\.\] = \((?P<codes>[^)]*)\)$", re.MULTILINE)
_FAILED_SCHEMA = re.compile(r"(?:parse|process) schema /components/schemas/(?P<name>[^\s:]+)")
_PATH_PARAMETER = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True)
class Dropped:
    """An operation (status None) or one of its documented responses that the generated package lacks."""

    method: str
    path: str
    status: str | None

    @property
    def pointer(self) -> str:
        parts = ["paths", self.path, self.method] + (["responses", self.status] if self.status else [])
        return pointer_of(parts)

    def __str__(self) -> str:
        what = f"response {self.status}" if self.status else "operation"
        return f"{self.method.upper()} {self.path}: {what} not generated ({self.pointer})"


def dropped(spec: dict[str, Any], package_dir: Path) -> list[Dropped]:
    """Every operation and documented response of `spec` that no generated module handles."""
    handled = _handled_responses(package_dir)
    missing = []
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            codes = handled.get(route_shape(f"{method.upper()} {path}"))
            if codes is None:
                missing.append(Dropped(method, path, None))
                continue
            for status in operation.get("responses") or {}:
                if str(status).upper() not in codes and str(status) not in codes:
                    missing.append(Dropped(method, path, str(status)))
    return missing


def untype(spec: dict[str, Any], warnings: list[GeneratorWarning], missing: list[Dropped]) -> list[str]:
    """Rewrite what failed to generate to `{}` (any value) in place; return one note per rewrite."""
    notes = []
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for warning in warnings:
        for match in _FAILED_SCHEMA.finditer(warning.text):
            name = match.group("name")
            if name in schemas and not _is_any(schemas[name]):
                schemas[name] = _any(schemas[name])
                notes.append(f"{pointer_of(['components', 'schemas', name])} is typed as Any: {warning.summary}")
    if notes:
        return notes  # unparsable schemas drop the responses using them: retry those first
    for item in missing:
        operation = spec["paths"][item.path][item.method]
        holders = (
            [operation["responses"][item.status]] if item.status else list(operation.get("responses", {}).values())
        )
        if item.status is None:
            holders.append(operation.get("requestBody"))
        changed = False
        for holder in holders:
            for content in _media(spec, holder):
                if not _is_any(content.get("schema")):
                    content["schema"] = _any(content.get("schema"))
                    changed = True
        if changed:
            notes.append(f"{item.pointer} is typed as Any: the generator could not express its schema")
    return notes


def explain(item: Dropped, warnings: list[GeneratorWarning]) -> str:
    """`item`, with the generator's reason when one of its warnings is about that operation."""
    operation = pointer_of(["paths", item.path, item.method])
    reasons = [warning.summary for warning in warnings if warning.location == operation]
    return f"{item}: {reasons[0]}" if reasons else str(item)


def route_shape(route: str) -> str:
    """A route with its path parameters unnamed: the generator writes `{clusterUuid}` as `{cluster_uuid}`."""
    return _PATH_PARAMETER.sub("{}", route)


def _handled_responses(package_dir: Path) -> dict[str, set[str]]:
    handled = {}
    for module_file in sorted((package_dir / "api").rglob("*.py")):
        text = module_file.read_text(encoding="utf-8")
        route = ROUTE_LINE.search(text)
        codes = _RESPONSES.search(text)
        if route and codes:
            handled[route_shape(route.group("route"))] = set(re.findall(r'"([^"]+)"', codes.group("codes")))
    return handled


def _media(spec: dict[str, Any], holder: Any) -> list[dict[str, Any]]:
    """The media type objects of a response or request body (following one `$ref` into components)."""
    if isinstance(holder, dict) and isinstance(holder.get("$ref"), str):
        *_, kind, name = holder["$ref"].split("/")
        holder = ((spec.get("components") or {}).get(kind) or {}).get(name.replace("~1", "/").replace("~0", "~"))
    if not isinstance(holder, dict):
        return []
    return [content for content in (holder.get("content") or {}).values() if isinstance(content, dict)]


def _any(schema: Any) -> dict[str, Any]:
    description = schema.get("description") if isinstance(schema, dict) else None
    return {"description": description} if isinstance(description, str) else {}


def _is_any(schema: Any) -> bool:
    return isinstance(schema, dict) and set(schema) <= {"description"}
