"""The Runicorn client against a Prism mock of openapi/runicorn.yaml.

Prism answers from the spec and rejects (422 with `sl-violations`) any request the spec does not allow, so these
tests prove that every request the facade builds conforms to the spec and every documented response parses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest

from runbridge import runicorn

pytestmark = pytest.mark.contract

RUN_ID = "20250124_120000_abc123"


@pytest.fixture(scope="module")
def prism_url(prism_mock: Callable[[str, bool], str]) -> str:
    return prism_mock("runicorn", False)


@pytest.fixture
def client(prism_url: str) -> Iterator[runicorn.RunicornClient]:
    with runicorn.connect(prism_url, max_retries=0) as connected:
        yield connected


def test_reads_conform_and_parse(client: runicorn.RunicornClient) -> None:
    assert client.viewer_version == "0.7.2"
    assert isinstance(client.list_experiments(project="cv", status="finished", limit=5, offset=0), list)
    experiments = client.list_experiments()
    assert [(e["project"], e["name"], e["alias"]) for e in experiments] == [("cv", "resnet50", "trial-01")]
    assert experiments[0]["created_at"] == "2025-01-24T12:00:00+00:00"
    assert "id" in client.get_experiment(RUN_ID)
    metrics = client.get_metrics(RUN_ID, metric_names=["val_acc"], limit=150)
    assert [(p["step"], p["value"]) for p in metrics["metrics"]["val_acc"]] == [(1, 0.705), (2, 0.71)]
    assert "rows" in client.get_metrics_table(RUN_ID, downsample=100)
    assert isinstance(client.get_config(), dict)
    assert isinstance(client.list_projects(), list)
    assert isinstance(client.list_names("cv"), list)
    assert "paths" in client.list_paths(include_stats=True)
    assert isinstance(client.get_path_tree(), dict)
    assert isinstance(client.list_runs("cv", exact=True), list)
    assert "runs" in client.export_path("cv")
    assert "storage_root" in client.get_storage_stats()
    assert "checked" in client.check_status()
    assert "available" in client.get_gpu_info()
    assert "assets" in client.get_run_assets(RUN_ID)
    assert isinstance(client.get_run_images(RUN_ID), list)
    assert "available" in client.get_environment(RUN_ID)
    assert isinstance(client.list_deleted_runs(), list)
    assert "candidates" in client.list_storage_candidates("/data", max_depth=2)


def test_writes_conform(client: runicorn.RunicornClient) -> None:
    assert "ok" in client.update_run(RUN_ID, alias="a", tags=["x"])
    assert "ok" in client.move_runs([RUN_ID], "cv/moved")
    assert "deleted_count" in client.delete_runs([RUN_ID])
    assert "restored_count" in client.restore_runs([RUN_ID])
    assert "permanently_deleted" in client.empty_recycle_bin(confirm=True)
    assert "success" in client.permanently_delete_run(RUN_ID, dry_run=True)
    assert "ok" in client.create_path("cv/new")
    assert "deleted_count" in client.delete_path("cv/new", exact=True)
    assert isinstance(client.update_config({"user_root_dir": "/srv/runicorn"}), dict)


def test_exports_conform(client: runicorn.RunicornClient) -> None:
    assert isinstance(client.export_experiment(RUN_ID, format="zip"), bytes)
    assert client.export_experiment(RUN_ID, format="json").startswith(b"{")
    assert isinstance(client.export_experiment(RUN_ID, format="csv"), bytes)


def test_artifacts_conform(client: runicorn.RunicornClient) -> None:
    assert isinstance(client.artifacts.list_artifacts(type="model", limit=2), list)
    assert "version" in client.artifacts.get_artifact("resnet-model:v1", type="model")
    assert isinstance(client.artifacts.list_versions("resnet-model"), list)
    assert "files" in client.artifacts.get_artifact_files("resnet-model:v1")
    assert "nodes" in client.artifacts.get_artifact_lineage("resnet-model:v1", max_depth=2)
    assert isinstance(client.artifacts.get_stats(), dict)
    assert "created" in client.artifacts.list_experiment_artifacts(RUN_ID)


def test_remote_conforms(client: runicorn.RunicornClient) -> None:
    assert "connection_id" in client.remote.connect("gpu01", username="alice", password="pw")
    assert "ok" in client.remote.disconnect("gpu01", username="alice")
    assert isinstance(client.remote.list_sessions(), list)
    assert "connections" in client.remote.get_remote_status()
    assert "session_id" in client.remote.start_viewer("alice@gpu01:22", "/data", local_port=23400, remote_port=23300)
    assert "ok" in client.remote.stop_viewer("s1")
    assert isinstance(client.remote.list_viewer_sessions(), list)
    assert "session_id" in client.remote.get_viewer_status("s1")


def test_async_requests_conform(prism_url: str) -> None:
    async def main() -> None:
        async with runicorn.AsyncRunicornClient(prism_url, max_retries=0) as client:
            assert isinstance(await client.list_experiments(limit=1), list)
            assert "metrics" in await client.get_metrics(RUN_ID)
            assert "ok" in await client.update_run(RUN_ID, tags=[])
            assert isinstance(await client.artifacts.list_versions("m"), list)
            assert "connection_id" in await client.remote.connect("gpu01", username="alice")

    asyncio.run(main())


def test_the_mock_rejects_requests_the_spec_does_not_allow(client: runicorn.RunicornClient) -> None:
    # The counter-check that gives the tests above their meaning: a non-conforming request is refused.
    with pytest.raises(runicorn.UnprocessableEntityError):
        client.session.post("/api/runs/move", json={"run_ids": "not-a-list"})
    with pytest.raises(runicorn.UnprocessableEntityError):
        client.session.get(f"/api/runs/{RUN_ID}/metrics", params={"downsample": 5})
