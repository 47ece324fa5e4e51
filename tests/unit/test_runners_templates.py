"""The `http` runner's config language: templates, output paths, URLs, and batch input files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from runbridge.errors import ConfigError
from runbridge.runners import APIRunner, ResponseShapeError
from runbridge.runners.builtin._http import extract, fill_template, path_segments, split_url
from runbridge.runners.inputs import load_queries

DOC: dict[str, Any] = {
    "data": {"items": [{"text": "first"}, {"text": "second"}], "a/b": 1, "0": "zero-key"},
    "choices": [{"message": {"content": "hi"}}],
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("data.items[1].text", "second"),
        ("data.items.0.text", "first"),
        ("$.choices[0].message.content", "hi"),
        ("/choices/0/message/content", "hi"),
        ("/data/a~1b", 1),
        ("data.items[-1].text", "second"),
        ("data.0", "zero-key"),
        ("", DOC),
    ],
)
def test_extract_paths(path: str, expected: Any) -> None:
    assert extract(DOC, path) == expected


def test_extract_explains_what_is_missing() -> None:
    with pytest.raises(ResponseShapeError, match=r"data has no key 'itemz' \(keys: items, a/b, 0\)"):
        extract(DOC, "data.itemz")
    with pytest.raises(ResponseShapeError, match="has 2 items, no index 5"):
        extract(DOC, "data.items[5]")
    with pytest.raises(ResponseShapeError, match="is a str, not an object or list"):
        extract(DOC, "choices[0].message.content.deeper")
    assert path_segments("a[2].b") == ["a", 2, "b"]


def test_fill_template_keeps_types_and_leaves_other_braces() -> None:
    template = {"q": "{query}", "n": "{top_k}", "text": "Q: {query} (k={top_k})", "json": '{"raw": true}'}
    filled = fill_template(template, {"query": "hi", "top_k": 3}, where="body")
    assert filled == {"q": "hi", "n": 3, "text": "Q: hi (k=3)", "json": '{"raw": true}'}
    with pytest.raises(ConfigError, match=r"body.q: template placeholder \{user\} has no value"):
        fill_template({"q": "{user}"}, {"query": "x"}, where="body")


def test_split_url() -> None:
    assert split_url("https://api.example.com:8443/v1/ask?x=1") == ("https://api.example.com:8443", "/v1/ask?x=1")
    assert split_url("http://127.0.0.1:9") == ("http://127.0.0.1:9", "/")
    with pytest.raises(ConfigError, match="absolute http"):
        split_url("ftp://example.com/x")


def test_http_runner_config_errors() -> None:
    with pytest.raises(ConfigError, match="missing required config key"):
        APIRunner({"http": {"method": "GET"}})
    with pytest.raises(ConfigError, match="method must be one of"):
        APIRunner({"http": {"url": "http://127.0.0.1:9/x", "method": "FETCH"}})
    with pytest.raises(ConfigError, match="absolute http"):
        APIRunner({"http": {"url": "localhost/ask"}})
    with pytest.raises(ConfigError, match="headers must be a mapping"):
        APIRunner({"http": {"url": "http://127.0.0.1:9/x", "headers": ["a"]}})
    with pytest.raises(ConfigError, match="did you mean 'output'"):
        APIRunner({"http": {"url": "http://127.0.0.1:9/x", "outptu": "a"}})


def test_openai_chat_needs_a_model() -> None:
    with pytest.raises(ConfigError, match="'model'"):
        APIRunner({"openai_chat": {"base_url": "http://127.0.0.1:9/v1"}})


def test_load_queries_formats(tmp_path: Path) -> None:
    text = tmp_path / "q.txt"
    text.write_text("one\n\n  two  \n", encoding="utf-8")
    assert load_queries(text) == ["one", "two"]

    jsonl = tmp_path / "q.jsonl"
    jsonl.write_text('"a"\n\n{"question": "b"}\n', encoding="utf-8")
    assert load_queries(jsonl, field="question") == ["a", "b"]
    with pytest.raises(ConfigError, match=r"q.jsonl, line 3: no 'query' key"):
        load_queries(jsonl)

    single = tmp_path / "single.csv"
    single.write_text("first\nsecond\n", encoding="utf-8")
    assert load_queries(single) == ["first", "second"]

    multi = tmp_path / "multi.csv"
    multi.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no 'query' column \(columns: id, text\)"):
        load_queries(multi)
    assert load_queries(multi, field="text") == ["hello"]

    with pytest.raises(ConfigError, match="does not exist"):
        load_queries(tmp_path / "missing.txt")
