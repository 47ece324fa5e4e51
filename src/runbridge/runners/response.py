"""`APIResponseData`: the one result shape every runner returns, and its JSON form.

The JSON form (`to_dict` / `from_dict`) is what checkpoints and `runbridge batch --output` write. It is
redacted: secret-looking keys in `trace` and `additional_output` are masked, and an error's message has bearer
tokens, JWTs and secret query values removed. The live exception of a failed item stays on `error` for the
caller to inspect or re-raise; its JSON summary lives in `trace["error"]`, so it survives a round trip.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import attrs

from runbridge._redact import redact_mapping, redact_text

__all__ = ["APIResponseData", "describe_error"]

SUCCESS = "success"
FAILED = "failed"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [item if isinstance(item, str) else json.dumps(item, default=str) for item in value]


@attrs.frozen
class APIResponseData:
    """The standardized result of one query against one runner.

    `latency` is in seconds; when a runner leaves it at 0 the registry fills in the measured wall time.
    `status` is "success" or "failed" (runners may use other words, e.g. "partial"; only "failed" means failure).
    """

    query: str
    actual_output: str = ""
    retrieved_content: list[str] = attrs.field(factory=list, converter=_as_list)
    latency: float = 0.0
    trace: dict[str, Any] = attrs.field(factory=dict)
    additional_output: dict[str, Any] = attrs.field(factory=dict)
    status: str = SUCCESS
    timestamp: str = attrs.field(factory=_now)
    # The exception behind a failed result; not part of equality or the JSON form (see trace["error"]).
    error: BaseException | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    @property
    def succeeded(self) -> bool:
        return self.status != FAILED

    def complete(self, *, latency: float, trace: dict[str, Any]) -> None:
        """Fill in the measured latency (unless the runner set one) and the full trace, in place.

        The registry calls it once on each result a runner returns, before anyone else sees that result; a copy
        per item (`attrs.evolve`) was a measurable share of a batch's per-item cost.
        """
        if not self.latency:
            object.__setattr__(self, "latency", latency)
        object.__setattr__(self, "trace", trace)

    @classmethod
    def from_error(
        cls, query: str, error: BaseException, *, latency: float = 0.0, trace: Mapping[str, Any] | None = None
    ) -> APIResponseData:
        """A `status="failed"` result that keeps the exception and a redacted summary of it in the trace."""
        return cls(
            query=query,
            latency=latency,
            status=FAILED,
            trace={**(trace or {}), "error": describe_error(error)},
            error=error,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable, redacted dict of the public fields."""
        return {
            "query": self.query,
            "actual_output": self.actual_output,
            "retrieved_content": list(self.retrieved_content),
            "latency": self.latency,
            "trace": _jsonable(redact_mapping(self.trace)),
            "additional_output": _jsonable(redact_mapping(self.additional_output)),
            "status": self.status,
            "timestamp": self.timestamp,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> APIResponseData:
        """Rebuild a result from `to_dict` output (extra keys such as a checkpoint's `index` are ignored)."""
        return cls(
            query=str(data.get("query", "")),
            actual_output=str(data.get("actual_output") or ""),
            retrieved_content=data.get("retrieved_content") or [],
            latency=float(data.get("latency") or 0.0),
            trace=dict(data.get("trace") or {}),
            additional_output=dict(data.get("additional_output") or {}),
            status=str(data.get("status") or SUCCESS),
            timestamp=str(data.get("timestamp") or _now()),
        )


def describe_error(error: BaseException) -> dict[str, Any]:
    """A redacted, JSON-ready summary of an exception: type, message, and HTTP details when it has them."""
    summary: dict[str, Any] = {"type": type(error).__name__, "message": redact_text(str(error))}
    for attribute in ("status_code", "request_id", "attempts", "code"):
        value = getattr(error, attribute, None)
        if isinstance(value, str | int) and not isinstance(value, bool):
            summary[attribute] = value
    if "status_code" not in summary:
        response = getattr(error, "response", None)
        status = getattr(response, "status_code", None)
        if isinstance(status, int):
            summary["status_code"] = status
    return summary


def _jsonable(value: Any) -> Any:
    """Make a value JSON-safe; anything exotic becomes its string form rather than failing the whole record."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(item) for item in value]
    if attrs.has(type(value)):
        return _jsonable(attrs.asdict(value))
    return str(value)
