"""The Runicorn client against the sandbox viewer on a loopback port: every documented method, sync and async."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import zipfile
from collections.abc import Iterator

import pytest

from runbridge import runicorn
from runbridge.sandbox.faults import FaultInjection
from runbridge.sandbox.runicorn import create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

FINISHED = "20250124_120000_a1b2c3"  # cv/resnet50/baseline, trial-01, 50 steps
BERT = "20250125_100000_3d4e5f"  # nlp/bert, 40 steps


@pytest.fixture
def viewer_url() -> Iterator[str]:
    settings = SandboxSettings()
    with serve(FaultInjection(create_app(settings), settings)) as url:
        yield url


@pytest.fixture
def client(viewer_url: str) -> Iterator[runicorn.RunicornClient]:
    with runicorn.connect(viewer_url, timeout=10, max_retries=1) as connected:
        yield connected


def test_connect_reads_the_viewer_version(client: runicorn.RunicornClient, viewer_url: str) -> None:
    assert client.viewer_version == "0.7.2-sandbox"
    assert client.base_url == viewer_url
    assert client.timeout == 10
    assert client.health_check()["status"] == "ok"
    assert str(client.session.base_url).rstrip("/") == viewer_url


def test_list_experiments_filters_and_pages(client: runicorn.RunicornClient) -> None:
    everything = client.list_experiments()
    assert len(everything) == 4
    assert {"id", "project", "name", "status", "created_at", "path"} <= set(everything[0])
    assert [e["created_time"] for e in everything] == sorted((e["created_time"] for e in everything), reverse=True)
    cv = client.list_experiments(project="cv")
    assert {e["project"] for e in cv} == {"cv"}
    assert len(cv) == 3
    assert [e["id"] for e in client.list_experiments(project="cv", name="resnet50", status="finished")] == [FINISHED]
    assert client.list_experiments(status="running")[0]["name"] == "vit"
    page1 = client.list_experiments(limit=2, offset=0)
    page2 = client.list_experiments(limit=2, offset=2)
    assert [e["id"] for e in page1 + page2] == [e["id"] for e in everything]


def test_get_experiment_and_get_run(client: runicorn.RunicornClient) -> None:
    run = client.get_experiment(FINISHED)
    assert (run["project"], run["name"], run["status"], run["alias"]) == ("cv", "resnet50", "finished", "trial-01")
    assert run["created_at"].endswith("+00:00")
    assert client.get_run(FINISHED)["summary"]["best_metric_name"] == "val_acc"
    with pytest.raises(runicorn.NotFoundError, match="Run not found"):
        client.get_run("20990101_000000_ffffff")


def test_get_metrics_in_the_documented_shape(client: runicorn.RunicornClient) -> None:
    metrics = client.get_metrics(FINISHED)
    assert set(metrics["metrics"]) == {"train_loss", "val_acc"}
    assert len(metrics["metrics"]["val_acc"]) == 50
    assert metrics["metrics"]["val_acc"][0]["step"] == 1
    selected = client.get_metrics(FINISHED, metric_names=["val_acc"], limit=5)
    assert list(selected["metrics"]) == ["val_acc"]
    assert [p["step"] for p in selected["metrics"]["val_acc"]] == [1, 13, 25, 38, 50]
    table = client.get_metrics_table(FINISHED)
    assert table["total"] == 50
    assert table["columns"][0] == "global_step"


def test_config_read_and_guarded_update(client: runicorn.RunicornClient) -> None:
    config = client.get_config()
    assert config["storage"] == "/sandbox/runicorn"
    with pytest.raises(runicorn.UnsafeConfigError):
        client.update_config({"user_root_dir": ""})
    assert client.get_config()["storage"] == "/sandbox/runicorn"
    updated = client.update_config({"user_root_dir": "/srv/other-root"})
    assert updated["user_root_dir"] == "/srv/other-root"


def test_export_json_csv_zip(client: runicorn.RunicornClient) -> None:
    document = json.loads(client.export_experiment(FINISHED))
    assert document["experiment"]["id"] == FINISHED
    assert len(document["metrics"]["rows"]) == 50
    assert "media" in json.loads(client.export_experiment(FINISHED, include_media=True))
    rows = list(csv.reader(io.StringIO(client.export_experiment(BERT, format="csv").decode())))
    assert rows[0] == ["global_step", "time", "stage", "loss", "perplexity"]
    assert len(rows) == 41
    archive = zipfile.ZipFile(io.BytesIO(client.export_experiment(FINISHED, format="zip")))
    assert any(name.endswith(f"{FINISHED}/events.jsonl") for name in archive.namelist())


def test_alias_tags_soft_delete_and_restore(client: runicorn.RunicornClient) -> None:
    assert client.update_run(BERT, alias="bert-b", tags=["nlp", "baseline"]) == {
        "ok": True,
        "alias": "bert-b",
        "tags": ["nlp", "baseline"],
    }
    assert client.get_run(BERT)["tags"] == ["nlp", "baseline"]
    with pytest.raises(runicorn.BadRequestError, match="Invalid run_id format"):
        client.update_run("not-a-run-id", alias="x")
    assert client.delete_runs([BERT])["deleted_count"] == 1
    assert BERT not in {e["id"] for e in client.list_experiments()}
    assert [r["id"] for r in client.list_deleted_runs()] == [BERT]
    assert client.restore_runs([BERT])["restored_count"] == 1
    assert client.list_deleted_runs() == []
    assert client.permanently_delete_run(BERT, dry_run=True)["success"] is True
    assert BERT in {e["id"] for e in client.list_experiments()}


def test_paths_projects_and_stats(client: runicorn.RunicornClient) -> None:
    assert client.list_projects() == ["cv", "nlp"]
    assert client.list_names("cv") == ["resnet50", "vit"]
    paths = client.list_paths(include_stats=True)
    assert "cv/resnet50/baseline" in paths["paths"]
    assert paths["stats"]["cv"]["total"] == 3
    assert client.get_path_tree()["cv"]["vit"] == {"small": {}}
    assert {e["id"] for e in client.list_runs("nlp")} == {BERT}
    assert client.list_runs("cv", exact=True) == []
    assert client.export_path("nlp")["total_runs"] == 1
    assert client.create_path("sandbox/new") == {"ok": True, "path": "sandbox/new"}
    moved = client.move_runs([BERT], "nlp/bert2")
    assert moved["moved"][0]["new_path"] == "nlp/bert2"
    assert client.get_storage_stats()["runs"]["runs_count"] == 4
    assert client.check_status()["checked"] == 1
    assert client.get_gpu_info()["available"] is False
    assert client.get_run_assets(FINISHED)["assets"]["config"]["args"]["lr"] == 0.1
    assert client.get_environment(FINISHED)["available"] is True
    assert client.get_run_images(FINISHED) == []


def test_artifacts(client: runicorn.RunicornClient) -> None:
    artifacts = client.artifacts.list_artifacts()
    assert {a["name"] for a in artifacts} == {"resnet-model", "toy-data"}
    assert [a["name"] for a in client.artifacts.list_artifacts(type="model")] == ["resnet-model"]
    assert len(client.artifacts.list_artifacts(limit=1, offset=1)) == 1
    artifact = client.artifacts.get_artifact("resnet-model:v1")
    assert (artifact["name"], artifact["version"], artifact["type"]) == ("resnet-model", 1, "model")
    assert client.artifacts.get_artifact("resnet-model:production")["version"] == 1
    assert client.artifacts.get_artifact("resnet-model")["version"] == 2
    versions = client.artifacts.list_versions("resnet-model")
    assert [v["version"] for v in versions] == [2, 1]
    assert client.artifacts.get_artifact_files("resnet-model:v2")["total_files"] == 1
    assert client.artifacts.get_artifact_lineage("resnet-model:v2")["edges"][0]["edge_type"] == "produces"
    assert client.artifacts.get_stats()["total_artifacts"] == 2
    assert len(client.artifacts.list_experiment_artifacts(FINISHED)["created"]) == 3
    with pytest.raises(runicorn.NotFoundError, match="Version not found"):
        client.artifacts.get_artifact("resnet-model:v9")


def test_remote(client: runicorn.RunicornClient) -> None:
    connection = client.remote.connect("gpu01", username="alice", password="hunter2")
    assert connection["connection_id"] == "alice@gpu01:22"
    assert [s["key"] for s in client.remote.list_sessions()] == ["alice@gpu01:22"]
    session = client.remote.start_viewer("alice@gpu01:22", "/data/runicorn", local_port=23555)
    assert session["local_port"] == 23555
    assert session["url"] == "http://localhost:23555"
    assert client.remote.get_viewer_status(session["session_id"])["remote_root"] == "/data/runicorn"
    assert client.remote.list_viewer_sessions()[0]["session_id"] == session["session_id"]
    assert client.remote.get_remote_status()["viewer_session_count"] == 1
    assert client.remote.stop_viewer(session["session_id"])["ok"] is True
    with pytest.raises(runicorn.NotFoundError, match="Session not found"):
        client.remote.stop_viewer(session["session_id"])
    assert client.remote.disconnect("gpu01", username="alice")["ok"] is True
    with pytest.raises(runicorn.ServerError, match="Could not resolve hostname") as caught:
        client.remote.connect("gpu02.unreachable", username="alice", password="hunter2")
    assert caught.value.attempts == 1  # a failed SSH connect is not retried
    assert "hunter2" not in str(caught.value)


def test_unknown_api_path_answers_html_which_becomes_a_clear_error(client: runicorn.RunicornClient) -> None:
    with pytest.raises(runicorn.NotAnAPIResponseError, match="web page"):
        client.session.get("/api/experiments")


def test_faults_are_retried_for_reads(client: runicorn.RunicornClient) -> None:
    # The sandbox answers 503 to this header every time, so the retries are exhausted and reported.
    with pytest.raises(runicorn.ServerError) as caught:
        client.session.get("/api/runs", headers={"x-sandbox-fault": "503"})
    assert caught.value.attempts == 2


def test_nothing_listening_is_a_connection_error() -> None:
    with pytest.raises(runicorn.ConnectionError):
        runicorn.connect("http://127.0.0.1:9", max_retries=0)


def test_async_client_covers_the_same_surface(viewer_url: str) -> None:
    async def main() -> None:
        async with runicorn.AsyncRunicornClient(viewer_url, max_retries=1) as client:
            assert client.viewer_version == "0.7.2-sandbox"
            experiments = await client.list_experiments(project="cv", limit=2)
            assert len(experiments) == 2
            assert (await client.get_experiment(FINISHED))["name"] == "resnet50"
            assert (await client.get_run(FINISHED))["id"] == FINISHED
            metrics = await client.get_metrics(FINISHED, metric_names=["val_acc"], limit=3)
            assert len(metrics["metrics"]["val_acc"]) == 3
            assert (await client.get_config())["storage"] == "/sandbox/runicorn"
            with pytest.raises(runicorn.UnsafeConfigError):
                await client.update_config({"user_root_dir": "relative/dir"})
            assert (await client.export_experiment(BERT, format="csv")).startswith(b"global_step,")
            assert (await client.artifacts.get_artifact("toy-data:v1"))["type"] == "dataset"
            assert [v["version"] for v in await client.artifacts.list_versions("resnet-model")] == [2, 1]
            assert len(await client.artifacts.list_artifacts(type="dataset")) == 1
            session = await client.remote.start_viewer("bob@gpu03", "/data")
            assert session["host"] == "gpu03"
            assert (await client.remote.connect("gpu03", username="bob"))["connected"] is True
            assert await client.list_projects() == ["cv", "nlp"]
            with pytest.raises(runicorn.NotFoundError):
                await client.get_metrics("20990101_000000_ffffff")
        connected = await runicorn.aconnect(viewer_url)
        await connected.aclose()

    asyncio.run(main())


@pytest.mark.parametrize(
    ("fault", "error"),
    [("html", runicorn.NotAnAPIResponseError), ("badjson", runicorn.ResponseError), ("500", runicorn.ServerError)],
)
def test_injected_faults_surface_as_documented_errors(viewer_url: str, fault: str, error: type[Exception]) -> None:
    headers = {"x-sandbox-fault": fault}
    with runicorn.RunicornClient(viewer_url, max_retries=0, headers=headers, check_connection=False) as client:
        with pytest.raises(error):
            client.list_experiments()
        with pytest.raises(error):
            client.get_metrics(FINISHED)


def test_dropped_connections_are_connection_errors(viewer_url: str) -> None:
    headers = {"x-sandbox-fault": "drop"}
    client = runicorn.RunicornClient(viewer_url, max_retries=0, headers=headers, check_connection=False)
    with client, pytest.raises(runicorn.ConnectionError):
        client.get_run(FINISHED)
