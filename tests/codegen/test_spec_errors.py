"""A broken spec is reported in one readable line that names the spec and the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runbridge.codegen import generate_all
from runbridge.errors import SpecError

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_a_dangling_reference_is_named_without_dumping_the_document(tmp_path: Path) -> None:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "description": "x" * 5000},
        "paths": {"/a": {"get": {"operationId": "getA", "tags": ["a"], "responses": {"200": ok}}}},
        "components": {"schemas": {"Present": {"type": "object"}}},
    }
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "t.json").write_text(json.dumps(spec), encoding="utf-8")
    (specs / "t.config.yaml").write_text("package: t\n", encoding="utf-8")

    with pytest.raises(SpecError) as caught:
        generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)

    message = str(caught.value)
    assert "t.json" in message
    assert "/components/schemas/Missing" in message
    assert len(message) < 400, message
    assert not (tmp_path / "out" / "runbridge_generated").exists()
