"""CLIv2Config: read `runai login`'s directory; clear errors for every missing or broken piece."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from runbridge.errors import ConfigError
from runbridge.runai import CLIv2Config, RunaiClient

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIiwiZXhwIjoxfQ.c2ln"


def write_login(directory: Path, *, token: str | None = None, url: str = "https://myorg.run.ai/") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    encoded = token if token is not None else base64.urlsafe_b64encode(JWT.encode()).decode().rstrip("=")
    (directory / "authentication.json").write_text(json.dumps({"accessToken": encoded}))
    config = {"control_plane": {"url": url}, "cluster": {"uuid": "c-uuid-1"}}
    (directory / "config.json").write_text(json.dumps(config))
    return directory


def test_reads_token_url_and_cluster(tmp_path: Path) -> None:
    config = CLIv2Config(cliv2_config_path=write_login(tmp_path / ".runai"))
    assert config.token == JWT
    assert config.control_plane_url == "https://myorg.run.ai"
    assert config.cluster_uuid == "c-uuid-1"
    assert config.token_expired is True  # exp=1
    assert JWT not in repr(config)
    assert config.load() is config


def test_default_path_is_home_dot_runai(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_login(tmp_path / ".runai")
    assert CLIv2Config().cluster_uuid == "c-uuid-1"


def test_plain_jwt_is_accepted(tmp_path: Path) -> None:
    assert CLIv2Config(write_login(tmp_path, token=JWT)).token == JWT


def test_feeds_the_seed_constructor(tmp_path: Path) -> None:
    cli = CLIv2Config(write_login(tmp_path))
    client = RunaiClient(cluster_id=cli.cluster_uuid, bearer_token=cli.token, runai_base_url=cli.control_plane_url)
    try:
        assert client.configuration.runai_base_url == "https://myorg.run.ai"
        assert cli.to_configuration().bearer_token == JWT
    finally:
        client.close()


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is not a directory"):
        CLIv2Config(tmp_path / "absent")


def test_missing_file(tmp_path: Path) -> None:
    write_login(tmp_path)
    (tmp_path / "config.json").unlink()
    with pytest.raises(ConfigError, match=r"config\.json does not exist; run `runai login`"):
        CLIv2Config(tmp_path)


def test_broken_json(tmp_path: Path) -> None:
    write_login(tmp_path)
    (tmp_path / "authentication.json").write_text("{not json")
    with pytest.raises(ConfigError, match="is not valid JSON"):
        CLIv2Config(tmp_path)


def test_missing_fields(tmp_path: Path) -> None:
    write_login(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps({"control_plane": {"url": "https://x"}}))
    with pytest.raises(ConfigError, match=r"has no cluster\.uuid"):
        CLIv2Config(tmp_path)


def test_token_that_is_not_a_jwt(tmp_path: Path) -> None:
    write_login(tmp_path, token=base64.b64encode(b"just-text").decode())
    with pytest.raises(ConfigError, match="does not decode to a JWT"):
        CLIv2Config(tmp_path)
