"""Pure translation of the runs client: arguments to request bodies, wire JSON to values, SSE frames to events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from runbridge.errors import ConfigError
from runbridge.runs import Run, RunChunk, RunClosed, RunStatus, _wire, default_token_url
from runbridge.streaming import ServerSentEvent


@pytest.mark.parametrize(
    ("base_url", "token_url"),
    [
        ("https://api.vertesia.io/api/v1", "https://sts.vertesia.io/token/issue"),
        ("https://api.eu1.vertesia.io/api/v1", "https://sts.eu1.vertesia.io/token/issue"),
        ("https://api-preview.eu1.vertesia.io/api/v1", "https://sts-preview.eu1.vertesia.io/token/issue"),
        ("http://127.0.0.1:8123", "http://127.0.0.1:8123/token/issue"),
        ("http://localhost:9000/api/v1?x=1", "http://localhost:9000/token/issue"),
    ],
)
def test_default_token_url_derives_the_token_service_host(base_url: str, token_url: str) -> None:
    assert default_token_url(base_url) == token_url


def test_list_filters_accept_one_value_or_several_and_parent_false() -> None:
    filters = _wire.list_filters(status="completed", tag=("a", "b"), parent=False)
    assert filters == {"status": ["completed"], "tag": ["a", "b"], "parent": "false"}
    assert _wire.list_filters(parent="run_1") == {"parent": "run_1"}
    assert _wire.list_filters() == {}


@pytest.mark.parametrize(
    "kwargs",
    [{"status": ""}, {"tag": ["ok", 3]}, {"parent": True}, {"parent": ""}, {"interaction": [""]}],
)
def test_bad_filters_are_config_errors_naming_the_argument(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError) as caught:
        _wire.list_filters(**kwargs)  # type: ignore[arg-type]
    assert next(iter(kwargs)) in str(caught.value)


def test_search_query_merges_keywords_and_serialises_datetimes() -> None:
    start = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    query = _wire.search_query({"status": "failed", "tags": ["x"]}, {"status": "completed", "start": start})
    assert query == {"status": "completed", "tags": ["x"], "start": "2026-01-02T03:04:05+00:00"}
    body = _wire.search_body(query, 20, 10).to_dict()
    assert body["limit"] == 10
    assert body["offset"] == 20
    assert body["query"]["status"] == "completed"


def test_search_query_rejects_unknown_fields() -> None:
    with pytest.raises(ConfigError, match="statuss"):
        _wire.search_query(None, {"statuss": "completed"})


def test_create_body_validates_and_builds_the_payload() -> None:
    body = _wire.create_body("summarize", {"text": "hi"}, {"model": "m"}, True, ["t"]).to_dict()
    assert body == {
        "interaction": "summarize",
        "data": {"text": "hi"},
        "config": {"model": "m"},
        "stream": True,
        "tags": ["t"],
    }
    with pytest.raises(ConfigError, match="interaction"):
        _wire.create_body("", None, None, False, None)
    with pytest.raises(ConfigError, match="data"):
        _wire.create_body("x", ["not", "a", "mapping"], None, False, None)  # type: ignore[arg-type]


def test_facets_body_from_fields_names_and_mappings() -> None:
    default = _wire.facets_body(None, {}).to_dict()
    assert {facet["name"] for facet in default["facets"]} == {
        "environments",
        "interactions",
        "models",
        "statuses",
        "tags",
    }
    listed = _wire.facets_body(["status", "modelId"], {"status": "failed"}).to_dict()
    assert listed["facets"] == [{"name": "statuses", "field": "status"}, {"name": "models", "field": "modelId"}]
    assert listed["query"] == {"status": "failed"}
    named = _wire.facets_body({"by_env": "environment"}, {}).to_dict()
    assert named["facets"] == [{"name": "by_env", "field": "environment"}]
    with pytest.raises(ConfigError, match="colour"):
        _wire.facets_body(["colour"], {})


def test_find_body_accepts_a_select_list_and_datetimes_in_the_query() -> None:
    when = datetime(2026, 5, 1, tzinfo=UTC)
    body = _wire.find_body({"created_at": {"$gt": when}}, 5, None, ["id", "status"]).to_dict()
    assert body == {"query": {"created_at": {"$gt": "2026-05-01T00:00:00+00:00"}}, "limit": 5, "select": "id status"}
    with pytest.raises(ConfigError):
        _wire.find_body("status=completed", None, None, None)  # type: ignore[arg-type]


def test_run_from_dict_is_tolerant_of_shapes_and_new_statuses() -> None:
    run = Run.from_dict(
        {
            "id": "r1",
            "status": "paused",
            "interaction": "int_1",
            "environment": {"id": "env", "name": "Env"},
            "account": {"id": "acc"},
            "modelId": "m",
            "created_at": "2026-04-20T12:00:00.000Z",
            "result": [{"type": "text", "value": "Hello "}, {"type": "json", "value": {"a": 1}}],
            "unknown_field": 1,
        }
    )
    assert run.status == "paused"
    assert not run.finished
    assert run.interaction is not None
    assert run.interaction.id == "int_1"
    assert run.interaction.name is None
    assert run.environment is not None
    assert run.environment.name == "Env"
    assert run.model == "m"
    assert run.created_at == datetime(2026, 4, 20, 12, tzinfo=UTC)
    assert run.text == 'Hello {"a": 1}'
    assert run.raw["unknown_field"] == 1
    assert RunStatus("completed").finished


def test_legacy_results_still_have_text() -> None:
    assert Run.from_dict({"id": "r", "status": "completed", "result": "plain"}).text == "plain"
    assert Run.from_dict({"id": "r", "status": "completed", "result": {"k": "v"}}).text == '{"k": "v"}'
    assert Run.from_dict({"id": "r", "status": "created"}).text == ""


def test_sse_frames_become_typed_events() -> None:
    assert _wire.to_event(ServerSentEvent(data='"Hello"', id="0")) == RunChunk("Hello", "0")
    assert _wire.to_event(ServerSentEvent(event="chunk", data='" world"')) == RunChunk(" world")
    assert _wire.to_event(ServerSentEvent(event="chunk", data="raw text")) == RunChunk("raw text")
    assert _wire.to_event(ServerSentEvent(event="chunk", data='{"k": 1}')) == RunChunk({"k": 1})
    assert _wire.to_event(ServerSentEvent(data='""')) is None  # an empty chunk carries nothing
    assert _wire.to_event(ServerSentEvent(event="ping", data="{}")) is None
    closed = _wire.to_event(ServerSentEvent(event="close", data='{"status": "completed"}'))
    assert closed == RunClosed(RunStatus.COMPLETED, {"status": "completed"})
    assert _wire.to_event(ServerSentEvent(event="close", data="")) == RunClosed(None, {})


def test_chunk_text_serialises_non_text_chunks() -> None:
    assert RunChunk({"a": 1}).text == '{"a": 1}'
    assert RunChunk("é").text == "é"


@pytest.mark.parametrize(("limit", "page_size"), [(-1, 10), (None, 0), (None, 1001), ("5", 10)])
def test_bad_paging_arguments(limit: object, page_size: object) -> None:
    with pytest.raises(ConfigError):
        _wire.check_page(limit, page_size)  # type: ignore[arg-type]


def test_stream_resume_counts_breaks_in_a_row_and_refuses_unsafe_resumes() -> None:
    resume = _wire.StreamResume(2)
    resume.connected()
    assert resume.retry_delay() is not None  # nothing delivered yet: starting over is safe
    resume.connected()
    assert resume.retry_delay() is not None
    resume.connected()
    assert resume.retry_delay() is None  # two breaks in a row without a chunk
    resume = _wire.StreamResume(1)
    for index in range(5):  # progress on every connection renews the budget
        resume.connected()
        resume.seen(RunChunk("x", str(index)))
        assert resume.retry_delay() is not None
        assert resume.last_event_id == str(index)
    resume.connected()
    resume.seen(RunChunk("no id"))
    assert resume.retry_delay() is None  # without an id the server cannot resume: chunks would repeat
    with pytest.raises(ConfigError):
        _wire.StreamResume(-1)
