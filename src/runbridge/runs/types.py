"""The values the runs client returns: runs, stream events, facets and filter options.

They are frozen attrs classes built from the wire by tolerant constructors: optional fields the server leaves
out become None, statuses the server adds later become pseudo-members of `RunStatus`, and each object keeps
the server's JSON in `raw` for fields this client does not model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, Self

import attrs

__all__ = [
    "FacetBucket",
    "FilterOption",
    "Ref",
    "Run",
    "RunChunk",
    "RunClosed",
    "RunEvent",
    "RunFacets",
    "RunStatus",
]


class RunStatus(StrEnum):
    """Where a run is. Values the server adds later parse as pseudo-members equal to the raw string."""

    CREATED = "created"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    @property
    def finished(self) -> bool:
        """True once the run will not change any more."""
        return self in (RunStatus.COMPLETED, RunStatus.FAILED)


@attrs.frozen
class Ref:
    """A reference to another object (interaction, environment, account, project): its id and, if sent, name."""

    id: str
    name: str | None = None

    @classmethod
    def parse(cls, value: object) -> Ref | None:
        """Accept both shapes the service sends: the expanded object or the bare id."""
        if isinstance(value, str):
            return cls(value)
        if isinstance(value, Mapping) and isinstance(value.get("id"), str):
            name = value.get("name")
            return cls(value["id"], name if isinstance(name, str) else None)
        return None


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _mapping(value: object) -> dict[str, Any] | None:
    return dict(value) if isinstance(value, Mapping) else None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text_of(result: object) -> str:
    """The text of a result: its `text` parts joined; a `json` part as JSON; a legacy string as is."""
    if result is None:
        return ""
    if isinstance(result, str):
        return result
    if isinstance(result, list):
        pieces = []
        for part in result:
            if isinstance(part, Mapping) and "value" in part:
                value = part["value"]
                if part.get("type") in (None, "text") and isinstance(value, str):
                    pieces.append(value)
                elif part.get("type") == "json":
                    pieces.append(json.dumps(value))
            elif isinstance(part, str):
                pieces.append(part)
        return "".join(pieces)
    return json.dumps(result)


@attrs.frozen(kw_only=True)
class Run:
    """One execution of an interaction, as the service reports it.

    `interaction`, `environment`, `account` and `project` are `Ref`s whether the service expanded them or sent
    bare ids; `model` is the wire's `modelId`; `result` is the raw result (a list of `{type, value}` parts, or
    a legacy single value) and `text` its text; `raw` is the JSON as received, for fields not modelled here.
    """

    id: str
    status: RunStatus
    created_at: datetime | None = None
    updated_at: datetime | None = None
    interaction: Ref | None = None
    environment: Ref | None = None
    model: str | None = None
    parent: str | None = None
    tags: tuple[str, ...] = ()
    account: Ref | None = None
    project: Ref | None = None
    parameters: dict[str, Any] | None = None
    result: Any = None
    result_schema: dict[str, Any] | None = None
    token_use: dict[str, Any] | None = None
    execution_time: float | None = None
    finish_reason: str | None = None
    config: dict[str, Any] | None = None
    source: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Run:
        """Build a run from the service's JSON (already checked against the spec by the generated client)."""
        tags = data.get("tags")
        return cls(
            id=str(data["id"]),
            status=RunStatus(str(data["status"])),
            created_at=_datetime(data.get("created_at")),
            updated_at=_datetime(data.get("updated_at")),
            interaction=Ref.parse(data.get("interaction")),
            environment=Ref.parse(data.get("environment")),
            model=data.get("modelId") if isinstance(data.get("modelId"), str) else None,
            parent=data.get("parent") if isinstance(data.get("parent"), str) else None,
            tags=tuple(str(tag) for tag in tags) if isinstance(tags, list) else (),
            account=Ref.parse(data.get("account")),
            project=Ref.parse(data.get("project")),
            parameters=_mapping(data.get("parameters")),
            result=data.get("result"),
            result_schema=_mapping(data.get("result_schema")),
            token_use=_mapping(data.get("token_use")),
            execution_time=_number(data.get("execution_time")),
            finish_reason=data.get("finish_reason") if isinstance(data.get("finish_reason"), str) else None,
            config=_mapping(data.get("config")),
            source=_mapping(data.get("source")),
            error=_mapping(data.get("error")),
            raw=dict(data),
        )

    @property
    def text(self) -> str:
        """The result as text (text parts joined, JSON parts serialised); "" before the run has a result."""
        return _text_of(self.result)

    @property
    def finished(self) -> bool:
        """True when the run is completed or failed."""
        return self.status.finished


@attrs.frozen
class RunChunk:
    """One piece of a run's output from its event stream (an unnamed, `message` or `chunk` event)."""

    data: Any
    id: str | None = None

    @property
    def text(self) -> str:
        """The chunk as text: a JSON string chunk as is, anything else as JSON."""
        return self.data if isinstance(self.data, str) else json.dumps(self.data)


@attrs.frozen
class RunClosed:
    """The `close` event that ends a run's stream, with the final status when the server sent one."""

    status: RunStatus | None
    data: dict[str, Any] = attrs.field(factory=dict)


RunEvent = RunChunk | RunClosed


@attrs.frozen
class FacetBucket:
    """How many runs have one value of a facet's field (`value` is None for runs without one)."""

    value: str | None
    count: int
    name: str | None = None


@attrs.frozen
class RunFacets:
    """Bucket lists by facet name, and the number of runs that matched the query."""

    buckets: dict[str, tuple[FacetBucket, ...]]
    total: int | None = None

    def __getitem__(self, name: str) -> tuple[FacetBucket, ...]:
        return self.buckets[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.buckets)

    def counts(self, name: str) -> dict[str | None, int]:
        """One facet as `{value: count}`."""
        return {bucket.value: bucket.count for bucket in self.buckets.get(name, ())}


@attrs.frozen
class FilterOption:
    """One value a list filter can take, its display name, and how many runs have it."""

    id: str
    count: int
    name: str | None = None
