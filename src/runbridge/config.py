"""Load configuration from a dict, a YAML file or a JSON file, with `${VAR}` taken from the environment.

    api_key: ${RUNS_API_KEY}             # must be set, else ConfigError naming RUNS_API_KEY
    base_url: ${RUNS_URL:-http://127.0.0.1:8000}
    literal: $${NOT_SUBSTITUTED}         # `$$` escapes a dollar
    nested: ${PRIMARY:-${FALLBACK:-x}}   # a default may refer to another variable

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

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Deeper than this is a cycle or an attack, not a configuration.
_MAX_DEPTH = 64


def expand_env(value: Any, *, where: str = "config", environ: Mapping[str, str] | None = None) -> Any:
    """Substitute `${VAR}` / `${VAR:-default}` in every string inside `value` (dicts and lists included).

    A default may itself contain references (`${A:-${B:-x}}`); a variable's value is inserted as it is, never
    expanded again. `$$` stands for one `$`. A `${` that does not start a well-formed reference is a
    ConfigError rather than a literal, so that `${VAR:default}` (a missing `-`) is caught, not sent as is.
    """
    env = os.environ if environ is None else environ
    return _expand(value, where, env, 0)


def _expand(value: Any, where: str, env: Mapping[str, str], depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise ConfigError(f"{where}: nested more than {_MAX_DEPTH} levels deep (or refers to itself)")
    if isinstance(value, str):
        return _substitute(value, where, env, 0)
    if isinstance(value, Mapping):
        return {key: _expand(item, f"{where}.{key}", env, depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_expand(item, f"{where}[{index}]", env, depth + 1) for index, item in enumerate(value)]
    return value


def _substitute(text: str, where: str, env: Mapping[str, str], nesting: int) -> str:
    out: list[str] = []
    index = 0
    while True:
        dollar = text.find("$", index)
        if dollar < 0:
            out.append(text[index:])
            return "".join(out)
        out.append(text[index:dollar])
        if text.startswith("$$", dollar):
            out.append("$")
            index = dollar + 2
        elif text.startswith("${", dollar):
            replacement, index = _reference(text, dollar, where, env, nesting)
            out.append(replacement)
        else:
            out.append("$")
            index = dollar + 1


def _reference(text: str, start: int, where: str, env: Mapping[str, str], nesting: int) -> tuple[str, int]:
    """Resolve the `${...}` at `start`; return its value and the index just after its closing brace."""
    shown = text[start : start + 40] + ("..." if len(text) > start + 40 else "")
    name_match = _NAME.match(text, start + 2)
    if name_match is None:
        raise ConfigError(
            f"{where}: {shown!r} is not a valid reference: expected ${{NAME}} or ${{NAME:-default}} "
            "with NAME made of letters, digits and _ (write $${ for a literal ${)"
        )
    name, after = name_match.group(0), name_match.end()
    if text.startswith("}", after):
        if name in env:
            return str(env[name]), after + 1
        raise ConfigError(f"{where}: environment variable {name} is not set (use ${{{name}:-default}} for a default)")
    if not text.startswith(":-", after):
        raise ConfigError(
            f"{where}: {shown!r} is not a valid reference: after ${{{name} expected '}}' or ':-default}}'"
        )
    default_start = after + 2
    close = _closing_brace(text, default_start)
    if close is None:
        raise ConfigError(f"{where}: {shown!r} has no closing '}}'")
    if name in env:
        return str(env[name]), close + 1
    if nesting >= _MAX_DEPTH:
        raise ConfigError(f"{where}: defaults nested more than {_MAX_DEPTH} levels deep")
    return _substitute(text[default_start:close], where, env, nesting + 1), close + 1


def _closing_brace(text: str, index: int) -> int | None:
    """The index of the `}` that closes a default starting at `index`, skipping nested `${...}` and `$$`."""
    depth = 0
    while index < len(text):
        if text.startswith("$$", index):
            index += 2
            continue
        if text.startswith("${", index):
            depth += 1
            index += 2
            continue
        if text[index] == "}":
            if depth == 0:
                return index
            depth -= 1
        index += 1
    return None


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
    elif isinstance(source, str | os.PathLike):
        try:
            path = Path(source).expanduser()
        except (TypeError, ValueError, RuntimeError) as exc:  # a PathLike returning bytes, a bad ~user, ...
            raise ConfigError(f"{where or 'config'}: {source!r} is not a usable path: {exc}") from None
        label = where or str(path)
        raw = _read_file(path)
    else:
        raise ConfigError(
            f"{where or 'config'}: expected a mapping or a path to a .yaml/.json file, not {type(source).__name__}"
        )
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
    except UnicodeDecodeError as exc:
        raise ConfigError(f"config file {path} is not UTF-8 text (byte {exc.start})") from None
    except (OSError, ValueError) as exc:  # a directory, no permission, a NUL in the path
        raise ConfigError(f"config file {path} cannot be read: {getattr(exc, 'strerror', None) or exc}") from None
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            return json.loads(text) if text.strip() else {}
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
        except (ValueError, RecursionError) as exc:  # an integer too long to convert, nesting too deep
            raise ConfigError(f"{path}: JSON that cannot be loaded: {type(exc).__name__}") from None
    if suffix in {".yaml", ".yml"}:
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
        except (ValueError, TypeError, RecursionError) as exc:  # e.g. a date like 2001-02-30
            raise ConfigError(f"{path}: YAML that cannot be loaded: {type(exc).__name__}: {exc}") from None
    raise ConfigError(f"{path}: unsupported config format {path.suffix!r}; use .yaml, .yml or .json")
