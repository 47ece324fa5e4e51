"""Fuzzing the config loader: arbitrary `${...}` strings, mappings and files either load or raise a
runbridge error (ConfigError), never a KeyError/TypeError/ValueError/RecursionError from deep inside.

How many examples each test draws: tests/fuzz/profiles.py.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from runbridge.config import expand_env, load_config
from runbridge.errors import ConfigError
from tests.fuzz.profiles import FUZZ

NAMES = st.sampled_from(["HOST", "PORT", "EMPTY", "UNSET", "A", "_x1", "1BAD", "", "with space", "Ü"])
ENV = {"HOST": "127.0.0.1", "PORT": "8000", "EMPTY": "", "A": "${HOST}", "_x1": "$$"}
PIECE = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["$", "$$", "${", "}", ":-", ":", "-", "{", "${HOST}", "${UNSET:-d}"]),
    st.builds(lambda name: "${" + name + "}", NAMES),
    st.builds(lambda name, default: "${" + name + ":-" + default + "}", NAMES, st.text(max_size=6)),
)
TEMPLATE = st.lists(PIECE, max_size=12).map("".join)


def reference_expand(text: str) -> str | None:
    """An independent oracle for the flat grammar (no nesting, no `$` in defaults): None when it rejects."""
    out, index = [], 0
    pattern = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^${}]*))?\}|\$\{|\$")
    for match in pattern.finditer(text):
        out.append(text[index : match.start()])
        token = match.group(0)
        if token in ("$$", "$"):
            out.append("$")
        elif token == "${":
            return None
        else:
            name, default = match.group(1), match.group(2)
            if name in ENV:
                out.append(ENV[name])
            elif default is not None:
                out.append(default)
            else:
                return None
        index = match.end()
    out.append(text[index:])
    return "".join(out)


@FUZZ
@given(text=TEMPLATE)
def test_any_template_expands_or_raises_a_config_error(text: str) -> None:
    try:
        result = expand_env(text, environ=ENV, where="fuzz")
    except ConfigError as error:
        result = error
    if isinstance(result, ConfigError):
        assert str(result).startswith("fuzz: ")
    else:
        assert isinstance(result, str)


PLAIN = st.text(alphabet=st.characters(blacklist_characters="${}", blacklist_categories=["Cs"]), max_size=5)
FLAT_PIECE = st.one_of(
    PLAIN,
    st.sampled_from(["$", "$$", "${", "}", ":-", ":"]),
    st.builds(lambda name: "${" + name + "}", NAMES),
    st.builds(lambda name, default: "${" + name + ":-" + default + "}", NAMES, PLAIN),
)


@FUZZ
@given(text=st.lists(FLAT_PIECE, max_size=8).map("".join))
def test_flat_templates_match_an_independent_oracle(text: str) -> None:
    expected = reference_expand(text)
    try:
        result: str | None = expand_env(text, environ=ENV)
    except ConfigError:
        result = None
    # Whatever the flat grammar accepts expands identically; the loader accepts more (nested defaults, `$` in a
    # default), so a rejection by the oracle proves nothing.
    if expected is not None:
        assert result == expected


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    keys = st.one_of(st.text(max_size=5), st.integers())
    return st.one_of(st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=4))


JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEMPLATE), _containers, max_leaves=20
)


@FUZZ
@given(data=st.dictionaries(st.text(max_size=8), JSONISH, max_size=6), allowed=st.none() | st.sets(st.text(max_size=8)))
def test_any_mapping_loads_or_raises_a_config_error(data: dict[str, Any], allowed: set[str] | None) -> None:
    try:
        result = load_config(data, allowed_keys=allowed, environ=ENV)
    except ConfigError:
        return
    assert set(result) == set(data)


@FUZZ
@given(
    content=st.one_of(st.binary(max_size=200), TEMPLATE.map(str.encode)),
    suffix=st.sampled_from([".json", ".yaml", ".yml", ".txt", ""]),
)
def test_any_file_loads_or_raises_a_config_error(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"config{suffix}"
        path.write_bytes(content)
        try:
            result = load_config(path, environ=ENV)
        except ConfigError:
            return  # the only error allowed out; anything else fails the test by escaping
        assert isinstance(result, dict)


@FUZZ
@given(data=JSONISH)
def test_json_documents_load_or_raise_a_config_error(data: Any) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "config.json"
        path.write_text(json.dumps(data))
        try:
            result = load_config(path, environ=ENV)
        except ConfigError:
            return
        assert isinstance(result, dict)
