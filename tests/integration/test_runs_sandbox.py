"""The sync runs client against the runs sandbox over loopback: every endpoint, streams and their failures."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from runbridge import transport
from runbridge.errors import NotFoundError, StreamInterruptedError, UnprocessableEntityError
from runbridge.runs import RunChunk, RunClosed, RunFailedError, RunsClient
from tests.integration.runs_sandbox import API_KEY, runs_client, runs_url

__all__ = ["runs_client", "runs_url"]

TEXT = "Marie Curie met Albert Einstein in Brussels — a café conversation, « très bon » 🙂"


def test_list_pages_through_every_run_in_order(runs_client: RunsClient) -> None:
    everything = list(runs_client.runs.list(page_size=1000))
    paged = list(runs_client.runs.list(page_size=7))
    assert len(everything) >= 60
    assert [run.id for run in paged] == [run.id for run in everything]
    updated = [run.updated_at for run in everything]
    assert updated == sorted(updated, reverse=True)  # type: ignore[type-var]
    assert [run.id for run in runs_client.runs.list(limit=10, page_size=3)] == [run.id for run in everything[:10]]
    assert [run.id for run in runs_client.runs.list(offset=5, limit=2)] == [run.id for run in everything[5:7]]


def test_list_filters(runs_client: RunsClient) -> None:
    failed = list(runs_client.runs.list(status="failed"))
    assert failed
    assert {run.status for run in failed} == {"failed"}
    several = list(runs_client.runs.list(status=["failed", "processing"]))
    assert len(several) > len(failed)
    roots = list(runs_client.runs.list(parent=False))
    children = [run for run in runs_client.runs.list() if run.parent]
    assert children
    assert all(run.parent is None for run in roots)
    assert {run.id for run in runs_client.runs.list(parent=children[0].parent)} >= {children[0].id}
    tagged = list(runs_client.runs.list(tag=["eval"], interaction="int_sentiment"))
    assert tagged
    assert all("eval" in run.tags and run.interaction and run.interaction.id == "int_sentiment" for run in tagged)
    assert list(runs_client.runs.list(model="no-such-model")) == []


def test_retrieve_a_run_with_and_without_its_prompt(runs_client: RunsClient) -> None:
    listed = next(iter(runs_client.runs.list(status="completed")))
    run = runs_client.runs.retrieve(listed.id)
    assert run.id == listed.id
    assert run.text
    assert run.raw["prompt"]
    assert run.account is not None
    assert run.account.name == "Acme Research"
    assert "prompt" not in runs_client.runs.retrieve(listed.id, include_prompt=False).raw
    with pytest.raises(NotFoundError) as caught:
        runs_client.runs.retrieve("000000000000000000000000")
    assert caught.value.status_code == 404


def test_create_without_streaming_returns_the_finished_run(runs_client: RunsClient) -> None:
    run = runs_client.runs.create("summarize", {"text": TEXT}, config={"temperature": 0.2}, tags=["it"])
    assert run.status == "completed"
    assert run.text.startswith("Summary — Marie Curie")
    assert run.tags == ("it",)
    assert run.config is not None
    assert run.config["temperature"] == 0.2
    assert run.token_use is not None
    assert run.token_use["total"] > 0
    with pytest.raises(UnprocessableEntityError, match="text"):
        runs_client.runs.create("summarize", {"wrong": 1})
    with pytest.raises(NotFoundError, match="no version tagged"):
        runs_client.runs.create("summarize", {"text": "x"}, tag="nope")


def test_create_then_stream_follows_the_output_to_close(runs_client: RunsClient) -> None:
    run = runs_client.runs.create("translate-fr", {"text": "hello world, thank you for the coffee"}, stream=True)
    assert run.status == "processing"
    with runs_client.runs.stream(run.id) as events:
        received = list(events)
    chunks = [event for event in received if isinstance(event, RunChunk)]
    assert len(chunks) >= 2
    assert received[-1] == RunClosed("completed", {"status": "completed"})  # type: ignore[arg-type]
    assert [chunk.id for chunk in chunks] == [str(index) for index in range(len(chunks))]
    stored = runs_client.runs.retrieve(run.id)
    assert "".join(chunk.text for chunk in chunks) == stored.text == "« bonjour monde, merci vous for le café »"
    # Reconnecting after a chunk resumes after it.
    with runs_client.runs.stream(run.id, last_event_id="0") as resumed:
        assert resumed.text() == "".join(chunk.text for chunk in chunks[1:])


def test_execute_streams_chunks_to_the_callback(runs_client: RunsClient) -> None:
    pieces: list[str] = []
    run = runs_client.runs.execute("summarize", {"text": TEXT}, on_chunk=pieces.append)
    assert len(pieces) >= 2
    assert run.status == "completed"
    assert run.text == "".join(pieces)
    structured = runs_client.runs.execute("classify-sentiment", {"text": "great and fast, thanks"})
    assert structured.result[0]["value"]["label"] == "positive"


def test_execute_of_a_failing_interaction_raises_with_the_run(runs_client: RunsClient) -> None:
    with pytest.raises(RunFailedError, match="provider_error") as caught:
        runs_client.runs.execute("ticket-lookup", {"ticket": "T-1"})
    assert caught.value.run.status == "failed"
    assert runs_client.runs.retrieve(caught.value.run.id).status == "failed"


def test_a_run_still_processing_when_listed_streams_to_completion(runs_client: RunsClient) -> None:
    processing = list(runs_client.runs.list(status="processing", tag="nightly"))
    assert processing
    with runs_client.runs.stream(processing[-1].id) as events:
        assert events.text()
        assert events.closed is not None
        assert events.closed.status == "completed"


def test_a_stream_cut_early_raises_a_clear_error_without_the_token(runs_url: str) -> None:
    with RunsClient(runs_url, api_key=API_KEY, headers={"x-sandbox-cut-after": "1"}) as client:
        run = client.runs.create("summarize", {"text": TEXT}, stream=True)
        with client.runs.stream(run.id) as events:
            assert isinstance(next(events), RunChunk)
            with pytest.raises(StreamInterruptedError) as caught:
                list(events)
        assert client.token_exchange is not None
        assert client.token_exchange.token is not None
        token = client.token_exchange.token.value
    message = str(caught.value)
    assert "without a 'close' event" in message
    assert run.id in message
    assert token not in message
    assert "access_token=[REDACTED]" in message


def test_the_access_token_never_reaches_logs_or_traces(runs_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with RunsClient(runs_url, api_key=API_KEY) as client, transport.capture() as exchanges:
        client.runs.execute("summarize", {"text": TEXT})
        assert client.token_exchange is not None
        assert client.token_exchange.token is not None
        token = client.token_exchange.token.value
    streamed = [exchange for exchange in exchanges if exchange.url.split("?")[0].endswith("/stream")]
    assert streamed
    assert all("access_token=[REDACTED]" in exchange.url for exchange in streamed)
    assert all(token not in exchange.url for exchange in exchanges)
    assert "access_token=[REDACTED]" in caplog.text  # the stream's request line was logged, redacted
    assert token not in caplog.text
    assert API_KEY not in caplog.text


def test_facets_count_runs_per_value(runs_client: RunsClient) -> None:
    total = len(list(runs_client.runs.list(page_size=1000)))
    facets = runs_client.runs.facets()
    assert facets.total == total
    assert sum(bucket.count for bucket in facets["statuses"]) == total
    assert {bucket.value for bucket in facets["environments"]} == {"env_openai", "env_bedrock", "env_vertex"}
    assert all(bucket.name for bucket in facets["interactions"])
    failed = runs_client.runs.facets(["interaction"], status="failed")
    assert failed.total == len(list(runs_client.runs.list(status="failed")))
    assert failed.counts("interactions")["int_ticket_lookup"] >= 1


def test_search_by_fields_text_and_dates(runs_client: RunsClient) -> None:
    found = list(runs_client.runs.search(status="completed", tags=["eval"], page_size=4))
    assert found
    assert all(run.status == "completed" and "eval" in run.tags for run in found)
    text_hits = list(runs_client.runs.search(query="Einstein"))
    assert text_hits
    assert all("Einstein" in str(run.parameters) or "Einstein" in run.text for run in text_hits)
    since = datetime.now(UTC) - timedelta(days=2)
    recent = list(runs_client.runs.search({"start": since}))
    assert recent
    assert all(run.created_at is not None and run.created_at >= since for run in recent)
    assert next(iter(runs_client.runs.search(name="sentiment", limit=3))).interaction.name == "Classify Sentiment"  # type: ignore[union-attr]


def test_find_with_mongo_operators_and_a_projection(runs_client: RunsClient) -> None:
    every = runs_client.runs.find({}, limit=1000)
    assert len(every) == len(list(runs_client.runs.list(page_size=1000)))
    failed = runs_client.runs.find({"status": {"$eq": "failed"}}, select="id status", limit=1000)
    assert failed
    assert all(set(item) == {"id", "status"} and item["status"] == "failed" for item in failed)
    chosen = runs_client.runs.find({"interaction": {"$in": ["int_summarize", "int_translate"]}}, limit=1000)
    assert {item["interaction"]["id"] for item in chosen} == {"int_summarize", "int_translate"}
    heavy = runs_client.runs.find({"$and": [{"token_use.total": {"$gt": 20}}, {"token_use.total": {"$lt": 40}}]})
    assert all(20 < item["token_use"]["total"] < 40 for item in heavy)
    either = runs_client.runs.find({"$or": [{"status": "failed"}, {"tags": "eval"}]}, select=["id", "status", "tags"])
    assert all(item["status"] == "failed" or "eval" in item["tags"] for item in either)
    assert runs_client.runs.find({"parent": {"$exists": True}}, select="parent")
    with pytest.raises(Exception, match="unsupported operator") as caught:
        runs_client.runs.find({"status": {"$where": "1"}})
    assert getattr(caught.value, "status_code", None) == 400


def test_filter_options_list_values_with_counts(runs_client: RunsClient) -> None:
    total = len(list(runs_client.runs.list(page_size=1000)))
    environments = runs_client.runs.filter_options("environment")
    assert sum(option.count for option in environments) == total
    assert [option.count for option in environments] == sorted((option.count for option in environments), reverse=True)
    assert {option.name for option in environments} >= {"OpenAI production", "Vertex AI"}
    statuses = {
        option.id: option.count for option in runs_client.runs.filter_options("status", interaction="int_ticket_lookup")
    }
    assert set(statuses) == {"failed"}


def test_execute_resumes_a_broken_stream_after_the_last_chunk(runs_url: str) -> None:
    # Every connection is cut after two chunks: execute reconnects with Last-Event-ID until `close`.
    with RunsClient(runs_url, api_key=API_KEY, headers={"x-sandbox-cut-after": "2"}) as client:
        pieces: list[str] = []
        run = client.runs.execute("summarize", {"text": TEXT}, on_chunk=pieces.append)
        assert len(pieces) > 4
        assert "".join(pieces) == run.text
        with pytest.raises(StreamInterruptedError):
            client.runs.execute("summarize", {"text": TEXT}, reconnects=0)


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("/runs", {"data": {"text": TEXT}}, "body.interaction: required field is missing"),
        ("/runs", {"interaction": 3}, "body.interaction: expected str, got int"),
        ("/runs", {"interaction": "summarize", "colour": "red"}, "body.colour: unknown field"),
        ("/runs", {"interaction": "summarize", "tags": ["a", 2]}, "body.tags[1]: expected str, got int"),
        ("/runs", {"interaction": "summarize", "config": {"max_tokens": True}}, "body.config.max_tokens: expected"),
        ("/runs", {"interaction": ""}, "body.interaction: must not be empty"),
        ("/runs/facets", {"facets": [{"name": "s", "field": "colour"}]}, "body.facets[0].field: must be one of"),
        ("/runs/facets", {"facets": [{"field": "status"}]}, "body.facets[0].name: required field is missing"),
        ("/runs/facets", {"facets": []}, "body.facets: between 1 and 6 facets"),
        ("/runs/search", {"query": {"is_root": "yes"}}, "body.query.is_root: expected bool, got str"),
        ("/runs/search", {"limit": 0}, "body.limit: must be between 1 and 1000"),
        ("/runs/find", {"query": {}, "select": ["id"]}, "body.select: expected str, got list"),
        ("/runs/find", ["not", "an", "object"], "body: expected an object, got list"),
    ],
)
def test_bodies_the_spec_refuses_are_a_400_naming_the_field(runs_url: str, path: str, body: object, where: str) -> None:
    with httpx.Client(base_url=runs_url) as http:
        token = http.post("/token/issue", headers={"Authorization": f"Bearer {API_KEY}"}).json()["token"]
        answer = http.post(path, json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 400
    assert answer.json()["error"] == "BadRequest"
    assert answer.json()["message"].startswith(where)
