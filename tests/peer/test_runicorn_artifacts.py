"""`client.artifacts` (and the core reads) against the REAL runicorn 0.5.3 viewer, the last one with artifacts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from runbridge import runicorn
from tests.peer.runicorn_viewer import PeerViewer, running_viewer

pytestmark = pytest.mark.peer


@pytest.fixture(scope="module")
def viewer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PeerViewer]:
    with running_viewer("0.5.3", tmp_path_factory.mktemp("runicorn-053")) as running:
        yield running


@pytest.fixture
def client(viewer: PeerViewer) -> Iterator[runicorn.RunicornClient]:
    # The documented 0.5.x client's connect() always failed here (it waited for status "healthy").
    with runicorn.connect(viewer.base_url, max_retries=1) as connected:
        yield connected


def test_core_reads_on_the_old_layout(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    run_id = viewer.run_ids["run"]
    experiments = client.list_experiments(project="vision")
    assert [(e["id"], e["project"], e["name"]) for e in experiments] == [(run_id, "vision", "resnet50")]
    assert client.get_experiment(run_id)["status"] == "finished"
    metrics = client.get_metrics(run_id, metric_names=["acc", "loss"])
    assert [p["value"] for p in metrics["metrics"]["loss"]][:2] == [1.0, 0.5]
    assert len(metrics["metrics"]["acc"]) == 10
    assert client.export_experiment(run_id, format="csv").startswith(b"global_step,")


def test_features_this_old_viewer_lacks(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    run_id = viewer.run_ids["run"]
    for call in (
        lambda: client.list_paths(),
        lambda: client.get_run_assets(run_id),
        lambda: client.update_run(run_id, alias="renamed"),
        lambda: client.export_experiment(run_id, format="zip"),
        lambda: client.get_storage_stats(),
    ):
        with pytest.raises(runicorn.UnsupportedFeatureError, match=r"0\.5"):
            call()
    assert client.list_projects() == ["vision"]  # what 0.5.x offers instead of paths


def test_list_artifacts(client: runicorn.RunicornClient) -> None:
    artifacts = client.artifacts.list_artifacts()
    assert {(a["name"], a["type"]) for a in artifacts} == {("resnet-model", "model"), ("toy-data", "dataset")}
    models = client.artifacts.list_artifacts(type="model")
    assert [(m["name"], m["num_versions"], m["latest_version"]) for m in models] == [("resnet-model", 2, 2)]
    assert len(client.artifacts.list_artifacts(limit=1)) == 1
    assert client.artifacts.list_artifacts(limit=5, offset=2) == []


def test_get_artifact_by_version_alias_and_latest(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    first = client.artifacts.get_artifact("resnet-model:v1")
    assert (first["name"], first["version"], first["type"]) == ("resnet-model", 1, "model")
    assert first["metadata"] == {"acc": 0.95}
    assert first["created_by_run"] == viewer.run_ids["run"]
    assert first["size_bytes"] > 0
    assert client.artifacts.get_artifact("resnet-model:2")["metadata"] == {"acc": 0.97}
    assert client.artifacts.get_artifact("resnet-model:latest")["version"] == 2
    assert client.artifacts.get_artifact("resnet-model")["version"] == 2
    assert client.artifacts.get_artifact("toy-data:v1", type="dataset")["type"] == "dataset"
    with pytest.raises(runicorn.NotFoundError, match="Version not found"):
        client.artifacts.get_artifact("resnet-model:v9")
    with pytest.raises(runicorn.NotFoundError, match="Artifact not found"):
        client.artifacts.get_artifact("no-such-model:v1")
    with pytest.raises(runicorn.InvalidArgumentError, match="no alias"):
        client.artifacts.get_artifact("resnet-model:production")


def test_versions_files_lineage_and_stats(client: runicorn.RunicornClient, viewer: PeerViewer) -> None:
    versions = client.artifacts.list_versions("resnet-model")
    assert [v["version"] for v in versions] == [2, 1]  # newest first: versions[0] is the latest
    assert versions[0]["status"] == "ready"
    with pytest.raises(runicorn.NotFoundError):
        client.artifacts.list_versions("resnet-model", type="dataset")
    files = client.artifacts.get_artifact_files("resnet-model:v1")
    assert files["artifact"] == "resnet-model:v1"
    assert [f["path"] for f in files["files"]] == ["model.bin"]
    lineage = client.artifacts.get_artifact_lineage("resnet-model:v1")
    assert lineage["root_artifact"] == "resnet-model:v1"
    assert {node["node_id"] for node in lineage["nodes"]} >= {"resnet-model:v1", f"run:{viewer.run_ids['run']}"}
    stats = client.artifacts.get_stats()
    assert stats["total_artifacts"] == 2
    assert stats["total_versions"] == 3
    produced = client.artifacts.list_experiment_artifacts(viewer.run_ids["run"])
    assert sorted((a["name"], a["version"]) for a in produced["created"]) == [
        ("resnet-model", 1),
        ("resnet-model", 2),
        ("toy-data", 1),
    ]


def test_async_artifacts(viewer: PeerViewer) -> None:
    async def main() -> None:
        async with runicorn.AsyncRunicornClient(viewer.base_url) as client:
            assert [a["name"] for a in await client.artifacts.list_artifacts(type="dataset")] == ["toy-data"]
            assert (await client.artifacts.get_artifact("resnet-model:v1"))["version"] == 1
            assert [v["version"] for v in await client.artifacts.list_versions("resnet-model")] == [2, 1]
            assert (await client.artifacts.get_artifact_files("toy-data"))["total_files"] == 1
            assert (await client.artifacts.get_artifact_lineage("toy-data:v1"))["edges"]
            assert (await client.artifacts.get_stats())["total_versions"] == 3
            created = (await client.artifacts.list_experiment_artifacts(viewer.run_ids["run"]))["created"]
            assert len(created) == 3

    asyncio.run(main())
