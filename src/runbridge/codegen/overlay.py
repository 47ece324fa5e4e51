"""The pre-processing step between a validated spec and the generator.

Two kinds of edit, both on a deep copy of the spec:

* the spec's own `overlay` list from its config: JSON-Patch-style `add`, `replace` and `remove` operations
  addressed by JSON pointer, for fixes that belong to one spec;
* the generic rewrites of `normalize.PASSES` (on unless the config says `normalize: false`): they work around
  known openapi-python-client 0.29.1 limitations so that no endpoint, response or model is silently dropped.
"""

from __future__ import annotations

import copy
from typing import Any

from runbridge.codegen import normalize as normalization
from runbridge.errors import SpecError


def apply(
    spec: dict[str, Any], operations: list[dict[str, Any]], *, spec_name: str, normalize: bool = True
) -> tuple[dict[str, Any], list[str]]:
    """A copy of `spec` with the config's overlay operations and (unless disabled) the normalisations applied,
    and the normalisations' notes (what could not be kept typed or passable)."""
    result = copy.deepcopy(spec)
    for index, operation in enumerate(operations):
        try:
            _apply_one(result, operation)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise SpecError(f"{spec_name}: overlay operation #{index + 1} {operation!r} failed: {exc}") from exc
    notes = normalization.normalize(result, spec_name=spec_name) if normalize else []
    return result, notes


def _apply_one(document: dict[str, Any], operation: dict[str, Any]) -> None:
    op = operation.get("op")
    parts = _pointer(str(operation.get("path", "")))
    if not parts:
        raise ValueError("the path must point below the document root")
    parent: Any = document
    for part in parts[:-1]:
        parent = parent[int(part)] if isinstance(parent, list) else parent[part]
    last = parts[-1]
    if op == "remove":
        if isinstance(parent, list):
            del parent[int(last)]
        else:
            del parent[last]
    elif op in {"add", "replace"}:
        if "value" not in operation:
            raise ValueError(f"'{op}' needs a value")
        if op == "replace" and (last not in parent if isinstance(parent, dict) else int(last) >= len(parent)):
            raise KeyError(last)
        if isinstance(parent, list):
            parent.insert(len(parent) if last == "-" else int(last), operation["value"])
        else:
            parent[last] = operation["value"]
    elif op == "merge":
        target = parent[int(last)] if isinstance(parent, list) else parent[last]
        if not isinstance(target, dict) or not isinstance(operation.get("value"), dict):
            raise ValueError("'merge' needs a mapping at the path and a mapping value")
        target.update(operation["value"])
    else:
        raise ValueError(f"unknown op {op!r}; use add, replace, remove or merge")


def _pointer(path: str) -> list[str]:
    if not path.startswith("/"):
        raise ValueError(f"{path!r} is not a JSON pointer")
    return [part.replace("~1", "/").replace("~0", "~") for part in path[1:].split("/")]
