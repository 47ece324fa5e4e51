"""Pure translation between the runs facade and the wire: request bodies and filters, parsed responses, events.

Shared by the sync and async resources so that each of them is only the thin shell that does the I/O.
Arguments are checked here, before anything is sent: a wrong key or type is a `ConfigError` naming it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import httpx
from runbridge_generated.runs.models import (
    ComputeRunFacetPayload,
    FindPayload,
    FoundRun,
    RunCreated,
    RunCreatePayload,
    RunSearchPayload,
)
from runbridge_generated.runs.models import (
    FilterOption as WireFilterOption,
)
from runbridge_generated.runs.models import Run as WireRun
from runbridge_generated.runs.models import (
    RunFacets as WireRunFacets,
)
from runbridge_generated.runs.types import UNSET, Response

from runbridge.errors import ConfigError, UnexpectedStatus
from runbridge.runs.types import FacetBucket, FilterOption, Run, RunChunk, RunClosed, RunEvent, RunFacets, RunStatus
from runbridge.streaming import ServerSentEvent

STREAM_ROUTE = "GET /runs/{id}/stream"
# After `close` the service may take a moment to store the final state: re-read it a few times, briefly.
SETTLE_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
CHUNK_EVENTS = frozenset({"message", "chunk"})
CLOSE_EVENT = "close"

# The fields of RunSearchQuery (the spec forbids others) and what each holds: checked here so that a typo or a
# value of the wrong shape is refused, not silently dropped or sent as something the service ignores.
_TEXT, _TEXTS, _FLAG, _TIME = "a string", "a string or a list of strings", "True or False", "a datetime or ISO string"
SEARCH_FIELD_KINDS: dict[str, str] = {
    "name": _TEXT,
    "status": _TEXT,
    "interaction": _TEXT,
    "environment": _TEXT,
    "model": _TEXT,
    "tags": _TEXTS,
    "query": _TEXT,
    "parent": _TEXTS,
    "is_root": _FLAG,
    "object": _TEXT,
    "start": _TIME,
    "end": _TIME,
}
SEARCH_FIELDS = frozenset(SEARCH_FIELD_KINDS)
# Facet name the service conventionally answers under, by field.
DEFAULT_FACETS: dict[str, str] = {
    "environments": "environment",
    "interactions": "interaction",
    "models": "modelId",
    "statuses": "status",
    "tags": "tags",
}
FACET_FIELDS = frozenset({"environment", "interaction", "modelId", "status", "tags", "finish_reason"})
_FACET_NAMES = {field: name for name, field in DEFAULT_FACETS.items()} | {"finish_reason": "finish_reason"}


def default_token_url(base_url: str) -> str:
    """Where API keys are exchanged: the token service host beside an `api.`/`api-` host, else the same origin.

    `https://api.vertesia.io/api/v1` → `https://sts.vertesia.io/token/issue`;
    `https://api-preview.eu1.vertesia.io/api/v1` → `https://sts-preview.eu1.vertesia.io/token/issue`;
    `http://127.0.0.1:8080` (a sandbox) → `http://127.0.0.1:8080/token/issue`.
    """
    url = httpx.URL(base_url)
    host = url.host
    if host.startswith(("api.", "api-")):
        host = "sts" + host[3:]
    return str(url.copy_with(host=host, path="/token/issue", query=None, fragment=None))


# -- arguments -> wire ---------------------------------------------------------------------------------------------


def _strings(name: str, value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) and item for item in values):
        raise ConfigError(f"{name} must be a non-empty string or a list of them, not {value!r}")
    return values


def list_filters(
    *,
    interaction: str | Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    model: str | Iterable[str] | None = None,
    environment: str | Iterable[str] | None = None,
    tag: str | Iterable[str] | None = None,
    parent: str | bool | None = None,
) -> dict[str, Any]:
    """Keyword arguments for the generated list/filter-options calls. `parent=False` asks for root runs."""
    filters: dict[str, Any] = {}
    for name, value in (
        ("interaction", interaction),
        ("status", status),
        ("model", model),
        ("environment", environment),
        ("tag", tag),
    ):
        values = _strings(name, value)
        if values is not None:
            filters[name] = values
    if parent is False:
        filters["parent"] = "false"  # the service's documented spelling of "runs without a parent"
    elif parent is True:
        raise ConfigError("parent must be a run id, or False for runs without a parent; True means nothing")
    elif parent is not None:
        if not isinstance(parent, str) or not parent:
            raise ConfigError(f"parent must be a run id or False, not {parent!r}")
        filters["parent"] = parent
    return filters


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return [_json_value(item) for item in value]
    return value


def search_query(where: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A RunSearchQuery from a mapping and/or keywords (keywords win); datetimes become ISO strings.

    The seed names the whole condition object `query`, so `search(query={"status": ...})` is read as that object;
    a string `query` stays the full-text condition.
    """
    if where is not None and not isinstance(where, Mapping):
        raise ConfigError(f"search conditions must be a mapping or keywords, not {type(where).__name__}")
    if isinstance(fields.get("query"), Mapping):
        if where is not None:
            raise ConfigError("give the search conditions once: as where= or as a query={...} mapping, not both")
        where, fields = fields["query"], {key: value for key, value in fields.items() if key != "query"}
    merged = {**(where or {}), **fields}
    unknown = sorted(set(merged) - SEARCH_FIELDS)
    if unknown:
        raise ConfigError(f"unknown search field(s) {unknown}; allowed: {sorted(SEARCH_FIELDS)}")
    return {key: _search_value(key, value) for key, value in merged.items() if value is not None}


_KIND_TYPES: dict[str, type | tuple[type, ...]] = {_TEXT: str, _FLAG: bool, _TIME: (str, datetime)}


def _search_value(field: str, value: Any) -> Any:
    kind = SEARCH_FIELD_KINDS[field]
    if kind == _TEXTS and isinstance(value, str | list | tuple | set | frozenset):
        return _strings(field, value)
    if kind == _TEXTS or not isinstance(value, _KIND_TYPES[kind]):
        raise ConfigError(f"search field {field!r} must be {kind}, not {value!r}")
    return _json_value(value)


def _model(factory: Any, data: dict[str, Any], what: str) -> Any:
    """Build a generated request model, turning its parse errors into a ConfigError that names the input."""
    try:
        return factory.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"invalid {what}: {type(exc).__name__}: {exc}") from exc


def create_body(
    interaction: str,
    data: Mapping[str, Any] | None,
    config: Mapping[str, Any] | None,
    stream: bool,
    tags: Sequence[str] | None,
) -> RunCreatePayload:
    if not isinstance(interaction, str) or not interaction:
        raise ConfigError(f"interaction must be a non-empty interaction id, not {interaction!r}")
    if data is not None and not isinstance(data, Mapping):
        raise ConfigError(f"data must be a mapping of the interaction's inputs, not {type(data).__name__}")
    if config is not None and not isinstance(config, Mapping):
        raise ConfigError(f"config must be a mapping (environment, model, ...), not {type(config).__name__}")
    body: dict[str, Any] = {"interaction": interaction, "data": dict(data or {}), "stream": bool(stream)}
    if config:
        body["config"] = dict(config)
    tag_list = _strings("tags", tags)
    if tag_list:
        body["tags"] = tag_list
    return _model(RunCreatePayload, body, "run payload")  # type: ignore[no-any-return]


def search_body(query: dict[str, Any], offset: int, limit: int) -> RunSearchPayload:
    body: dict[str, Any] = {"limit": limit, "offset": offset}
    if query:
        body["query"] = query
    return _model(RunSearchPayload, body, "search query")  # type: ignore[no-any-return]


def facets_body(
    facets: Mapping[str, str] | Iterable[str | Mapping[str, str]] | None, query: dict[str, Any]
) -> ComputeRunFacetPayload:
    """Facets as `{name: field}`, as the seed's list of `{"name", "field"}` objects, or as field names answered
    under their usual names (`status` → `statuses`)."""
    if facets is None:
        pairs = dict(DEFAULT_FACETS)
    elif isinstance(facets, Mapping):
        pairs = dict(facets)
    elif isinstance(facets, str):
        pairs = {_FACET_NAMES.get(facets, facets): facets}
    elif isinstance(facets, Iterable):
        pairs = dict(_facet_pair(item) for item in facets)
    else:
        raise ConfigError(f"facets must be {_FACET_SHAPES}, not {type(facets).__name__}")
    if not pairs:
        raise ConfigError("facets needs at least one field")
    if not all(isinstance(name, str) and isinstance(field, str) for name, field in pairs.items()):
        raise ConfigError(f"facets must be {_FACET_SHAPES}, not {facets!r}")
    bad = sorted(str(field) for field in pairs.values() if field not in FACET_FIELDS)
    if bad:
        raise ConfigError(f"cannot compute facets over {bad}; fields: {sorted(FACET_FIELDS)}")
    body: dict[str, Any] = {"facets": [{"name": name, "field": field} for name, field in pairs.items()]}
    if query:
        body["query"] = query
    return _model(ComputeRunFacetPayload, body, "facets request")  # type: ignore[no-any-return]


_FACET_SHAPES = "{name: field}, a list of fields, or a list of {'name': ..., 'field': ...}"


def _facet_pair(item: object) -> tuple[str, str]:
    if isinstance(item, str):
        return _FACET_NAMES.get(item, item), item
    if isinstance(item, Mapping) and set(item) == {"name", "field"}:
        return item["name"], item["field"]
    raise ConfigError(f"facets must be {_FACET_SHAPES}; {item!r} is neither a field nor a {{name, field}} object")


_FIND_PAYLOAD_KEYS = frozenset({"query", "limit", "offset", "select"})


def find_body(
    query: Mapping[str, Any], limit: int | None, offset: int | None, select: str | Iterable[str] | None
) -> FindPayload:
    """The find payload. The seed's whole payload (`{"query": {...}, "limit": 10, "select": "id status"}`) is
    accepted as `query` too: a mapping whose `query` key holds a mapping is never a condition on a field named
    "query", which is a search string."""
    if not isinstance(query, Mapping):
        raise ConfigError(f"query must be a MongoDB-style mapping, not {type(query).__name__}")
    if isinstance(query.get("query"), Mapping) and set(query) <= _FIND_PAYLOAD_KEYS:
        given = {"limit": limit, "offset": offset, "select": select}
        twice = sorted(key for key, value in given.items() if key in query and value is not None)
        if twice:
            raise ConfigError(f"{twice} given both in the payload mapping and as arguments")
        limit, offset, select = (query.get(key, given[key]) for key in ("limit", "offset", "select"))
        query = query["query"]
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ConfigError(f"limit must be a non-negative integer, not {limit!r}")
    if offset is not None and (isinstance(offset, bool) or not isinstance(offset, int) or offset < 0):
        raise ConfigError(f"offset must be a non-negative integer, not {offset!r}")
    body: dict[str, Any] = {"query": _jsonable_query(query)}
    if limit is not None:
        body["limit"] = limit
    if offset:
        body["offset"] = offset
    if select is not None:
        fields = _strings("select", select.split() if isinstance(select, str) else select)
        body["select"] = " ".join(fields or ())
    return _model(FindPayload, body, "find request")  # type: ignore[no-any-return]


def _jsonable_query(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _jsonable_query(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable_query(item) for item in value]
    return _json_value(value)


def check_id(value: object, what: str = "run_id") -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{what} must be a non-empty string, not {value!r}")


def check_page(limit: int | None, page_size: int) -> None:
    if not isinstance(page_size, int) or not 1 <= page_size <= 1000:
        raise ConfigError(f"page_size must be between 1 and 1000, not {page_size!r}")
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ConfigError(f"limit must be a non-negative number of runs, not {limit!r}")


# -- wire -> values ------------------------------------------------------------------------------------------------


def _unexpected(response: Response[Any], operation: str, expected: str) -> UnexpectedStatus:
    # The transport raises for every 4xx/5xx, so a missing value means a success status the spec does not list.
    error = UnexpectedStatus(int(response.status_code), response.content)
    error.message = f"{operation}: answered {int(response.status_code)}, which the spec does not document ({expected})"
    error.args = (error.message,)
    return error


def run_from(response: Response[Any], operation: str) -> Run:
    parsed = response.parsed
    if not isinstance(parsed, WireRun | RunCreated):
        raise _unexpected(response, operation, "a run")
    return Run.from_dict(parsed.to_dict())


def runs_from(response: Response[Any], operation: str) -> list[Run]:
    parsed = response.parsed
    if not isinstance(parsed, list):
        raise _unexpected(response, operation, "a list of runs")
    return [Run.from_dict(item.to_dict()) for item in parsed if isinstance(item, WireRun)]


def found_from(response: Response[Any], operation: str) -> list[dict[str, Any]]:
    parsed = response.parsed
    if not isinstance(parsed, list):
        raise _unexpected(response, operation, "a list of runs")
    return [item.to_dict() for item in parsed if isinstance(item, FoundRun)]


def facets_from(response: Response[Any], operation: str) -> RunFacets:
    parsed = response.parsed
    if not isinstance(parsed, WireRunFacets):
        raise _unexpected(response, operation, "facets")
    buckets = {
        name: tuple(
            FacetBucket(
                value=bucket.field_id,
                count=int(bucket.count),
                name=bucket.name if isinstance(bucket.name, str) else None,
            )
            for bucket in items
        )
        for name, items in parsed.additional_properties.items()
    }
    total = parsed.total if parsed.total is not UNSET else None
    return RunFacets(buckets=buckets, total=total if isinstance(total, int) else None)


def options_from(response: Response[Any], operation: str) -> list[FilterOption]:
    parsed = response.parsed
    if not isinstance(parsed, list):
        raise _unexpected(response, operation, "a list of filter options")
    return [
        FilterOption(id=item.id, count=int(item.count), name=item.name if isinstance(item.name, str) else None)
        for item in parsed
        if isinstance(item, WireFilterOption)
    ]


def to_event(sse: ServerSentEvent) -> RunEvent | None:
    """A typed event from one SSE frame; None for frames that carry nothing (keep-alives, unknown names)."""
    if sse.event in CHUNK_EVENTS:
        data = _json_or_text(sse.data)
        if data is None or data == "":
            return None
        return RunChunk(data=data, id=sse.id)
    if sse.event == CLOSE_EVENT:
        payload = _json_or_text(sse.data)
        if not isinstance(payload, dict):
            payload = {} if payload in (None, "") else {"data": payload}
        status = payload.get("status")
        return RunClosed(status=RunStatus(status) if isinstance(status, str) else None, data=payload)
    return None


def _json_or_text(data: str) -> Any:
    if not data:
        return None
    try:
        return json.loads(data)
    except ValueError:
        return data  # a server that sends raw text chunks: keep the text


class StreamResume:
    """Bookkeeping for following a run's stream across broken connections.

    A connection that breaks is reopened with `Last-Event-ID` set to the last chunk received, so no chunk is
    delivered twice; that is only possible while every chunk so far carried an id (or none was received yet).
    `reconnects` bounds consecutive reconnections that bring no new chunk, so a stream that keeps breaking
    after progress still completes, and one that never progresses fails.
    """

    def __init__(self, reconnects: int) -> None:
        if not isinstance(reconnects, int) or reconnects < 0:
            raise ConfigError(f"reconnects must be a non-negative integer, not {reconnects!r}")
        self.budget = reconnects
        self.left = reconnects
        self.last_event_id: str | None = None
        self.delivered = 0
        self._resumable = True
        self._at_connect = 0

    def connected(self) -> None:
        self._at_connect = self.delivered

    def seen(self, chunk: RunChunk) -> None:
        self.delivered += 1
        self.last_event_id = chunk.id
        self._resumable = chunk.id is not None

    def retry_delay(self) -> float | None:
        """Seconds to wait before reconnecting after a break, or None when the error must be raised."""
        if self.delivered > self._at_connect:
            self.left = self.budget  # progress was made: the budget is for breaks in a row
        if self.left <= 0 or not (self._resumable or self.delivered == 0):
            return None
        self.left -= 1
        return 0.1 * (self.budget - self.left)
