"""The Runicorn client against the REAL runicorn 0.7.2 viewer, seeded by runicorn's own SDK: every method."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import runbridge.errors
from runbridge import runicorn
from tests.peer.runicorn_viewer import PeerViewer, running_viewer
from tests.processes import free_port

pytestmark = pytest.mark.peer

MISSING = "20990101_000000_ffffff"  # well formed, never seeded


@pytest.fixture(scope="module")
def viewer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PeerViewer]:
    with running_viewer("0.7.2", tmp_path_factory.mktemp("runicorn-072")) as running:
        yield running


@pytest.fixture
def client(viewer: PeerViewer) -> Iterator[runicorn.RunicornClient]:
    with runicorn.connect(viewer.base_url, timeout=30, max_retries=1) as connected:
        yield connected


def test_connect_checks_health_and_reads_the_version(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    assert client.viewer_version == "0.7.2"
    health = client.health_check()
    assert health["status"] == "ok"
    assert Path(health["storage"]) == viewer.storage
    assert client.base_url == viewer.base_url


def test_list_experiments_filters_and_pages(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    ids = viewer.run_ids
    everything = client.list_experiments()
    assert {ids["trial-01"], ids["trial-02"], ids["bert-a"]} <= {e["id"] for e in everything}
    cv = client.list_experiments(project="cv")
    assert {e["id"] for e in cv} == {ids["trial-01"], ids["trial-02"]}
    assert all(e["name"] == "resnet50" and e["path"] == "cv/resnet50/baseline" for e in cv)
    failed = client.list_experiments(status="failed")
    assert [e["id"] for e in failed] == [ids["trial-02"]]
    assert [e["id"] for e in client.list_experiments(name="bert-a")] == [ids["bert-a"]]  # alias matches too
    assert client.list_experiments(project="cv", limit=1, offset=1) == [cv[1]]
    assert client.list_experiments(project="nope") == []


def test_get_experiment(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    run = client.get_experiment(viewer.run_ids["trial-01"])
    assert (run["project"], run["name"], run["status"], run["alias"]) == ("cv", "resnet50", "finished", "trial-01")
    assert run["assets"]["config"]["args"] == {"lr": 0.1, "batch_size": 32}
    assert run["summary"]["best_metric_name"] == "val_acc"
    assert client.get_run(viewer.run_ids["trial-02"])["status"] == "failed"
    with pytest.raises(runicorn.NotFoundError, match="Run not found") as caught:
        client.get_run(MISSING)
    assert isinstance(caught.value, runbridge.errors.NotFoundError)


def test_get_metrics(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    metrics = client.get_metrics(viewer.run_ids["trial-01"])
    assert set(metrics["metrics"]) == {"train_loss", "val_acc"}
    points = metrics["metrics"]["train_loss"]
    assert len(points) == 50
    assert points[0] == {"step": 1, "value": 1.0, "time": points[0]["time"], "stage": "train"}
    only = client.get_metrics(viewer.run_ids["trial-01"], metric_names=["val_acc"], limit=5)
    assert list(only["metrics"]) == ["val_acc"]
    assert [p["step"] for p in only["metrics"]["val_acc"]][0::4] == [1, 50]
    # 300 rows, limit 150: the viewer downsamples, the client guarantees the bound
    downsampled = client.get_metrics(viewer.run_ids["bert-a"], limit=150)
    assert downsampled["total"] == 300
    assert 0 < len(downsampled["metrics"]["acc"]) <= 150
    with pytest.raises(runicorn.UnprocessableEntityError, match="greater than or equal to 100"):
        client.get_metrics_table(viewer.run_ids["bert-a"], downsample=5)


def test_config_and_its_guard(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    config = client.get_config()
    assert Path(config["storage"]) == viewer.storage
    for unsafe in ("", "relative/dir"):
        with pytest.raises(runicorn.UnsafeConfigError):
            client.update_config({"user_root_dir": unsafe})
    assert Path(client.get_config()["storage"]) == viewer.storage  # the live viewer was not re-pointed
    updated = client.update_config({"user_root_dir": str(viewer.storage)})
    assert Path(updated["storage"]) == viewer.storage
    assert client.list_experiments(project="cv")  # still serving the seeded runs


def test_exports(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    run_id = viewer.run_ids["trial-01"]
    document = json.loads(client.export_experiment(run_id, format="json", include_media=True))
    assert document["experiment"]["id"] == run_id
    assert len(document["metrics"]["rows"]) == 50
    assert document["media"] == []
    rows = list(csv.reader(io.StringIO(client.export_experiment(run_id, format="csv").decode())))
    assert rows[0][0] == "global_step"
    assert {"train_loss", "val_acc"} <= set(rows[0])
    assert len(rows) == 51
    archive = zipfile.ZipFile(io.BytesIO(client.export_experiment(run_id, format="zip")))
    assert any(name.endswith("events.jsonl") for name in archive.namelist())
    # Why CSV is built on the client: the viewer's own export has answered 501 in every release.
    with pytest.raises(runicorn.NotImplementedByViewerError, match="Export functionality not available"):
        client.session.get(f"/api/export/{run_id}/csv")
    with pytest.raises(runicorn.NotFoundError):
        client.export_experiment(MISSING, format="csv")


def test_run_mutations(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    victim = viewer.run_ids["victim"]
    assert client.update_run(victim, alias="renamed", tags=["peer", "scratch"]) == {
        "ok": True,
        "alias": "renamed",
        "tags": ["peer", "scratch"],
    }
    listed = {e["id"]: e for e in client.list_experiments()}
    assert listed[victim]["tags"] == ["peer", "scratch"]
    with pytest.raises(runicorn.BadRequestError, match="Invalid run_id format"):
        client.update_run("nope", alias="x")
    with pytest.raises(runicorn.InvalidArgumentError):
        client.get_run("a/b")
    assert client.delete_runs([victim])["deleted_count"] == 1
    assert victim not in {e["id"] for e in client.list_experiments()}
    assert victim in {r["id"] for r in client.list_deleted_runs()}
    assert client.restore_runs([victim])["restored_count"] == 1
    assert victim in {e["id"] for e in client.list_experiments()}
    preview = client.permanently_delete_run(victim, dry_run=True)
    assert preview["success"] is True
    assert victim in {e["id"] for e in client.list_experiments()}
    moved = client.move_runs([victim], "misc/moved")
    assert moved["moved"][0]["new_path"] == "misc/moved"
    assert [e["id"] for e in client.list_runs("misc/moved", exact=True)] == [victim]


def test_paths_projects_and_viewer_status(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    assert {"cv", "nlp"} <= set(client.list_projects())
    assert client.list_names("cv") == ["resnet50"]
    paths = client.list_paths(include_stats=True)
    assert "cv/resnet50/baseline" in paths["paths"]
    assert paths["stats"]["cv"]["failed"] == 1
    assert "resnet50" in client.get_path_tree()["cv"]
    assert {e["id"] for e in client.list_runs("nlp")} == {viewer.run_ids["bert-a"]}
    exported = client.export_path("cv")
    assert exported["total_runs"] == 2
    assert client.create_path("peer/empty")["ok"] is True
    assert client.get_storage_stats()["runs"]["runs_count"] >= 3
    assert "checked" in client.check_status()
    assert client.get_gpu_info()["available"] in (True, False)
    assets = client.get_run_assets(viewer.run_ids["trial-01"])
    assert assets["assets"]["config"]["extra"] == {"optimizer": "sgd"}
    assert client.get_run_images(viewer.run_ids["trial-01"]) == []
    assert "available" in client.get_environment(viewer.run_ids["trial-01"])
    assert isinstance(client.list_storage_candidates(str(viewer.storage.parent))["candidates"], list)


def test_features_missing_from_this_viewer(client: runicorn.RunicornClient) -> None:
    with pytest.raises(runicorn.UnsupportedFeatureError, match=r"0\.7\.2") as caught:
        client.artifacts.list_artifacts(type="model")
    assert caught.value.viewer_version == "0.7.2"
    with pytest.raises(runicorn.UnsupportedFeatureError):
        client.artifacts.get_artifact("resnet-model:v1")
    # The 0.5.x client's paths reach the web UI on a 0.7.x viewer: a clear error, not a JSON decode crash.
    with pytest.raises(runicorn.NotAnAPIResponseError, match="web page"):
        client.session.get("/api/experiments")


def test_remote_calls(client: runicorn.RunicornClient) -> None:
    assert client.remote.list_sessions() == []
    assert client.remote.list_viewer_sessions() == []
    status = client.remote.get_remote_status()
    assert status["connection_count"] == 0
    assert client.remote.disconnect("127.0.0.1", username="nobody") == {"ok": False, "message": "Connection not found"}
    with pytest.raises(runicorn.NotFoundError, match="Session not found"):
        client.remote.stop_viewer("no-such-session")
    with pytest.raises(runicorn.NotFoundError):
        client.remote.get_viewer_status("no-such-session")
    closed = free_port()
    with pytest.raises(runicorn.ServerError, match="Connection failed") as caught:
        client.remote.connect("127.0.0.1", port=closed, username="nobody", password="not-a-real-password")
    assert caught.value.attempts == 1  # the viewer already tried; a POST that may have acted is not resent
    assert "not-a-real-password" not in str(caught.value)
    assert isinstance(caught.value.detail, str)
    with pytest.raises(runicorn.ServerError, match="Remote Viewer"):
        client.remote.start_viewer(f"nobody@127.0.0.1:{closed}", "/data/runicorn")


def test_nothing_listening_is_a_connection_error() -> None:
    with pytest.raises(runicorn.ConnectionError, match="runicorn viewer"):
        runicorn.connect(f"http://127.0.0.1:{free_port()}", max_retries=0)


def test_async_client_against_the_real_viewer(viewer: PeerViewer) -> None:
    ids = viewer.run_ids

    async def main() -> None:
        async with runicorn.AsyncRunicornClient(viewer.base_url, max_retries=1) as client:
            assert client.viewer_version == "0.7.2"
            cv = await client.list_experiments(project="cv", status="finished")
            assert [e["id"] for e in cv] == [ids["trial-01"]]
            assert (await client.get_experiment(ids["bert-a"]))["name"] == "bert"
            assert (await client.get_run(ids["bert-a"]))["alias"] == "bert-a"
            metrics = await client.get_metrics(ids["bert-a"], metric_names=["loss"], limit=10)
            assert len(metrics["metrics"]["loss"]) == 10
            assert Path((await client.get_config())["storage"]) == viewer.storage
            with pytest.raises(runicorn.UnsafeConfigError):
                await client.update_config({"user_root_dir": ""})
            updated = await client.update_config({"user_root_dir": str(viewer.storage)})
            assert Path(updated["storage"]) == viewer.storage
            exported = json.loads(await client.export_experiment(ids["trial-02"]))
            assert exported["experiment"]["status"] == "failed"
            assert (await client.export_experiment(ids["bert-a"], format="csv")).count(b"\n") == 301
            assert (await client.export_experiment(ids["bert-a"], format="zip"))[:2] == b"PK"
            assert "nlp" in await client.list_projects()
            assert (await client.list_paths())["paths"]
            assert (await client.get_storage_stats())["storage_root"]
            with pytest.raises(runicorn.UnsupportedFeatureError):
                await client.artifacts.list_versions("resnet-model")
            assert await client.remote.list_sessions() == []
            with pytest.raises(runicorn.NotFoundError):
                await client.get_run(MISSING)
            with pytest.raises(runicorn.ServerError, match="Connection failed"):
                await client.remote.connect("127.0.0.1", port=free_port(), username="nobody")
            with pytest.raises(runicorn.ServerError, match="Remote Viewer"):
                await client.remote.start_viewer(f"nobody@127.0.0.1:{free_port()}", "/data/runicorn")
            assert await client.remote.list_viewer_sessions() == []
            assert (await client.remote.get_remote_status())["viewer_session_count"] == 0
            with pytest.raises(runicorn.NotFoundError):
                await client.remote.stop_viewer("no-such-session")
        connected = await runicorn.aconnect(viewer.base_url)
        assert connected.viewer_version == "0.7.2"
        await connected.aclose()

    asyncio.run(main())


def test_dataframes_from_real_results(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    pytest.importorskip("pandas")
    from runbridge.runicorn import utils

    frame = utils.experiments_to_dataframe(client.list_experiments(project="cv"))
    assert sorted(frame["alias"]) == ["trial-01", "trial-02"]
    assert str(frame["created_time"].dt.tz) == "UTC"
    metrics = utils.metrics_to_dataframe(client.get_metrics(viewer.run_ids["trial-01"]))
    assert metrics.shape == (50, 2)
    assert metrics.loc[50, "val_acc"] == pytest.approx(1.0)
    table = utils.metrics_to_dataframe(client.get_metrics_table(viewer.run_ids["trial-01"]))
    assert list(table.columns) == ["train_loss", "val_acc"]
