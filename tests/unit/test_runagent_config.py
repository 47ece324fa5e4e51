"""Where the agent client's settings come from: argument > environment > ~/.runagent/config.json > default."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from runbridge import ConfigError
from runbridge.runagent import RunAgentClient
from runbridge.runagent.config import (
    DEFAULT_BASE_URL,
    RunAgentRetryConfig,
    apply_log_level,
    config_path,
    resolve_settings,
)

ENV_KEYS = ("RUNAGENT_API_KEY", "RUNAGENT_API_URL", "RUNAGENT_TIMEOUT", "RUNAGENT_LOG_LEVEL", "RUNAGENT_CACHE_DIR")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME with no RUNAGENT_* variables."""
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def write_config(home: Path, content: Any) -> Path:
    path = home / ".runagent" / "config.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_defaults(home: Path) -> None:
    settings = resolve_settings()
    assert settings.base_url == DEFAULT_BASE_URL
    assert settings.timeout == 30.0
    assert settings.max_retries == 3
    assert settings.api_key is None
    assert settings.log_level is None


def test_file_then_environment_then_argument(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(home, {"api_key": "file-key", "api_url": "http://file:1", "timeout": 11})
    from_file = resolve_settings()
    assert (from_file.api_key, from_file.base_url, from_file.timeout) == ("file-key", "http://file:1", 11.0)

    monkeypatch.setenv("RUNAGENT_API_KEY", "env-key")
    monkeypatch.setenv("RUNAGENT_API_URL", "http://env:2/")
    monkeypatch.setenv("RUNAGENT_TIMEOUT", "12.5")
    from_env = resolve_settings()
    assert (from_env.api_key, from_env.base_url, from_env.timeout) == ("env-key", "http://env:2", 12.5)

    explicit = resolve_settings(api_key="arg-key", base_url="http://arg:3", timeout=13)
    assert (explicit.api_key, explicit.base_url, explicit.timeout) == ("arg-key", "http://arg:3", 13.0)


def test_retry_config_from_the_file(home: Path) -> None:
    write_config(home, {"retry_config": {"max_retries": 5, "retry_delay": 0.25, "retry_backoff": 3.0}})
    settings = resolve_settings()
    assert settings.max_retries == 5
    retry = settings.retry
    assert isinstance(retry, RunAgentRetryConfig)
    assert (retry.backoff_factor, retry.growth, retry.max_attempts) == (0.25, 3.0, 6)
    exact = RunAgentRetryConfig(backoff_factor=0.25, growth=3.0, jitter=False)
    assert [exact.backoff(n) for n in range(3)] == [0.25, 0.75, 2.25]
    no_retries = resolve_settings(max_retries=0)
    assert (no_retries.max_retries, no_retries.retry.max_attempts) == (0, 1)


def test_the_client_uses_the_resolved_settings(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(home, {"retry_config": {"max_retries": 1}})
    monkeypatch.setenv("RUNAGENT_API_URL", "http://127.0.0.1:9")
    with RunAgentClient("a1") as client:
        assert (client.base_url, client.max_retries, client.timeout) == ("http://127.0.0.1:9", 1, 30.0)
    with RunAgentClient("a1", max_retries=4, timeout=2) as client:
        assert (client.max_retries, client.timeout) == (4, 2.0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://127.0.0.1:8450/", "http://127.0.0.1:8450"),
        ("http://127.0.0.1:8450/api/v1", "http://127.0.0.1:8450"),
        ("https://gateway.example/agents/api/v1/", "https://gateway.example/agents"),
        ("https://gateway.example/agents", "https://gateway.example/agents"),
    ],
)
def test_base_url_normalisation(home: Path, given: str, expected: str) -> None:
    assert resolve_settings(base_url=given).base_url == expected


def test_cache_dir_moves_the_file(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "config.json").write_text('{"timeout": 7}', encoding="utf-8")
    monkeypatch.setenv("RUNAGENT_CACHE_DIR", str(cache))
    assert config_path() == cache / "config.json"
    assert resolve_settings().timeout == 7.0


def test_file_values_can_reference_the_environment(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(home, {"api_key": "${MY_AGENT_KEY}"})
    monkeypatch.setenv("MY_AGENT_KEY", "from-var")
    assert resolve_settings().api_key == "from-var"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", r"not valid JSON \(line 1"),
        ({"api_keyy": "x"}, "unknown key 'api_keyy'; did you mean 'api_key'"),
        ({"timeout": "soon"}, "config.json: timeout: 'soon' is not a number"),
        ({"timeout": 0}, "must be a positive number of seconds"),
        ({"api_url": "ftp://x"}, "api_url: 'ftp://x' is not an http"),
        ({"api_url": "http://x/?a=1"}, "api_url: 'http://x/\\?a=1' has a query"),
        ({"retry_config": {"max_retry": 2}}, "retry_config: unknown key 'max_retry'; did you mean 'max_retries'"),
        ({"retry_config": {"max_retries": -1}}, "retry_config.max_retries: must be a whole number >= 0"),
        ({"retry_config": {"retry_backoff": 0.5}}, "retry_backoff: must be at least 1"),
        ({"retry_config": [1]}, "retry_config must be an object"),
        ({"api_key": "${UNSET_AGENT_KEY_VAR}"}, "UNSET_AGENT_KEY_VAR is not set"),
        ({"log_level": "LOUD"}, "'LOUD' is not a log level"),
        ([1, 2], "expected a mapping"),
    ],
)
def test_a_broken_file_is_a_config_error_naming_file_and_key(home: Path, content: Any, message: str) -> None:
    path = write_config(home, content)
    with pytest.raises(ConfigError, match=message) as caught:
        resolve_settings()
    assert str(path) in str(caught.value) or "UNSET_AGENT" in str(caught.value) or "LOUD" in str(caught.value)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("RUNAGENT_TIMEOUT", "ten", "RUNAGENT_TIMEOUT: 'ten' is not a number"),
        ("RUNAGENT_TIMEOUT", "-1", "RUNAGENT_TIMEOUT: must be at least 0"),
        ("RUNAGENT_API_URL", "localhost:8450", "RUNAGENT_API_URL: 'localhost:8450' is not an http"),
        ("RUNAGENT_LOG_LEVEL", "chatty", "RUNAGENT_LOG_LEVEL: 'chatty' is not a log level"),
    ],
)
def test_bad_environment_values_name_the_variable(
    home: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, message: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=message):
        resolve_settings()


def test_bad_arguments_name_the_argument(home: Path) -> None:
    with pytest.raises(ConfigError, match="the timeout argument: must be a positive number"):
        resolve_settings(timeout=0)
    with pytest.raises(ConfigError, match="the base_url argument"):
        RunAgentClient("a1", base_url="not a url")
    with pytest.raises(ConfigError, match="max_retries argument: must be a whole number"):
        resolve_settings(max_retries=-2)


def test_log_level(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("runbridge.runagent")
    previous = logger.level
    monkeypatch.setenv("RUNAGENT_LOG_LEVEL", "warning")
    try:
        settings = resolve_settings()
        assert settings.log_level == "WARNING"
        apply_log_level(settings.log_level)
        assert logger.level == logging.WARNING
    finally:
        logger.setLevel(previous)


def test_api_keys_are_trimmed_and_checked(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNAGENT_API_KEY", "sk-from-a-file\n")
    assert resolve_settings().api_key == "sk-from-a-file"
    monkeypatch.setenv("RUNAGENT_API_KEY", "sk-one sk-two")
    with pytest.raises(ConfigError, match="RUNAGENT_API_KEY: the API key contains spaces") as caught:
        resolve_settings()
    assert "sk-one" not in str(caught.value)
    with pytest.raises(ConfigError, match="the api_key argument: the API key must be a non-empty string"):
        resolve_settings(api_key="   ")


def test_the_key_never_appears_in_errors_or_reprs(home: Path) -> None:
    settings = resolve_settings(api_key="sk-top-secret", base_url="http://user:pw@127.0.0.1:1")
    assert "sk-top-secret" not in repr(settings)
    with pytest.raises(ConfigError) as caught:
        resolve_settings(base_url="gopher://user:hunter2@host?token=sk-top-secret")
    assert "hunter2" not in str(caught.value)
    assert "sk-top-secret" not in str(caught.value)
