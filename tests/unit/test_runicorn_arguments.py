"""Arguments are checked before anything is sent: config guard, artifact ids, connection ids, run ids."""

from __future__ import annotations

import pytest

import runbridge.errors
from runbridge.runicorn import InvalidArgumentError, RunicornClient, UnsafeConfigError
from runbridge.runicorn._config_guard import checked_config_update
from runbridge.runicorn.artifacts import ArtifactRef, parse_artifact_id
from runbridge.runicorn.remote import parse_connection_id, session_record


@pytest.mark.parametrize(
    ("config", "reason"),
    [
        ({"user_root_dir": ""}, "empty"),
        ({"user_root_dir": "   "}, "empty"),
        ({"user_root_dir": "data/runs"}, "relative"),
        ({"user_root_dir": "./data"}, "relative"),
        ({"user_root_dir": None}, "string"),
        ({"user_root_dir": " /data"}, "whitespace"),
        ({"user_root_dir": "/data\x00x"}, "NUL"),
        ({"storage": "/data"}, "cannot be set"),
        ({"theme": "dark"}, "unknown config key 'theme'"),
        ({}, "no settings"),
    ],
)
def test_update_config_refuses_values_that_would_re_point_storage(config: dict[str, object], reason: str) -> None:
    with pytest.raises(UnsafeConfigError, match=reason) as caught:
        checked_config_update(config)
    assert isinstance(caught.value, runbridge.errors.ConfigError)


@pytest.mark.parametrize("path", ["/srv/runicorn", "C:\\runicorn\\data", "/"])
def test_update_config_passes_absolute_paths(path: str) -> None:
    assert checked_config_update({"user_root_dir": path}) == {"user_root_dir": path}


def test_update_config_refuses_a_non_mapping() -> None:
    with pytest.raises(UnsafeConfigError, match="mapping"):
        checked_config_update("user_root_dir=/x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("artifact_id", "expected"),
    [
        ("my-model:v3", ArtifactRef("my-model", version=3)),
        ("my-model:3", ArtifactRef("my-model", version=3)),
        ("my-model:production", ArtifactRef("my-model", alias="production")),
        ("my-model", ArtifactRef("my-model", alias="latest")),
    ],
)
def test_parse_artifact_id(artifact_id: str, expected: ArtifactRef) -> None:
    assert parse_artifact_id(artifact_id) == expected


@pytest.mark.parametrize("artifact_id", ["", ":v1", "a:b:c", "a/b:v1", 42])
def test_parse_artifact_id_rejects_garbage(artifact_id: object) -> None:
    with pytest.raises(InvalidArgumentError):
        parse_artifact_id(artifact_id)


def test_artifact_ref_prints_as_an_id() -> None:
    assert str(ArtifactRef("m", version=2)) == "m:v2"
    assert str(ArtifactRef("m", alias="prod")) == "m:prod"


@pytest.mark.parametrize(
    ("connection_id", "expected"),
    [
        ("alice@gpu01:2222", ("alice", "gpu01", 2222)),
        ("alice@gpu01", ("alice", "gpu01", None)),
        ("gpu01.example.org", (None, "gpu01.example.org", None)),
    ],
)
def test_parse_connection_id(connection_id: str, expected: tuple[str | None, str, int | None]) -> None:
    assert parse_connection_id(connection_id) == expected


@pytest.mark.parametrize("connection_id", ["", "a@@b", "user@host:port", "a b"])
def test_parse_connection_id_rejects_garbage(connection_id: str) -> None:
    with pytest.raises(InvalidArgumentError):
        parse_connection_id(connection_id)


def test_session_record_uses_snake_case() -> None:
    record = session_record({"sessionId": "s1", "localPort": 23400, "isActive": True, "url": "http://localhost:1"})
    assert record == {"session_id": "s1", "local_port": 23400, "is_active": True, "url": "http://localhost:1"}


@pytest.fixture
def offline_client() -> RunicornClient:
    # Port 9 (discard) is never a viewer; no request is sent by the calls below.
    return RunicornClient("http://127.0.0.1:9", check_connection=False, max_retries=0)


@pytest.mark.parametrize("run_id", ["", "a/b", None, 7])
def test_bad_run_ids_fail_before_any_request(offline_client: RunicornClient, run_id: object) -> None:
    with offline_client, pytest.raises(InvalidArgumentError):
        offline_client.get_run(run_id)  # type: ignore[arg-type]


def test_bad_arguments_fail_before_any_request(offline_client: RunicornClient) -> None:
    with offline_client:
        with pytest.raises(InvalidArgumentError, match="limit"):
            offline_client.list_experiments(limit=-1)
        with pytest.raises(InvalidArgumentError, match="format"):
            offline_client.export_experiment("20250124_120000_abc123", format="xml")
        with pytest.raises(InvalidArgumentError, match="zip"):
            offline_client.export_experiment("20250124_120000_abc123", format="csv", include_media=True)
        with pytest.raises(InvalidArgumentError, match="confirm"):
            offline_client.empty_recycle_bin()
        with pytest.raises(InvalidArgumentError, match="alias and/or tags"):
            offline_client.update_run("20250124_120000_abc123")
        with pytest.raises(InvalidArgumentError, match="username"):
            offline_client.remote.connect("gpu01")
        with pytest.raises(InvalidArgumentError, match="at most 100"):
            offline_client.delete_runs([f"20250124_120000_{i:06x}" for i in range(101)])
        with pytest.raises(UnsafeConfigError):
            offline_client.update_config({"user_root_dir": ""})


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"timeout": 0}, "timeout"), ({"max_retries": -1}, "max_retries"), ({"base_url": "ftp://x"}, "base_url")],
)
def test_bad_constructor_arguments(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        RunicornClient(check_connection=False, **kwargs)  # type: ignore[arg-type]
