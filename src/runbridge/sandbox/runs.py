"""Sandbox runs service: an in-memory server for openapi/runs.yaml, seeded with realistic runs.

    POST /token/issue                   API key (`sk-...`/`pk-...`, as `Authorization: Bearer`) -> JWT lasting
                                        settings.token_ttl seconds; every other route needs a valid JWT (401)
    GET  /runs  POST /runs              list with filters and offset paging; execute an interaction
    GET  /runs/{id}                     one run (`include_prompt=false` drops the prompt)
    GET  /runs/{id}/stream              the run's output as SSE: `id`-numbered chunks, then `event: close`;
                                        the JWT may be the `access_token` query parameter; resumes after
                                        `Last-Event-ID`
    POST /runs/facets|search|find       counts per field value; field/text/date search; MongoDB-style find
    GET  /runs/filter-options/{field}   distinct values of a field with counts

Streaming runs are produced by a background task that appends one chunk every settings.stream_delay_ms, so a
client that connects late replays what it missed and then follows along. Each SSE frame is written in two
pieces cut mid-frame (often mid-line, sometimes inside a multi-byte character or a CRLF), so clients see
awkward read boundaries. Interactions frame their chunks differently, as real servers do: unnamed events,
`event: chunk`, LF or CRLF line ends.

Request bodies are checked by the spec's generated models (sandbox/_http.py: `parse_body`), so a body the spec
refuses is a 400 naming the field; the few bounds the models do not carry are LIMIT_RANGE and FACETS_RANGE,
which tests/unit/test_sandbox_spec.py holds to the spec.

Test knob (like the `x-sandbox-fault` header): `x-sandbox-cut-after: N` on a stream request ends the body
after N chunks without the `close` event, as a server that crashes mid-stream would.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import secrets
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import attrs
from runbridge_generated.runs.models import (
    ComputeRunFacetPayload,
    FindPayload,
    IssueTokenRequest,
    RunCreatePayload,
    RunSearchPayload,
)
from runbridge_generated.runs.types import Unset
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route

from runbridge.sandbox import tokens
from runbridge.sandbox._http import ABSENT, BodyError, iso_time, parse_body, read_json
from runbridge.sandbox.settings import SandboxSettings

M = TypeVar("M")

ACCOUNT = {"id": "acc_5f2b7c", "name": "Acme Research"}
PROJECT = {"id": "prj_91d04e", "name": "Support Copilot"}
ENVIRONMENTS = {
    "env_openai": {"id": "env_openai", "name": "OpenAI production", "provider": "openai"},
    "env_bedrock": {"id": "env_bedrock", "name": "AWS Bedrock eu-west-1", "provider": "bedrock"},
    "env_vertex": {"id": "env_vertex", "name": "Vertex AI", "provider": "vertexai"},
}
MODELS = {
    "env_openai": ["gpt-4o-mini", "gpt-4.1"],
    "env_bedrock": ["anthropic.claude-3-5-sonnet", "meta.llama3-70b-instruct"],
    "env_vertex": ["gemini-1.5-pro"],
}
STATUSES = ("created", "processing", "completed", "failed")
FILTER_FIELDS = {"interaction", "environment", "model", "status", "tag"}
# The bounds the spec sets that the generated models do not check (they parse, they do not police sizes).
LIMIT_RANGE = (1, 1000)  # `limit` of GET /runs and of the search and find bodies
FACETS_RANGE = (1, 6)  # how many facets one request may ask for
CUT_HEADER = "x-sandbox-cut-after"
_TAG = re.compile(r"^[A-Za-z0-9._-]+$")
_LIST_QUERY = frozenset({"interaction", "status", "model", "environment", "tag", "parent", "is_root"})


# -- interactions: small deterministic "models" -----------------------------------------------------------------

_POSITIVE = {"good", "great", "love", "excellent", "happy", "fast", "helpful", "merci", "thanks", "perfect"}
_NEGATIVE = {"bad", "slow", "broken", "hate", "terrible", "angry", "refund", "late", "crash", "worst"}
_FRENCH = {
    "hello": "bonjour",
    "world": "monde",
    "thank": "merci",
    "you": "vous",
    "the": "le",
    "order": "commande",
    "is": "est",
    "late": "en retard",
    "please": "s'il vous plaît",
    "help": "aide",
    "coffee": "café",
    "good": "bon",
    "morning": "matin",
}


def _summarize(data: dict[str, Any]) -> Any:
    words = str(data["text"]).split()
    limit = int(data.get("max_words", 12)) if str(data.get("max_words", "")).isdigit() else 12
    gist = " ".join(words[:limit]) + ("…" if len(words) > limit else "")
    return f"Summary — {gist} ({len(words)} words in the original)."


def _translate(data: dict[str, Any]) -> Any:
    words = re.findall(r"\w+|\W+", str(data["text"]))
    return "« " + "".join(_FRENCH.get(word.lower(), word) for word in words).strip() + " »"


def _sentiment(data: dict[str, Any]) -> Any:
    words = [word.strip(".,!?").lower() for word in str(data["text"]).split()]
    score = sum(word in _POSITIVE for word in words) - sum(word in _NEGATIVE for word in words)
    label = "positive" if score > 0 else "negative" if score < 0 else "neutral"
    return {"label": label, "score": round(max(-1.0, min(1.0, score / 3)), 2), "words": len(words)}


def _entities(data: dict[str, Any]) -> Any:
    found = re.findall(r"\b[A-Z][a-zA-Zéè]+(?:\s[A-Z][a-zA-Zéè]+)*", str(data["text"]))
    return {"entities": [{"text": name, "type": "proper_noun"} for name in dict.fromkeys(found)]}


def _flaky(data: dict[str, Any]) -> Any:
    return f"Looking up ticket {data['ticket']} in the CRM… contacting provider"


@attrs.frozen
class Interaction:
    """A prompt template the sandbox can execute."""

    id: str
    name: str
    endpoint: str
    version: int
    inputs: tuple[str, ...]
    produce: Callable[[dict[str, Any]], Any]
    environment: str
    model: str
    framing: str = "message"  # "message" (unnamed events) or "chunk" (`event: chunk`)
    newline: str = "\n"
    fails: bool = False
    tags: tuple[str, ...] = ("latest",)
    result_schema: dict[str, Any] | None = None

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "endpoint": self.endpoint, "version": self.version}


INTERACTIONS = {
    interaction.id: interaction
    for interaction in (
        Interaction(
            "int_summarize",
            "Summarize Text",
            "summarize",
            3,
            ("text",),
            _summarize,
            "env_openai",
            "gpt-4o-mini",
            tags=("latest", "production"),
        ),
        Interaction(
            "int_translate",
            "Translate to French",
            "translate-fr",
            2,
            ("text",),
            _translate,
            "env_bedrock",
            "anthropic.claude-3-5-sonnet",
            framing="chunk",
            newline="\r\n",
        ),
        Interaction(
            "int_sentiment",
            "Classify Sentiment",
            "classify-sentiment",
            5,
            ("text",),
            _sentiment,
            "env_openai",
            "gpt-4.1",
            framing="chunk",
            tags=("latest", "production", "v5"),
            result_schema={
                "type": "object",
                "properties": {"label": {"type": "string"}, "score": {"type": "number"}, "words": {"type": "integer"}},
                "required": ["label", "score"],
            },
        ),
        Interaction(
            "int_entities",
            "Extract Entities",
            "extract-entities",
            1,
            ("text",),
            _entities,
            "env_vertex",
            "gemini-1.5-pro",
            result_schema={"type": "object", "properties": {"entities": {"type": "array"}}},
        ),
        Interaction(
            "int_ticket_lookup",
            "Ticket Lookup (flaky tool)",
            "ticket-lookup",
            1,
            ("ticket",),
            _flaky,
            "env_bedrock",
            "meta.llama3-70b-instruct",
            fails=True,
        ),
    )
}
_BY_ENDPOINT = {interaction.endpoint: interaction for interaction in INTERACTIONS.values()}

_SAMPLE_TEXTS = (
    "My order is late again and support was slow, I want a refund",
    "Thanks for the quick fix, the new dashboard is great and fast",
    "Hello world, please help me with the coffee order",
    "Marie Curie met Albert Einstein in Brussels at the Solvay Conference",
    "The release notes mention Kubernetes, Grafana and Prometheus upgrades",
    "Good morning, thank you for the excellent help yesterday",
    "Le café est bon — the crash on startup is terrible though",
)


def _result_parts(interaction: Interaction, value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"type": "text", "value": value}]
    return [{"type": "json", "value": value}]


def _output_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _pieces(text: str) -> list[str]:
    """Split output into chunks of a few words, as a model's token stream would arrive."""
    words = re.findall(r"\S+\s*", text)
    size = 3
    return ["".join(words[index : index + size]) for index in range(0, len(words), size)] or [text]


def _error(status: int, message: str, name: str, details: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"message": message, "error": name, "status": status}
    if details is not None:
        body["details"] = details
    headers = {"Retry-After": "1"} if status in (429, 503) else None
    return JSONResponse(body, status_code=status, headers=headers)


class BadInput(Exception):
    """A request the sandbox answers with 400 (or `status`)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# -- the state ------------------------------------------------------------------------------------------------


class RunsState:
    """Runs, their streamed chunks, and the tasks producing them."""

    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings
        self.runs: dict[str, dict[str, Any]] = {}
        self.chunks: dict[str, list[str]] = {}
        self.changed: dict[str, asyncio.Event] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.producing: set[str] = set()
        self._counter = 0
        self._seed()

    def new_id(self) -> str:
        # Shaped like a MongoDB ObjectId: time, then a counter, then randomness.
        self._counter += 1
        return f"{int(time.time()):08x}{self._counter:06x}{secrets.token_hex(5)}"

    def _seed(self) -> None:
        rng = random.Random(20261122)
        now = datetime.now(UTC)
        interactions = list(INTERACTIONS.values())
        roots: list[str] = []
        for index in range(64):
            interaction = interactions[index % len(interactions)]
            environment = rng.choice([interaction.environment, interaction.environment, *ENVIRONMENTS])
            model = rng.choice(MODELS[environment])
            created = now - timedelta(hours=6 * (64 - index), minutes=rng.randint(0, 59))
            inputs = {"text": rng.choice(_SAMPLE_TEXTS)} if "text" in interaction.inputs else {"ticket": "T-4512"}
            status = "failed" if interaction.fails else rng.choice(["completed"] * 9 + ["failed"])
            tags = rng.sample(["nightly", "eval", "customer-a", "customer-b", "regression"], k=rng.randint(0, 2))
            parent = rng.choice(roots) if roots and index % 7 == 3 else None
            run = self._build(interaction, inputs, environment, model, tags, created, parent=parent)
            self._finish(run, interaction, inputs, status, finished=created + timedelta(seconds=rng.uniform(0.4, 9)))
            if parent is None:
                roots.append(run["id"])
        for index in range(2):  # runs that are still going
            interaction = interactions[index]
            inputs = {"text": _SAMPLE_TEXTS[index]}
            created = now - timedelta(seconds=30 + index)
            run = self._build(
                interaction, inputs, interaction.environment, interaction.model, ["nightly"], created, parent=None
            )
            run["status"] = "processing"

    def _build(
        self,
        interaction: Interaction,
        inputs: dict[str, Any],
        environment: str,
        model: str,
        tags: list[str],
        created: datetime,
        *,
        parent: str | None,
        source_label: str = "nightly-eval",
        principal: str = "apikey:sk-…a91f",
    ) -> dict[str, Any]:
        run_id = self.new_id()
        stamp = iso_time(created, millis=True)
        run: dict[str, Any] = {
            "id": run_id,
            "status": "created",
            "interaction": interaction.ref(),
            "environment": dict(ENVIRONMENTS[environment]),
            "modelId": model,
            "tags": list(tags),
            "created_at": stamp,
            "updated_at": stamp,
            "account": dict(ACCOUNT),
            "project": dict(PROJECT),
            "parameters": dict(inputs),
            "prompt": f"You are a careful assistant. Task: {interaction.name}.\nInput: {json.dumps(inputs)}",
            "ttl": 7776000,
            "config": {"environment": environment, "model": model},
            "source": {
                "type": "api",
                "label": source_label,
                "principal_type": "apikey",
                "principal_id": principal,
                "client_ip": "127.0.0.1",
            },
            "created_by": principal,
            "updated_by": principal,
        }
        if interaction.result_schema is not None:
            run["result_schema"] = interaction.result_schema
        if parent is not None:
            run["parent"] = parent
        self.runs[run_id] = run
        self.chunks[run_id] = []
        return run

    def _finish(
        self, run: dict[str, Any], interaction: Interaction, inputs: dict[str, Any], status: str, finished: datetime
    ) -> None:
        value = interaction.produce(inputs)
        text = _output_text(value)
        pieces = _pieces(text)
        prompt_tokens = len(str(run.get("prompt", "")).split()) * 4 // 3
        if status == "failed":
            pieces = pieces[:2]
            run["error"] = {
                "code": "provider_error",
                "message": "the model provider closed the connection (502 from upstream)",
                "retryable": True,
            }
            run["finish_reason"] = "error"
        else:
            run["result"] = _result_parts(interaction, value)
            run["finish_reason"] = "stop"
        self.chunks[run["id"]] = pieces
        run["status"] = status
        run["chunks"] = len(pieces)
        result_tokens = sum(len(piece.split()) for piece in pieces) * 4 // 3
        run["token_use"] = {"prompt": prompt_tokens, "result": result_tokens, "total": prompt_tokens + result_tokens}
        created = datetime.fromisoformat(run["created_at"])
        run["execution_time"] = round(max((finished - created).total_seconds(), 0.001) * 1000, 1)
        run["updated_at"] = iso_time(finished, millis=True)

    def create(self, payload: RunCreatePayload, tag: str | None, claims: dict[str, Any]) -> dict[str, Any]:
        if not payload.interaction:
            raise BadInput("body.interaction: must not be empty")
        interaction = INTERACTIONS.get(payload.interaction) or _BY_ENDPOINT.get(payload.interaction)
        if interaction is None:
            raise BadInput(f"interaction {payload.interaction!r} not found", 404)
        if tag is not None and tag not in interaction.tags:
            raise BadInput(f"interaction {interaction.endpoint!r} has no version tagged {tag!r}", 404)
        data = payload.data.to_dict() if payload.data else {}
        config = payload.config.to_dict() if payload.config else {}
        tags = list(payload.tags or [])
        missing = [name for name in interaction.inputs if not isinstance(data.get(name), str | int | float)]
        if missing:
            raise BadInput(f"input {missing[0]!r} is required by {interaction.endpoint!r}", 422)
        environment = config.get("environment", interaction.environment)
        if environment not in ENVIRONMENTS:
            raise BadInput(f"environment {environment!r} not found", 404)
        model = config.get("model") or (
            interaction.model if environment == interaction.environment else MODELS[environment][0]
        )
        principal = f"apikey:{str(claims.get('sub', 'anonymous'))[-12:]}"
        run = self._build(
            interaction,
            dict(data),
            environment,
            model,
            tags,
            datetime.now(UTC),
            parent=None,
            source_label="runbridge",
            principal=principal,
        )
        run["config"] = {**config, "environment": environment, "model": model}
        status = "failed" if interaction.fails else "completed"
        if not payload.stream:
            self._finish(run, interaction, run["parameters"], status, datetime.now(UTC))
            return run
        run["status"] = "processing"
        self.start_producer(run["id"])
        return dict(run)

    def start_producer(self, run_id: str) -> None:
        """Produce a processing run's output in the background (once; seeded runs start when first followed)."""
        run = self.runs[run_id]
        if run["status"] != "processing" or run_id in self.producing:
            return
        self.producing.add(run_id)
        interaction = INTERACTIONS[run["interaction"]["id"]]
        status = "failed" if interaction.fails else "completed"
        self.changed.setdefault(run_id, asyncio.Event())
        task = asyncio.get_running_loop().create_task(self._produce(run, interaction, status))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _produce(self, run: dict[str, Any], interaction: Interaction, status: str) -> None:
        """Append the output chunk by chunk at the configured pace, then store the final state."""
        value = interaction.produce(run["parameters"])
        pieces = _pieces(_output_text(value))
        if status == "failed":
            pieces = pieces[:2]
        delay = self.settings.stream_delay_ms / 1000
        for piece in pieces:
            await asyncio.sleep(delay)
            self.chunks[run["id"]].append(piece)
            run["updated_at"] = iso_time(millis=True)
            self._notify(run["id"])
        self._finish(run, interaction, run["parameters"], status, datetime.now(UTC))
        self._notify(run["id"])

    def _notify(self, run_id: str) -> None:
        event = self.changed.get(run_id)
        if event is not None:
            event.set()

    async def follow(self, run_id: str, start: int, cut_after: int | None) -> AsyncIterator[bytes]:
        """The run's SSE body: the chunks from `start`, as they come, then `close`."""
        run = self.runs[run_id]
        interaction = INTERACTIONS[run["interaction"]["id"]]
        newline = interaction.newline
        index, sent = start, 0
        while True:
            chunks = self.chunks[run_id]
            while index < len(chunks):
                if cut_after is not None and sent >= cut_after:
                    return  # the knob: end the body without `close`
                lines = [f"id: {index}"]
                if interaction.framing == "chunk":
                    lines.append("event: chunk")
                lines.append(f"data: {json.dumps(chunks[index], ensure_ascii=False)}")
                for piece in _split(newline.join(lines) + newline + newline):
                    yield piece
                index += 1
                sent += 1
            if run["status"] in ("completed", "failed"):
                close: dict[str, Any] = {"status": run["status"]}
                if "error" in run:
                    close["error"] = run["error"]
                for piece in _split(f"event: close{newline}data: {json.dumps(close)}{newline}{newline}"):
                    yield piece
                return
            event = self.changed.setdefault(run_id, asyncio.Event())
            event.clear()
            try:
                await asyncio.wait_for(event.wait(), timeout=15)
            except TimeoutError:
                yield b": keep-alive\n\n"


def _split(frame: str) -> list[bytes]:
    """One frame as two writes cut in the middle of its bytes (mid-line, mid-CRLF or mid-character)."""
    data = frame.encode()
    cut = max(1, len(data) // 2 + (len(data) % 3) - 1)
    return [data[:cut], data[cut:]]


# -- queries --------------------------------------------------------------------------------------------------


def _ref_id(value: Any) -> Any:
    return value.get("id") if isinstance(value, dict) else value


def _field(run: dict[str, Any], name: str) -> Any:
    """The value a filter or facet compares: ids for expanded references."""
    if name in ("interaction", "environment", "account", "project"):
        return _ref_id(run.get(name))
    if name == "model":
        return run.get("modelId")
    if name == "tag":
        return run.get("tags", [])
    return run.get(name)


def _display_name(run: dict[str, Any], name: str) -> str | None:
    value = run.get(name)
    return value.get("name") if isinstance(value, dict) else None


def _matches_list_filters(run: dict[str, Any], filters: dict[str, list[str]], parent: str | None) -> bool:
    for name, wanted in filters.items():
        value = _field(run, name)
        values = value if isinstance(value, list) else [value]
        if name == "interaction":
            values = [*values, run["interaction"].get("endpoint")]
        if not any(item in wanted for item in values):
            return False
    if parent == "false":
        return "parent" not in run
    if parent is not None:
        return run.get("parent") == parent
    return True


def _sorted(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(runs, key=lambda run: (run["updated_at"], run["id"]), reverse=True)


def _matches_search(run: dict[str, Any], query: dict[str, Any]) -> bool:
    for key, wanted in query.items():
        if key == "name":
            if str(wanted).lower() not in str(run["interaction"].get("name", "")).lower():
                return False
        elif key in ("status", "interaction", "environment", "model"):
            value = _field(run, key)
            if key == "interaction" and wanted == run["interaction"].get("endpoint"):
                continue
            if value != wanted:
                return False
        elif key == "tags":
            if wanted and not set(wanted) & set(run.get("tags", [])):
                return False
        elif key == "query":
            haystack = json.dumps([run.get("parameters"), run.get("result")], ensure_ascii=False).lower()
            if str(wanted).lower() not in haystack:
                return False
        elif key == "parent":
            if wanted and run.get("parent") not in wanted:
                return False
        elif key == "is_root":
            if bool(wanted) != ("parent" not in run):
                return False
        elif key == "object":
            if run.get("parameters", {}).get("object") != wanted:
                return False
        elif key == "start":
            if run["created_at"] < _normal_time(wanted):
                return False
        elif key == "end" and run["created_at"] >= _normal_time(wanted):
            return False
    return True


def _normal_time(value: Any) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise BadInput(f"not an ISO date-time: {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return iso_time(moment, millis=True)


# MongoDB-style matching over the run documents.

_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "$gt": lambda a, b: a > b,
    "$gte": lambda a, b: a >= b,
    "$lt": lambda a, b: a < b,
    "$lte": lambda a, b: a <= b,
}


def _path(document: Any, path: str) -> tuple[bool, Any]:
    current = document
    for part in path.split("."):
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return False, None
    return True, current


def _candidates(value: Any, reference: bool) -> list[Any]:
    """The values an operand is compared with: array elements too, and an expanded reference's id."""
    values = [value]
    if isinstance(value, list):
        values += value
    if reference and isinstance(value, dict) and "id" in value:
        values.append(value["id"])
    return values


def _comparable(a: Any, b: Any) -> bool:
    numbers = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    return (isinstance(a, numbers) and isinstance(b, numbers)) or (isinstance(a, str) and isinstance(b, str))


def _match_condition(present: bool, value: Any, condition: Any, reference: bool) -> bool:
    if not (isinstance(condition, dict) and condition and all(str(key).startswith("$") for key in condition)):
        return present and condition in _candidates(value, reference)
    for operator, operand in condition.items():
        candidates = _candidates(value, reference) if present else []
        if operator == "$eq":
            ok = operand in candidates
        elif operator == "$ne":
            ok = operand not in candidates
        elif operator in ("$in", "$nin"):
            if not isinstance(operand, list):
                raise BadInput(f"{operator} needs an array")
            found = any(item in candidates for item in operand)
            ok = found if operator == "$in" else not found
        elif operator in _COMPARISONS:
            ok = any(_comparable(item, operand) and _COMPARISONS[operator](item, operand) for item in candidates)
        elif operator == "$exists":
            ok = present == bool(operand)
        elif operator == "$regex":
            if not isinstance(operand, str):
                raise BadInput("$regex needs a string")
            try:
                pattern = re.compile(operand, re.IGNORECASE if "i" in str(condition.get("$options", "")) else 0)
            except re.error as exc:
                raise BadInput(f"invalid $regex: {exc}") from exc
            ok = any(isinstance(item, str) and pattern.search(item) for item in candidates)
        elif operator == "$options":
            ok = True
        else:
            raise BadInput(f"unsupported operator {operator}")
        if not ok:
            return False
    return True


def mongo_match(document: dict[str, Any], query: Any) -> bool:
    """Does `document` satisfy the MongoDB-style `query`?"""
    if not isinstance(query, dict):
        raise BadInput("a query must be an object")
    for key, condition in query.items():
        if key in ("$and", "$or", "$nor"):
            if not isinstance(condition, list) or not condition:
                raise BadInput(f"{key} needs a non-empty array of queries")
            results = [mongo_match(document, sub) for sub in condition]
            ok = all(results) if key == "$and" else any(results) if key == "$or" else not any(results)
        elif key.startswith("$"):
            raise BadInput(f"unsupported operator {key}")
        else:
            present, value = _path(document, key)
            ok = _match_condition(present, value, condition, reference=key in ("interaction", "environment"))
        if not ok:
            return False
    return True


def _project(run: dict[str, Any], select: str | None) -> dict[str, Any]:
    if not select:
        return run
    fields = [name for name in select.replace(",", " ").split() if name]
    exclude = {name[1:] for name in fields if name.startswith("-")}
    include = [name for name in fields if not name.startswith("-")]
    if include:
        return {name: run[name] for name in include if name in run}
    return {name: value for name, value in run.items() if name not in exclude}


# -- the app --------------------------------------------------------------------------------------------------


def _int_param(request: Request, name: str, default: int, low: int, high: int | None) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise BadInput(f"'{name}' must be an integer, not {raw!r}") from exc
    if value < low or (high is not None and value > high):
        raise BadInput(f"'{name}' must be between {low} and {high if high is not None else 'any'}")
    return value


def _list_filters(request: Request) -> tuple[dict[str, list[str]], str | None]:
    filters = {name: request.query_params.getlist(name) for name in sorted(FILTER_FIELDS)}
    filters = {name: values for name, values in filters.items() if values}
    parent = request.query_params.get("parent")
    if parent == "":
        raise BadInput("'parent' must be a run id or false")
    is_root = request.query_params.get("is_root")
    if is_root is not None:
        if is_root not in ("true", "false"):
            raise BadInput("'is_root' must be true or false")
        if is_root == "true":
            parent = "false"
    return filters, parent


async def _payload(request: Request, model: type[M], *, required: bool = True) -> M | None:
    """The body as the spec's request `model`; None when an optional body was not sent."""
    body = await read_json(request)
    if body is ABSENT:
        if required:
            raise BadInput("a JSON body is required")
        return None
    return parse_body(model, body)


def _page_bounds(limit: int | Unset, offset: int | Unset) -> tuple[int, int]:
    """A body's `limit` and `offset` (defaults 100 and 0), refused outside the spec's bounds."""
    limit, offset = 100 if isinstance(limit, Unset) else limit, offset or 0
    if not LIMIT_RANGE[0] <= limit <= LIMIT_RANGE[1]:
        raise BadInput(f"body.limit: must be between {LIMIT_RANGE[0]} and {LIMIT_RANGE[1]}")
    if offset < 0:
        raise BadInput("body.offset: must not be negative")
    return limit, offset


def create_app(settings: SandboxSettings) -> Starlette:
    """The sandbox runs service, with fresh seeded state."""
    state = RunsState(settings)

    def authorize(request: Request, *, allow_query: bool = False) -> dict[str, Any]:
        now = settings.clock()
        claims = tokens.bearer(request.headers.get("authorization"), now=now)
        if claims is None and allow_query and "access_token" in request.query_params:
            claims = tokens.verify(request.query_params["access_token"], now=now)
        if claims is None:
            raise BadInput("missing, invalid or expired token", 401)
        return claims

    def handler(function: Callable[[Request], Any], **query: frozenset[str]) -> Callable[[Request], Any]:
        """Wrap a route: bad input becomes a JSON error; query parameters the spec does not list are refused
        (keyed by HTTP method), as the real service does under its strict request contract."""

        async def endpoint(request: Request) -> Response:
            try:
                unknown = sorted(set(request.query_params) - query.get(request.method, frozenset()))
                if unknown:
                    raise BadInput(f"unknown query parameter(s) {unknown}")
                result: Response = await function(request)
            except BadInput as exc:
                names = {400: "BadRequest", 401: "Unauthorized", 404: "NotFound", 422: "UnprocessableEntity"}
                return _error(exc.status, exc.message, names.get(exc.status, "Error"))
            except BodyError as exc:
                return _error(400, str(exc), "BadRequest")
            return result

        return endpoint

    async def issue_token(request: Request) -> Response:
        header = request.headers.get("authorization", "")
        key = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if not key.startswith(("sk-", "pk-")) or len(key) < 6:
            raise BadInput("an API key (sk-... or pk-...) is required as the bearer credential", 401)
        await _payload(request, IssueTokenRequest, required=False)
        subject = "apikey:" + key[:3] + key[-4:]
        token = tokens.issue(
            subject,
            settings.token_ttl,
            now=settings.clock(),
            account=ACCOUNT["id"],
            project=PROJECT["id"],
            type="apikey",
        )
        return JSONResponse({"token": token, "token_type": "Bearer", "expires_in": settings.token_ttl})

    async def list_runs(request: Request) -> Response:
        authorize(request)
        limit = _int_param(request, "limit", 100, *LIMIT_RANGE)
        offset = _int_param(request, "offset", 0, 0, None)
        filters, parent = _list_filters(request)
        runs = [run for run in state.runs.values() if _matches_list_filters(run, filters, parent)]
        return JSONResponse(_sorted(runs)[offset : offset + limit])

    async def create_run(request: Request) -> Response:
        claims = authorize(request)
        payload = await _payload(request, RunCreatePayload)
        tag = request.headers.get("x-interaction-tag")
        if tag is not None and not _TAG.match(tag):
            raise BadInput("x-interaction-tag must be letters, digits, '.', '_' or '-'")
        assert payload is not None  # a required body
        return JSONResponse(state.create(payload, tag, claims))

    async def get_run(request: Request) -> Response:
        authorize(request)
        run = state.runs.get(request.path_params["id"])
        if run is None:
            raise BadInput(f"run {request.path_params['id']!r} not found", 404)
        include = request.query_params.get("include_prompt", "true")
        if include not in ("true", "false"):
            raise BadInput("'include_prompt' must be true or false")
        return JSONResponse(run if include == "true" else {k: v for k, v in run.items() if k != "prompt"})

    async def stream_run(request: Request) -> Response:
        authorize(request, allow_query=True)
        run_id = request.path_params["id"]
        if run_id not in state.runs:
            raise BadInput(f"run {run_id!r} not found", 404)
        last = request.headers.get("last-event-id")
        if last is not None and not (last.isascii() and last.isdigit()):
            raise BadInput("Last-Event-ID must be a chunk number")
        start = int(last) + 1 if last is not None else 0
        cut = request.headers.get(CUT_HEADER)
        cut_after = int(cut) if cut is not None and cut.isdigit() else None
        state.start_producer(run_id)
        return StreamingResponse(
            state.follow(run_id, start, cut_after),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def runs_collection(request: Request) -> Response:
        return await (create_run(request) if request.method == "POST" else list_runs(request))

    async def facets(request: Request) -> Response:
        authorize(request)
        payload = await _payload(request, ComputeRunFacetPayload)
        assert payload is not None  # a required body
        if not FACETS_RANGE[0] <= len(payload.facets) <= FACETS_RANGE[1]:
            raise BadInput(
                f"body.facets: between {FACETS_RANGE[0]} and {FACETS_RANGE[1]} facets, not {len(payload.facets)}"
            )
        for index, spec in enumerate(payload.facets):
            if not spec.name:
                raise BadInput(f"body.facets[{index}].name: must not be empty")
        query = payload.query.to_dict() if payload.query else {}
        runs = [run for run in state.runs.values() if _matches_search(run, query)]
        answer: dict[str, Any] = {"total": len(runs)}
        for spec in payload.facets:
            counts: Counter[Any] = Counter()
            names: dict[Any, str | None] = {}
            for run in runs:
                value = _field(run, spec.field)
                for item in value if isinstance(value, list) else [value]:
                    counts[item] += 1
                    names.setdefault(item, _display_name(run, spec.field))
            buckets = []
            for value, count in sorted(counts.items(), key=lambda pair: (-pair[1], str(pair[0]))):
                bucket: dict[str, Any] = {"_id": value, "count": count}
                if names.get(value):
                    bucket["name"] = names[value]
                buckets.append(bucket)
            answer[spec.name] = buckets
        return JSONResponse(answer)

    async def search(request: Request) -> Response:
        authorize(request)
        payload = await _payload(request, RunSearchPayload)
        assert payload is not None  # a required body
        limit, offset = _page_bounds(payload.limit, payload.offset)
        query = payload.query.to_dict() if payload.query else {}
        runs = [run for run in state.runs.values() if _matches_search(run, query)]
        return JSONResponse(_sorted(runs)[offset : offset + limit])

    async def find(request: Request) -> Response:
        authorize(request)
        payload = await _payload(request, FindPayload)
        assert payload is not None  # a required body
        limit, offset = _page_bounds(payload.limit, payload.offset)
        query = payload.query.to_dict()
        runs = [run for run in _sorted(list(state.runs.values())) if mongo_match(run, query)]
        return JSONResponse([_project(run, payload.select or None) for run in runs[offset : offset + limit]])

    async def filter_options(request: Request) -> Response:
        authorize(request)
        field = request.path_params["field"]
        aliases = {"tags": "tag", "modelId": "model"}
        field = aliases.get(field, field)
        if field not in FILTER_FIELDS:
            raise BadInput(f"no filter options for {field!r}; fields: {sorted(FILTER_FIELDS)}")
        filters, parent = _list_filters(request)
        filters.pop(field, None)  # the options of a field ignore that field's own filter
        counts: Counter[str] = Counter()
        names: dict[str, str] = {}
        for run in state.runs.values():
            if not _matches_list_filters(run, filters, parent):
                continue
            value = _field(run, field)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    counts[item] += 1
                    names.setdefault(item, _display_name(run, field) or item)
        options = [
            {"id": value, "name": names[value], "count": count}
            for value, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
        ]
        return JSONResponse(options)

    routes = [
        Route("/token/issue", handler(issue_token), methods=["POST"]),
        # One route per path, so a 405 lists every method the path has in its Allow header.
        Route("/runs", handler(runs_collection, GET=_LIST_QUERY | {"limit", "offset"}), methods=["GET", "POST"]),
        Route("/runs/facets", handler(facets), methods=["POST"]),
        Route("/runs/search", handler(search), methods=["POST"]),
        Route("/runs/find", handler(find), methods=["POST"]),
        Route("/runs/filter-options/{field}", handler(filter_options, GET=_LIST_QUERY), methods=["GET"]),
        Route("/runs/{id}", handler(get_run, GET=frozenset({"include_prompt"})), methods=["GET"]),
        Route("/runs/{id}/stream", handler(stream_run, GET=frozenset({"access_token"})), methods=["GET"]),
    ]
    # The hosted service serves its API under /api/v1; so does the sandbox, and at its root as before.
    app = Starlette(routes=[*routes, Mount("/api/v1", routes=routes)])
    app.state.runs = state
    return app
