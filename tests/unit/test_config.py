"""Config loading: dicts, YAML and JSON files, ${VAR} substitution, and a ConfigError naming every problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runbridge.config import check_keys, expand_env, load_config
from runbridge.errors import ConfigError

ENV = {"HOST": "127.0.0.1", "PORT": "8000", "EMPTY": "", "TRICKY": "${HOST}"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://${HOST}:${PORT}", "http://127.0.0.1:8000"),
        ("${MISSING:-fallback}", "fallback"),
        ("${MISSING:-}", ""),
        ("${EMPTY:-used only when unset}", ""),
        ("${MISSING:-${HOST}}", "127.0.0.1"),
        ("${MISSING:-${ALSO_MISSING:-deep}}", "deep"),
        ("${MISSING:-a}b}", "ab}"),
        ("$${HOST}", "${HOST}"),
        ("cost: $5 and $$", "cost: $5 and $"),
        ("${TRICKY}", "${HOST}"),  # a value is inserted as it is, never expanded again
        ("${MISSING:-{braces}}", "{braces}"),
        ("no references", "no references"),
        ("", ""),
    ],
)
def test_substitution(text: str, expected: str) -> None:
    assert expand_env(text, environ=ENV) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("${MISSING}", "environment variable MISSING is not set"),
        ("${", "is not a valid reference"),
        ("${1ABC}", "is not a valid reference"),
        ("${HOST:default}", "expected '}' or ':-default}'"),
        ("${HOST", "expected '}' or ':-default}'"),
        ("${MISSING:-unclosed", "has no closing '}'"),
        ("${ spaced }", "is not a valid reference"),
        ("${MISSING:-${ALSO_MISSING}}", "environment variable ALSO_MISSING is not set"),
    ],
)
def test_bad_references_are_config_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("$", r"\$").replace("{", r"\{").replace("}", r"\}")):
        expand_env(text, environ=ENV, where="runs.yaml")


def test_the_error_names_the_key_path() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config({"apis": {"runs": {"headers": ["ok", "${NOPE}"]}}}, environ=ENV)
    assert str(caught.value).startswith("config.apis.runs.headers[1]: environment variable NOPE is not set")


def test_a_default_nested_too_deep_is_an_error() -> None:
    text = "${A:-" * 100 + "x" + "}" * 100
    with pytest.raises(ConfigError, match="nested more than"):
        expand_env(text, environ={})


def test_a_self_referencing_structure_is_an_error() -> None:
    data: dict[str, object] = {}
    data["self"] = data
    with pytest.raises(ConfigError, match="nested more than"):
        expand_env(data, environ={})


def test_nested_mappings_and_lists_are_expanded_and_other_values_kept() -> None:
    source = {"url": "${HOST}", "list": ["${PORT}", 3, None, True], "nested": {"x": ("${HOST}",)}}
    assert load_config(source, environ=ENV) == {
        "url": "127.0.0.1",
        "list": ["8000", 3, None, True],
        "nested": {"x": ["127.0.0.1"]},
    }


def test_unknown_keys_are_named_with_the_closest_valid_one() -> None:
    with pytest.raises(ConfigError, match=r"config: unknown key 'time_out'; did you mean 'timeout'\?"):
        load_config({"time_out": 3}, allowed_keys={"timeout", "base_url"})
    with pytest.raises(ConfigError, match="allowed: base_url, timeout"):
        check_keys({"zzz": 1}, {"timeout", "base_url"})


def test_yaml_and_json_files(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("base_url: http://${HOST}:${PORT:-1}\nretries: 3\n")
    (tmp_path / "c.JSON").write_text(json.dumps({"base_url": "${HOST}"}))
    (tmp_path / "empty.yml").write_text("")
    assert load_config(tmp_path / "c.yaml", environ=ENV) == {"base_url": "http://127.0.0.1:8000", "retries": 3}
    assert load_config(str(tmp_path / "c.JSON"), environ=ENV) == {"base_url": "127.0.0.1"}
    assert load_config(tmp_path / "empty.yml") == {}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", b"{not json", "not valid JSON (line 1, column 2)"),
        ("bad.yaml", b"a: [1, 2\n", "not valid YAML"),
        ("date.yaml", b"when: 2001-02-30\n", "YAML that cannot be loaded"),
        ("list.yaml", b"- a\n- b\n", "expected a mapping of keys to values, got list"),
        ("latin1.yaml", "caf\u00e9: 1".encode("latin-1"), "is not UTF-8 text"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON that cannot be loaded"),
        ("long.json", b'{"n": ' + b"9" * 5000 + b"}", "JSON that cannot be loaded"),
        ("c.toml", b"a = 1", "unsupported config format '.toml'"),
    ],
)
def test_broken_files_are_config_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        load_config(path)
    assert str(path) in str(caught.value)


def test_missing_file_and_directory_and_wrong_source_type(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(tmp_path)
    with pytest.raises(ConfigError, match="expected a mapping or a path"):
        load_config(42)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="expected a mapping or a path"):
        load_config(["a"])  # type: ignore[arg-type]


def test_config_error_is_still_a_value_error() -> None:
    with pytest.raises(ValueError, match="NOPE"):
        expand_env("${NOPE}", environ={})


def test_the_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNBRIDGE_TEST_VALUE", "from-env")
    assert load_config({"v": "${RUNBRIDGE_TEST_VALUE}"}) == {"v": "from-env"}
