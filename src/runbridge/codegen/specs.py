"""Find the specs in `openapi/`, read each one's generation config, and check the spec before generating.

A spec `openapi/NAME.yaml` is generated with `openapi/NAME.config.yaml`:

    package: runs                 # generated into runbridge_generated.runs
    generator:                    # openapi-python-client's config settings (post_hooks are always ours)
      literal_enums: false
    normalize: true               # default; false skips the generic rewrites of normalize.py
    lint: false                   # default; true fails on the house rules (after the overlay), for our own specs
    overlay:                      # optional: JSON-pointer edits applied before generation (see overlay.py)
      - {op: remove, path: /paths/~1legacy}
    allow_warnings:               # generator warnings that may pass, each with the reason why
      - match: "Unsupported content_type application/xml"
        reason: "the XML variant is informational; JSON is generated"
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runbridge.errors import SpecError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_CONFIG_KEYS = {"package", "generator", "overlay", "allow_warnings", "lint", "normalize"}
_PACKAGE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# Top-level import names of the vendors' own clients: ours must install beside them.
_RESERVED_PACKAGES = {"runai", "runicorn", "runagent", "vertesia_client"}


@dataclass(frozen=True)
class AllowedWarning:
    """A generator warning that is accepted, and the recorded reason."""

    match: str
    reason: str


@dataclass(frozen=True)
class SpecJob:
    """One spec to generate: where it is, what package it becomes, and how."""

    name: str
    spec_path: Path
    package: str
    generator: dict[str, Any] = field(default_factory=dict)
    overlay: list[dict[str, Any]] = field(default_factory=list)
    allow_warnings: tuple[AllowedWarning, ...] = ()
    lint: bool = False
    normalize: bool = True


def discover(specs_dir: Path) -> list[SpecJob]:
    """Every `*.yaml`/`*.json` spec in `specs_dir` with its `*.config.yaml` beside it."""
    jobs = []
    if not specs_dir.is_dir():
        raise SpecError(f"spec directory {specs_dir} does not exist")
    for spec_path in sorted(specs_dir.iterdir()):
        if spec_path.name.startswith(".") or ".config." in spec_path.name:
            continue
        if spec_path.suffix not in {".yaml", ".yml", ".json"}:
            continue
        config_path = spec_path.with_name(f"{spec_path.stem}.config.yaml")
        jobs.append(load_job(spec_path, config_path))
    if not jobs:
        raise SpecError(f"no OpenAPI specs found in {specs_dir}")
    return jobs


def load_job(spec_path: Path, config_path: Path | None) -> SpecJob:
    """Read one spec's generation config (a missing config means: defaults, package named after the file)."""
    name = spec_path.stem
    raw: dict[str, Any] = {}
    if config_path is not None and config_path.exists():
        loaded = load_document(config_path)
        if not isinstance(loaded, dict):
            raise SpecError(f"{config_path}: expected a mapping at the top level")
        raw = loaded
    unknown = set(raw) - _CONFIG_KEYS
    if unknown:
        raise SpecError(f"{config_path}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_CONFIG_KEYS)}")
    package = str(raw.get("package", name.replace("-", "_")))
    if not _PACKAGE_NAME.match(package) or package in _RESERVED_PACKAGES:
        raise SpecError(f"{config_path}: package {package!r} is not a valid, non-vendor package name")
    allowed = []
    for entry in raw.get("allow_warnings") or []:
        if not isinstance(entry, dict) or not entry.get("match") or not entry.get("reason"):
            raise SpecError(f"{config_path}: every allow_warnings entry needs both 'match' and 'reason'")
        allowed.append(AllowedWarning(match=str(entry["match"]), reason=str(entry["reason"])))
    generator = dict(raw.get("generator") or {})
    if "post_hooks" in generator:
        raise SpecError(f"{config_path}: post_hooks are set by the pipeline and cannot be overridden")
    return SpecJob(
        name=name,
        spec_path=spec_path,
        package=package,
        generator=generator,
        overlay=list(raw.get("overlay") or []),
        allow_warnings=tuple(allowed),
        lint=bool(raw.get("lint", False)),
        normalize=bool(raw.get("normalize", True)),
    )


def load_document(path: Path) -> Any:
    """Parse a JSON or YAML 1.2 file into plain JSON values, naming the file and the place of any problem.

    YAML is read as YAML 1.2 (ruamel.yaml), as OpenAPI 3.x documents are written: `off` and `16:9` stay strings,
    which PyYAML's YAML 1.1 would turn into a boolean and a number. An unquoted mapping key that is an integer
    (`200:` under `responses`) becomes the string JSON would have; any other key that is not a string is an error
    naming its JSON pointer.
    """
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(f"{path}: not valid JSON at line {exc.lineno}: {exc.msg}") from exc
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        document = _parse_yaml(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise SpecError(f"{path}: not valid YAML{where}: {exc.problem or exc.context}") from exc
    except YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML: {_first_line(str(exc))}") from exc
    return _json_keys(document, path, "")


def _parse_yaml(text: str) -> Any:
    """YAML 1.2 text parsed by ruamel: with libyaml's scanner, several times faster than ruamel's own, unless it
    refuses the text. libyaml scans YAML 1.1 and refuses some valid 1.2 (`[16:9]` in a flow sequence), so refused
    text is parsed again by ruamel's own 1.2 scanner, whose verdict and error message are the ones that count."""
    from ruamel.yaml.error import YAMLError

    try:
        return yaml_reader(pure=False).load(text)
    except YAMLError:
        return yaml_reader(pure=True).load(text)


def yaml_reader(*, pure: bool) -> Any:
    """ruamel's safe YAML 1.2 reader with JSON's scalars; `pure=True` scans with ruamel's own scanner."""
    from ruamel.yaml import YAML

    reader = YAML(typ="safe", pure=pure)
    reader.Constructor = _json_constructor()
    return reader


def _json_constructor() -> type:
    """ruamel's safe constructor, except that timestamps stay the strings they are in JSON and in YAML 1.2 core."""
    from ruamel.yaml.constructor import SafeConstructor

    class JsonConstructor(SafeConstructor):
        pass

    JsonConstructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)
    return JsonConstructor


def _json_keys(value: Any, path: Path, pointer: str) -> Any:
    """`value` with integer mapping keys turned into strings; another key type is an error at its pointer."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if isinstance(key, int) and not isinstance(key, bool):
                key = str(key)
            elif not isinstance(key, str):
                raise SpecError(f"{path}: mapping key {key!r} at '{pointer or '/'}' is not a string")
            result[key] = _json_keys(item, path, f"{pointer}/{escape_pointer(key)}")
        return result
    if isinstance(value, list):
        return [_json_keys(item, path, f"{pointer}/{index}") for index, item in enumerate(value)]
    return value


def escape_pointer(part: str) -> str:
    """One reference token of a JSON pointer (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer_of(parts: Any) -> str:
    """The JSON pointer of a path given as its parts (`["paths", "/runs", "get"]` -> `/paths/~1runs/get`)."""
    return "".join(f"/{escape_pointer(str(part))}" for part in parts) or "/"


def capped(lines: list[str], limit: int = 20) -> list[str]:
    """The first `limit` lines of a report, and a line saying how many more there are."""
    more = [f"... and {len(lines) - limit} more"] if len(lines) > limit else []
    return lines[:limit] + more


def validate(job: SpecJob, spec: Any) -> None:
    """Check `spec` against the OpenAPI schema (openapi-spec-validator), naming the failing JSON pointer."""
    from openapi_spec_validator import validate as validate_spec
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    if not isinstance(spec, dict):
        raise SpecError(f"{job.spec_path}: the document is not an OpenAPI mapping")
    try:
        validate_spec(spec)
    except OpenAPIValidationError as exc:
        location = pointer_of(getattr(exc, "path", None) or [])
        message = _first_line(getattr(exc, "message", str(exc)))
        raise SpecError(f"{job.spec_path}: invalid OpenAPI at '{location}': {message}") from exc
    except Exception as exc:  # the validator raises several unrelated types for broken references
        raise SpecError(f"{job.spec_path}: invalid OpenAPI: {_first_line(str(exc))}") from exc


def _first_line(message: str) -> str:
    """The first line of a validator message, without the copy of the whole document some of them append."""
    line = message.splitlines()[0] if message else "(no details)"
    line = line.split(" within {", 1)[0]  # "'/components/schemas/X' does not exist within {<the spec>}"
    return line if len(line) <= 300 else line[:300] + "..."


def lint(spec: dict[str, Any]) -> list[str]:
    """House rules for the specs we write ourselves: operationId, tags, typed JSON responses, error responses.

    It runs on the spec as it is generated (after the config's overlay), so an overlay can satisfy it.
    """
    problems = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{method.upper()} {path} ({pointer_of(['paths', path, method])})"
            if not operation.get("operationId"):
                problems.append(f"{where}: no operationId")
            if not operation.get("tags"):
                problems.append(f"{where}: no tags")
            responses = operation.get("responses") or {}
            if not any(str(code).startswith(("4", "5")) or code == "default" for code in responses):
                problems.append(f"{where}: declares no error response")
            for code, response in responses.items():
                for media, content in ((response or {}).get("content") or {}).items():
                    schema = (content or {}).get("schema")
                    if media.endswith("json") and _is_untyped(schema):
                        problems.append(f"{where}: response {code} {media} has an untyped schema")
    return problems


def _is_untyped(schema: Any) -> bool:
    if not isinstance(schema, dict) or not schema:
        return True
    if "$ref" in schema or any(key in schema for key in ("oneOf", "anyOf", "allOf", "enum", "const")):
        return False
    return schema.get("type") == "object" and not schema.get("properties") and "additionalProperties" not in schema
