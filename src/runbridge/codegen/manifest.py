"""Write `_operations.py`: an index of the spec's operations that the generator itself does not keep.

The facade needs facts the generated modules lose: which operations are safe to retry (`x-idempotent`, or an
idempotent HTTP method), which are deprecated, their tags, and the spec's `x-tagGroups` (the Run:ai hierarchy).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from runbridge.codegen.coverage import ROUTE_LINE, route_shape
from runbridge.codegen.specs import HTTP_METHODS
from runbridge.errors import SpecError

_IDEMPOTENT_METHODS = {"get", "head", "options", "put", "delete", "trace"}

_HEADER = '''"""Index of the operations in this spec, written by runbridge's generation pipeline. Do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    """One operation of the spec and the generated module that calls it."""

    name: str
    method: str
    path: str
    module: str
    tags: tuple[str, ...]
    deprecated: bool
    idempotent: bool
    summary: str


'''


def write_manifest(spec: dict[str, Any], package_dir: Path) -> int:
    """Write `package_dir/_operations.py`; return how many operations it lists."""
    modules = _modules_by_route(package_dir)
    rows = []
    idempotent_routes = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            route = f"{method.upper()} {path}"
            found = modules.get(route_shape(route))
            if found is None:
                raise SpecError(f"{route}: the generator produced no module for this operation")
            module, module_route = found
            idempotent = bool(operation.get("x-idempotent", method in _IDEMPOTENT_METHODS))
            if idempotent:
                idempotent_routes.append(module_route)
            rows.append(
                f"    {route!r}: Operation({module.rsplit('.', 1)[-1]!r}, {method.upper()!r}, {path!r}, {module!r}, "
                f"{tuple(operation.get('tags') or ())!r}, {bool(operation.get('deprecated'))!r}, {idempotent!r}, "
                f"{str(operation.get('summary') or '')!r}),"
            )
    groups = [
        f"    ({str(group.get('name'))!r}, {tuple(group.get('tags') or ())!r}),"
        for group in spec.get("x-tagGroups") or []
    ]
    body = (
        _HEADER
        + "OPERATIONS: dict[str, Operation] = {\n"
        + "\n".join(rows)
        + "\n}\n\n"
        + "TAG_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (\n"
        + "\n".join(groups)
        + "\n)\n\n"
        + "# As the generated modules tag their requests (`runbridge.route`): path parameters in snake_case.\n"
        + f"IDEMPOTENT_ROUTES: frozenset[str] = frozenset({_set_literal(idempotent_routes)})\n"
    )
    (package_dir / "_operations.py").write_text(body, encoding="utf-8")
    return len(rows)


def _set_literal(values: list[str]) -> str:
    """A set display in sorted order (a set's own repr changes from run to run), or nothing for an empty set."""
    return "{" + ", ".join(repr(value) for value in sorted(values)) + "}" if values else ""


def _modules_by_route(package_dir: Path) -> dict[str, tuple[str, str]]:
    """Route shape → (module path, the route as the module writes it)."""
    modules = {}
    for module_file in sorted((package_dir / "api").rglob("*.py")):
        match = ROUTE_LINE.search(module_file.read_text(encoding="utf-8"))
        if match:
            relative = module_file.relative_to(package_dir).with_suffix("")
            modules[route_shape(match.group("route"))] = (".".join(relative.parts), match.group("route"))
    return modules
