"""The RunAgent wire format: the request body, the two-layer `data` encoding, and the run envelope.

A result travels encoded twice. The envelope's `data` (and each stream frame's `content`) is a JSON string
holding `{"type": "<JSON type name>", "payload": "<JSON text of the value>"}`, so the string "hi" arrives as

    "data": "{\\"type\\": \\"string\\", \\"payload\\": \\"\\\\\\"hi\\\\\\"\\"}"

`decode_structured` undoes both layers and checks that the value has the type the server announced; anything
that does not follow the protocol raises `WireFormatError`, which the clients report as InvalidResponseError.
These are pure functions, shared by the sync and async clients and the sandbox server.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any, cast

__all__ = [
    "GENERIC_STREAM_TAG",
    "GENERIC_TAG",
    "WireFormatError",
    "check_input",
    "decode_structured",
    "encode_structured",
    "json_type",
    "run_body",
]

GENERIC_TAG = "generic"
GENERIC_STREAM_TAG = "generic_stream"

_TYPE_CHECKS: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "object": (dict,),
}
# What the reference server decodes an empty payload to, per announced type.
_EMPTY_PAYLOAD: dict[str, Any] = {"null": None, "string": "", "boolean": False, "integer": 0, "number": 0.0}


class WireFormatError(ValueError):
    """A value that does not follow the RunAgent structured encoding; `field` names where it was found."""

    def __init__(self, message: str, *, field: str = "data") -> None:
        super().__init__(message)
        self.field = field


def check_input(input_data: object) -> dict[str, Any]:
    """`input_data` as the entrypoint's keyword arguments; a TypeError-free, clear ValueError otherwise."""
    if not isinstance(input_data, Mapping):
        raise ValueError(
            f"input_data must be a dict of keyword arguments for the agent, not {type(input_data).__name__}"
        )
    bad_keys = [key for key in input_data if not isinstance(key, str) or not key.isidentifier()]
    if bad_keys:
        raise ValueError(
            f"input_data keys become the agent's keyword arguments, so they must be identifiers: {bad_keys[0]!r}"
        )
    try:
        json.dumps(input_data, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"input_data must be JSON-serialisable: {exc}") from None
    return dict(input_data)


def run_body(
    entrypoint_tag: str,
    input_kwargs: Mapping[str, Any],
    *,
    timeout_seconds: float,
    input_args: list[Any] | None = None,
    user_id: str | None = None,
    persistent_memory: bool = False,
) -> dict[str, Any]:
    """The body of a REST run or of the single frame that starts a stream (the same fields for both).

    `user_id` and `persistent_memory` are sent only when set, as the reference client does.
    """
    body: dict[str, Any] = {
        "entrypoint_tag": entrypoint_tag,
        # Always sent: the WebSocket endpoint rejects a start frame without them.
        "input_args": list(input_args or []),
        "input_kwargs": dict(input_kwargs),
        "timeout_seconds": max(1, math.ceil(timeout_seconds)),
        "async_execution": False,
    }
    if user_id is not None:
        body["user_id"] = user_id
    if persistent_memory:
        body["persistent_memory"] = True
    return body


def json_type(value: Any) -> str:
    """The JSON type name the server announces for `value`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def encode_structured(value: Any) -> str:
    """Encode `value` the way the server does (used by the sandbox and the tests)."""
    return json.dumps(
        {"type": json_type(value), "payload": json.dumps(value, ensure_ascii=False, allow_nan=False)},
        ensure_ascii=False,
    )


def decode_structured(data: object, *, field: str = "data") -> Any:
    """Undo the two-layer encoding of a result or a stream chunk.

    Accepted, as the reference client accepts them: the encoded string; an already-parsed `{"type","payload"}`
    mapping; the legacy hosted shape `{"result_data": {"data": ...}}`; None or "" (no result). A string that
    is not JSON at all is a plain-text result from an older server and is returned as it is.
    """
    if data is None or data == "":
        return None
    if isinstance(data, str):
        try:
            outer = json.loads(data)
        except (ValueError, RecursionError):
            return data
        if not _is_structured(outer):
            return outer  # plain JSON that was never wrapped
        return _decode_payload(outer, field)
    if isinstance(data, Mapping):
        if _is_structured(data):
            return _decode_payload(data, field)
        result_data = data.get("result_data")
        if isinstance(result_data, Mapping) and "data" in result_data:
            return decode_structured(result_data["data"], field=f"{field}.result_data.data")
        return dict(data)
    if isinstance(data, list | bool | int | float):
        return data
    raise WireFormatError(f"{field} is a {type(data).__name__}, not the structured encoding", field=field)


def _is_structured(value: object) -> bool:
    # As the reference client reads it: any object with a string `type` and a `payload` (extra keys allowed).
    return (
        isinstance(value, Mapping)
        and isinstance(value.get("type"), str)
        and "payload" in value
        and value["payload"] is not None
    )


def _decode_payload(structured: Mapping[str, Any], field: str) -> Any:
    kind = structured["type"]
    payload = structured["payload"]
    if not isinstance(payload, str):
        value = payload  # a server that skipped the inner layer
    elif not payload.strip():
        if kind in _EMPTY_PAYLOAD:
            return _EMPTY_PAYLOAD[kind]
        return [] if kind == "array" else {} if kind == "object" else None
    else:
        try:
            value = json.loads(payload)
        except json.JSONDecodeError as exc:
            raise WireFormatError(
                f"{field}.payload is not valid JSON for type {kind!r}: {exc.msg} at position {exc.pos}", field=field
            ) from None
        except RecursionError:
            raise WireFormatError(f"{field}.payload is nested too deeply to decode", field=field) from None
    expected = _TYPE_CHECKS.get(kind)
    if expected is None:
        return value  # a type name this client does not know yet: keep the value rather than fail
    if not isinstance(value, expected) or (kind in {"integer", "number"} and isinstance(value, bool)):
        raise WireFormatError(
            f"{field} announces type {kind!r} but its payload is a {json_type(value)}", field=f"{field}.payload"
        )
    if kind == "number":
        return float(cast(float, value))
    return value
