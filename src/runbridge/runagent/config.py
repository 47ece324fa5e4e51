"""Where the agent client's settings come from, resolved once per client.

Precedence, highest first: constructor argument > environment variable > config file > default.

| setting     | argument      | environment          | ~/.runagent/config.json        | default                      |
|-------------|---------------|----------------------|--------------------------------|------------------------------|
| API key     | `api_key`     | `RUNAGENT_API_KEY`   | `api_key`                      | none (local servers need none) |
| base URL    | `base_url`    | `RUNAGENT_API_URL`   | `api_url`                      | https://backend.run-agent.ai |
| timeout (s) | `timeout`     | `RUNAGENT_TIMEOUT`   | `timeout`                      | 30                           |
| retries     | `max_retries` |                      | `retry_config.max_retries`     | 3                            |
| first delay |               |                      | `retry_config.retry_delay` (s) | 1.0                          |
| growth      |               |                      | `retry_config.retry_backoff`   | 2.0                          |
| log level   |               | `RUNAGENT_LOG_LEVEL` | `log_level`                    | unchanged                    |

The file is `$RUNAGENT_CACHE_DIR/config.json` when that variable is set (the directory the vendor's own tools
use instead of `~/.runagent`), else `~/.runagent/config.json`; a missing file is fine, a broken one is a
ConfigError naming the file and the key. `${VAR}` references in the file are expanded (runbridge.config).

The default base URL is the hosted service the vendor's SDK really talks to; its stale documentation says
`https://api.run-agent.ai`. For a local `runagent serve`, pass `base_url="http://127.0.0.1:<port>"`. A base URL
ending in `/api/v1` (as the vendor's SDK builds it) means the same server: the suffix is dropped.
"""

from __future__ import annotations

import logging
import math
import os
import random
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from runbridge import _logging
from runbridge._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RUNAGENT_BASE_URL
from runbridge._redact import mask, redact_url
from runbridge.config import check_keys, load_config
from runbridge.errors import ConfigError
from runbridge.retry import RetryConfig

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "RunAgentRetryConfig",
    "RunAgentSettings",
    "config_path",
    "resolve_settings",
]

DEFAULT_BASE_URL = RUNAGENT_BASE_URL
DEFAULT_RETRY_DELAY = 1.0
DEFAULT_RETRY_BACKOFF = 2.0

_FILE_KEYS = frozenset({"api_key", "api_url", "timeout", "retry_config", "log_level"})
_RETRY_KEYS = frozenset({"max_retries", "retry_delay", "retry_backoff"})
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

logger = logging.getLogger("runbridge.runagent")


@attrs.frozen
class RunAgentRetryConfig(RetryConfig):
    """runbridge's retry policy with the growth factor of the file's `retry_backoff` (delay * growth**n)."""

    growth: float = attrs.field(default=DEFAULT_RETRY_BACKOFF, validator=attrs.validators.ge(1))

    def backoff(self, retries_taken: int) -> float:
        delay = min(float(self.backoff_factor) * self.growth**retries_taken, float(self.max_backoff))
        if self.jitter:
            delay *= 1 - 0.25 * random.random()  # the same 25% spread as RetryConfig
        return delay


@attrs.frozen
class RunAgentSettings:
    """The resolved settings of one client. The repr masks the API key."""

    base_url: str
    timeout: float
    retry: RunAgentRetryConfig
    api_key: str | None = attrs.field(default=None, repr=lambda key: mask(key) if key else "None")
    log_level: str | None = None

    @property
    def max_retries(self) -> int:
        return self.retry.max_retries


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The config file this process would read."""
    env = os.environ if environ is None else environ
    cache_dir = env.get("RUNAGENT_CACHE_DIR")
    base = Path(cache_dir).expanduser() if cache_dir else Path.home() / ".runagent"
    return base / "config.json"


def resolve_settings(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    environ: Mapping[str, str] | None = None,
    path: Path | str | None = None,
) -> RunAgentSettings:
    """Merge arguments, environment, config file and defaults (in that order of precedence) and validate them."""
    env = os.environ if environ is None else environ
    file_path = Path(path).expanduser() if path is not None else config_path(env)
    file = _read_file(file_path, env)
    where = str(file_path)

    key = _first(api_key, env.get("RUNAGENT_API_KEY"), file.get("api_key"))
    if key is not None:
        source = _source(api_key, "api_key", "RUNAGENT_API_KEY", env, f"{where}: api_key")
        if not isinstance(key, str) or not key.strip():
            raise ConfigError(f"{source}: the API key must be a non-empty string")
        key = key.strip()  # keys read with $(cat file) end in a newline, which is not a valid header value
        if any(character.isspace() or not character.isprintable() for character in key):
            raise ConfigError(f"{source}: the API key contains spaces or control characters")

    url = _first(base_url, env.get("RUNAGENT_API_URL"), file.get("api_url"), DEFAULT_BASE_URL)
    url = _check_url(url, _source(base_url, "base_url", "RUNAGENT_API_URL", env, f"{where}: api_url"))

    seconds = _positive_number(
        _first(timeout, env.get("RUNAGENT_TIMEOUT"), file.get("timeout"), DEFAULT_TIMEOUT),
        _source(timeout, "timeout", "RUNAGENT_TIMEOUT", env, f"{where}: timeout"),
    )

    retry_file = file.get("retry_config") or {}
    if not isinstance(retry_file, Mapping):
        raise ConfigError(f"{where}: retry_config must be an object with {', '.join(sorted(_RETRY_KEYS))}")
    check_keys(retry_file, _RETRY_KEYS, where=f"{where}: retry_config")
    retries = _first(max_retries, retry_file.get("max_retries"), DEFAULT_MAX_RETRIES)
    retries_where = "max_retries argument" if max_retries is not None else f"{where}: retry_config.max_retries"
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ConfigError(f"{retries_where}: must be a whole number >= 0, not {retries!r}")
    delay = _number_at_least(
        retry_file.get("retry_delay", DEFAULT_RETRY_DELAY), 0, f"{where}: retry_config.retry_delay"
    )
    growth = _number_at_least(
        retry_file.get("retry_backoff", DEFAULT_RETRY_BACKOFF), 1, f"{where}: retry_config.retry_backoff"
    )
    retry = RunAgentRetryConfig(
        # No retries is expressed as one attempt, so that `with_options(max_retries=n)` can turn them on again.
        enabled=True,
        max_attempts=retries + 1,
        backoff_factor=delay,
        max_backoff=max(8.0, delay),
        growth=growth,
    )

    level = _first(env.get("RUNAGENT_LOG_LEVEL"), file.get("log_level"))
    if level is not None:
        level_where = "RUNAGENT_LOG_LEVEL" if env.get("RUNAGENT_LOG_LEVEL") else f"{where}: log_level"
        if not isinstance(level, str) or level.strip().upper() not in _LOG_LEVELS:
            raise ConfigError(f"{level_where}: {level!r} is not a log level; use one of {', '.join(_LOG_LEVELS)}")
        level = level.strip().upper()
    return RunAgentSettings(base_url=url, timeout=seconds, retry=retry, api_key=key, log_level=level)


def apply_log_level(level: str | None) -> None:
    """Set the agent client's log level; DEBUG and INFO also turn on runbridge's redacting stderr handler."""
    if level is None:
        return
    numeric = logging.getLevelName(level)
    logger.setLevel(numeric)
    if numeric <= logging.INFO:
        _logging.enable(numeric)


def _read_file(path: Path, environ: Mapping[str, str]) -> dict[str, Any]:
    if not path.is_file():
        return {}
    return load_config(path, allowed_keys=_FILE_KEYS, environ=environ)


def _first(*values: Any) -> Any:
    for value in values:
        if value is not None and value != "":
            return value
    return None


def _source(argument: object, name: str, variable: str, environ: Mapping[str, str], file_where: str) -> str:
    if argument is not None:
        return f"the {name} argument"
    if environ.get(variable):
        return variable
    return file_where


def _check_url(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: the base URL must be a string, not {type(value).__name__}")
    import httpx

    url = httpx.URL(value.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigError(f"{where}: {redact_url(value)!r} is not an http(s) URL such as http://127.0.0.1:8450")
    if url.query or url.fragment:
        raise ConfigError(f"{where}: {redact_url(value)!r} has a query or fragment; give the server's base URL only")
    # The vendor's SDK builds `<base>/api/v1`, so URLs copied from its settings often end in it; the paths here
    # already start with /api/v1, so drop the suffix rather than ask for `/api/v1/api/v1/...`.
    path = url.path.rstrip("/")
    path = path.removesuffix("/api/v1")
    return str(url.copy_with(path=path or "/")).rstrip("/")


def _positive_number(value: Any, where: str) -> float:
    number = _number_at_least(value, 0, where)
    if number <= 0:
        raise ConfigError(f"{where}: must be a positive number of seconds, not {value!r}")
    return number


def _number_at_least(value: Any, minimum: float, where: str) -> float:
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise ConfigError(f"{where}: {value!r} is not a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigError(f"{where}: {value!r} is not a number")
    if value < minimum:
        raise ConfigError(f"{where}: must be at least {minimum}, not {value!r}")
    return float(value)
