"""What every sandbox server does the same way: read a JSON body, check it against the spec's request model,
stamp times, and answer FastAPI's validation list.

Request bodies are checked by the generated models (`runbridge_generated.<service>.models`), so the sandbox
accepts exactly what the spec it serves allows and a spec change reaches it with `make generate`. Their
`from_dict` checks required fields, JSON types and unions; `parse_body` adds what a client's model leaves open
on purpose but a strict server refuses: fields a closed schema does not declare, enum values the spec does not
list, and list items of the wrong type.
"""

from __future__ import annotations

import enum
import json
import re
import types
import typing
from datetime import UTC, datetime
from typing import Any, TypeVar

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse

M = TypeVar("M")
_EXCEPTION_NAME = re.compile(r"^[A-Za-z]+Error: ")
Path = tuple[str | int, ...]


class BodyError(ValueError):
    """A request body that is not JSON or does not fit its schema; `path` leads from the body to the fault."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    @property
    def where(self) -> str:
        """The path as the services name it: `body.facets[0].field`."""
        return "body" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()  # what read_json returns for an empty body (a JSON `null` is a body)


async def read_json(request: Request) -> Any:
    """The parsed body, or ABSENT when there is none; BodyError when it is not JSON."""
    raw = await request.body()
    if not raw:
        return ABSENT
    try:
        return json.loads(raw)
    except ValueError:  # not JSON, or not UTF-8
        raise BodyError((), "not valid JSON") from None


def parse_body(model: type[M], body: Any) -> M:
    """`body` as the generated request `model`, refused (BodyError) where the spec's schema refuses it."""
    from_dict: Any = getattr(model, "from_dict")  # noqa: B009 - every generated model has it; typed per model
    body = _whole_numbers(body)
    try:
        instance: M = from_dict(body)
    except ValueError as error:  # the models' FieldError, which names the path and the value
        path: Path = getattr(error, "path", ())
        value = getattr(error, "value", None)
        shown = "" if type(value).__name__ == "Unset" else f" (value: {value!r:.100})"
        reason = _EXCEPTION_NAME.sub("", str(getattr(error, "reason", error)))  # "TypeError: expected str, ..."
        raise BodyError(path, reason + shown) from None
    _check(instance, body, ())
    return instance


def _whole_numbers(value: Any) -> Any:
    """JSON has one number type: 30.0 is the integer 30 for JSON Schema, so it is for an `int` field too."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    return value


def _check(value: Any, raw: Any, path: Path) -> None:
    """Walk a parsed model beside its raw JSON for what `from_dict` lets through."""
    if attrs.has(type(value)):
        fields = attrs.fields_dict(type(value))
        keys = _json_keys(value)
        if "additional_properties" not in fields:
            unknown = [key for key in raw if key not in keys.values()]
            if unknown:
                raise BodyError((*path, unknown[0]), f"unknown field (the schema allows {sorted(keys.values())})")
        hints = typing.get_type_hints(type(value))
        for attribute, key in keys.items():
            if key in raw:
                _check_member(getattr(value, attribute), hints.get(attribute), raw[key], (*path, key))


def _check_member(value: Any, hint: Any, raw: Any, path: Path) -> None:
    if isinstance(raw, bool) and _primitives(hint) and bool not in _primitives(hint):
        raise BodyError(path, f"expected {_names(_primitives(hint))}, got bool")  # the models let True be an int
    if _list_item_types(hint) and not isinstance(raw, list):  # the models cast lists of scalars unchecked
        raise BodyError(path, f"expected a list, got {type(raw).__name__} (value: {raw!r:.100})")
    if isinstance(value, enum.Enum) and value.name not in type(value).__members__:
        allowed = sorted(str(member.value) for member in type(value))
        raise BodyError(path, f"must be one of {allowed} (value: {raw!r:.100})")
    if isinstance(value, list) and isinstance(raw, list):
        item_types = _list_item_types(hint)
        for index, (item, raw_item) in enumerate(zip(value, raw, strict=True)):
            if item_types and not _is_instance(raw_item, item_types):
                raise BodyError((*path, index), f"expected {_names(item_types)}, got {type(raw_item).__name__}")
            _check_member(item, None, raw_item, (*path, index))
        return
    if isinstance(raw, dict):
        _check(value, raw, path)


def _json_keys(instance: Any) -> dict[str, str]:
    """Attribute name -> JSON key: the generator appends `_` to names Python reserves (`object_`)."""
    return {
        field.name: field.name[:-1] if field.name.endswith("_") else field.name
        for field in attrs.fields(type(instance))
        if field.name != "additional_properties"
    }


_PRIMITIVES = (str, int, float, bool)


def _options(hint: Any) -> tuple[Any, ...]:
    return typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)


def _primitives(hint: Any) -> tuple[type, ...]:
    """The JSON scalar types a field's type hint allows."""
    return tuple(option for option in _options(hint) if option in _PRIMITIVES)


def _list_item_types(hint: Any) -> tuple[type, ...]:
    """The primitive item types of a `list[...]` in a field's type hint (the models keep such lists unchecked)."""
    for option in _options(hint):
        if typing.get_origin(option) is list:
            (item,) = typing.get_args(option)
            kinds = _options(item)
            if all(kind in _PRIMITIVES for kind in kinds):
                return tuple(kinds)
    return ()


def _names(kinds: tuple[type, ...]) -> str:
    return " or ".join(sorted(kind.__name__ for kind in kinds))


def _is_instance(value: Any, kinds: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in kinds
    return isinstance(value, kinds) or (float in kinds and isinstance(value, int))


def iso_time(moment: datetime | None = None, *, millis: bool = False) -> str:
    """`moment` (default: now) in UTC as `2026-01-01T12:00:00Z`, with milliseconds if asked."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    fraction = f".{moment.microsecond // 1000:03d}" if millis else ""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"


# -- FastAPI's request validation, as the Python services (Runicorn, RunAgent) answer it -------------------------

# pydantic's error type and message per expected JSON type.
_PYDANTIC_TYPES: dict[type, tuple[str, str]] = {
    str: ("string_type", "Input should be a valid string"),
    list: ("list_type", "Input should be a valid list"),
    dict: ("dict_type", "Input should be a valid dictionary"),
    int: ("int_type", "Input should be a valid integer"),
    float: ("float_type", "Input should be a valid number"),
    bool: ("bool_type", "Input should be a valid boolean"),
}
FieldTypes = dict[str, Any]


def pydantic_issues(body: Any, fields: FieldTypes, required: typing.Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every issue FastAPI would list for a JSON object body whose fields have these types (a tuple: any of
    them, `type(None)` among them making the field nullable; `list[str]`: a list whose items are checked)."""
    if not isinstance(body, dict):
        return [pydantic_issue(["body"], "model_attributes_type", "Input should be a valid dictionary", body)]
    issues = [pydantic_issue(["body", name], "missing", "Field required") for name in required if name not in body]
    for name, kind in fields.items():
        if name not in body:
            continue
        value, kinds = body[name], kind if isinstance(kind, tuple) else (kind,)
        plain: tuple[type, ...] = tuple(list if option == list[str] else option for option in kinds)
        if value is None and type(None) in plain:
            continue
        if int in plain and isinstance(value, float) and value.is_integer():
            continue  # JSON has one number type: 30.0 is the integer 30, for JSON Schema and pydantic alike
        if (isinstance(value, bool) and bool not in plain) or not isinstance(value, plain):
            issues.append(pydantic_issue(["body", name], *_PYDANTIC_TYPES[plain[0]], value))
        elif isinstance(value, list) and list[str] in kinds:
            issues += [
                pydantic_issue(["body", name, index], *_PYDANTIC_TYPES[str], item)
                for index, item in enumerate(value)
                if not isinstance(item, str)
            ]
    return issues


def pydantic_issue(location: list[str | int], kind: str, message: str, value: Any = ABSENT) -> dict[str, Any]:
    """One entry of FastAPI's validation list: where (`["body", "run_ids", 0]`), pydantic's type and message."""
    issue: dict[str, Any] = {"type": kind, "loc": location, "msg": message}
    if value is not ABSENT:
        issue["input"] = value
    return issue


def validation_error(issues: list[dict[str, Any]]) -> JSONResponse:
    """FastAPI's 422 answer to a request that failed validation."""
    return JSONResponse({"detail": issues}, status_code=422)
