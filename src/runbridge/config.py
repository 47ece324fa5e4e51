"""Load configuration from a dict, a YAML file or a JSON file, with `${VAR}` taken from the environment.

    api_key: ${RUNS_API_KEY}             # must be set, else ConfigError naming RUNS_API_KEY
    base_url: ${RUNS_URL:-http://127.0.0.1:8000}
    literal: $${NOT_SUBSTITUTED}         # `$$` escapes a dollar

Every error names the file and the key, and an unknown key comes with the closest valid one, so a typo in a
config file reads as a sentence rather than a traceback.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from runbridge.errors import ConfigError

__all__ = ["check_keys", "expand_env", "load_config"]

_VARIABLE = re.compile(r"\$\$|\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}")


def expand_env(value: Any, *, where: str = "config", environ: Mapping[str, str] | None = None) -> Any:
    """Substitute `${VAR}` / `${VAR:-default}` in every string inside `value` (dicts and lists included)."""
    env = os.environ if environ is None else environ
    if isinstance(value, str):

        def replace(match: re.Match[str]) -> str:
            if match.group(0) == "$$":
                return "$"
            name = match.group("name")
            if name in env:
                return env[name]
            if match.group("default") is not None:
                return match.group("default")
            raise ConfigError(
                f"{where}: environment variable {name} is not set (use ${{{name}:-default}} for a default)"
            )

        return _VARIABLE.sub(replace, value)
    if isinstance(value, Mapping):
        return {key: expand_env(item, where=f"{where}.{key}", environ=env) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [expand_env(item, where=f"{where}[{index}]", environ=env) for index, item in enumerate(value)]
    return value


def check_keys(data: Mapping[str, Any], allowed: Collection[str], *, where: str = "config") -> None:
    """Raise ConfigError for the first key not in `allowed`, suggesting the closest allowed key."""
    for key in data:
        if key in allowed:
            continue
        close = difflib.get_close_matches(str(key), [str(name) for name in allowed], n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; allowed: {', '.join(sorted(map(str, allowed)))}"
        raise ConfigError(f"{where}: unknown key {key!r}{hint}")


def load_config(
    source: Mapping[str, Any] | str | os.PathLike[str],
    *,
    allowed_keys: Collection[str] | None = None,
    where: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A config mapping from a dict or a `.yaml`/`.yml`/`.json` file, environment variables substituted."""
    if isinstance(source, Mapping):
        label = where or "config"
        raw: Any = dict(source)
    else:
        path = Path(source).expanduser()
        label = where or str(path)
        raw = _read_file(path)
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{label}: expected a mapping of keys to values, got {type(raw).__name__}")
    if allowed_keys is not None:
        check_keys(raw, allowed_keys, where=label)
    expanded: dict[str, Any] = expand_env(raw, where=label, environ=environ)
    return expanded


def _read_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except OSError as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc.strerror}") from None
    if path.suffix == ".json":
        try:
            return json.loads(text) if text.strip() else {}
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
    if path.suffix in {".yaml", ".yml"}:
        try:
            import yaml
        except ModuleNotFoundError:
            raise ConfigError(f"{path}: reading YAML needs the yaml extra: pip install 'runbridge[yaml]'") from None
        try:
            return yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            position = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
            raise ConfigError(f"{path}: not valid YAML{position}: {getattr(exc, 'problem', exc)}") from None
    raise ConfigError(f"{path}: unsupported config format {path.suffix!r}; use .yaml, .yml or .json")
