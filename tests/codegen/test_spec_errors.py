"""A broken spec is reported in one readable line that names the spec and the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runbridge.codegen import generate_all
from runbridge.codegen.specs import capped
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


def _yaml_spec(tmp_path: Path, text: str, config: str = "package: t\n") -> Path:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "t.yaml").write_text(text, encoding="utf-8")
    (specs / "t.config.yaml").write_text(config, encoding="utf-8")
    return specs


YAML_SPEC = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      tags: [a]
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Screen'}
        404:
          description: missing
components:
  schemas:
    Screen:
      type: object
      properties:
        ratio: {type: string, enum: [16:9, 4:3]}
        mode: {type: string, enum: [on, off]}
"""


def test_yaml_is_read_as_yaml_1_2_with_integer_response_codes(tmp_path: Path) -> None:
    from runbridge.codegen.specs import load_document

    specs = _yaml_spec(tmp_path, YAML_SPEC)
    document = load_document(specs / "t.yaml")
    assert list(document["paths"]["/a"]["get"]["responses"]) == ["200", "404"]
    properties = document["components"]["schemas"]["Screen"]["properties"]
    # YAML 1.1 would read these as 969 (sexagesimal) and booleans.
    assert properties["ratio"]["enum"] == ["16:9", "4:3"]
    assert properties["mode"]["enum"] == ["on", "off"]

    generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)
    module = (tmp_path / "out" / "runbridge_generated" / "t" / "api" / "a" / "get_a.py").read_text(encoding="utf-8")
    assert "response.status_code == 200" in module
    assert "response.status_code == 404" in module


@pytest.mark.parametrize(
    "spec", sorted(TEMPLATES.parent.joinpath("openapi").glob("*.yaml")), ids=lambda path: path.name
)
def test_the_fast_yaml_scanner_reads_each_spec_as_ruamels_own_does(spec: Path) -> None:
    from runbridge.codegen.specs import _json_keys, load_document, yaml_reader

    reference = yaml_reader(pure=True).load(spec.read_text(encoding="utf-8"))
    assert load_document(spec) == _json_keys(reference, spec, "")


def test_broken_yaml_names_the_file_and_the_line(tmp_path: Path) -> None:
    specs = _yaml_spec(tmp_path, "openapi: 3.0.3\ninfo: {title: t\npaths: {}\n")
    with pytest.raises(SpecError, match=r"t\.yaml: not valid YAML at line \d+, column \d+"):
        generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)


def test_a_key_that_is_not_a_string_names_its_json_pointer(tmp_path: Path) -> None:
    text = YAML_SPEC.replace("        ratio:", "        true: {type: string}\n        ratio:")
    specs = _yaml_spec(tmp_path, text)
    with pytest.raises(SpecError, match=r"t\.yaml: mapping key True at '/components/schemas/Screen/properties'"):
        generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)


def test_an_invalid_spec_names_the_json_pointer_of_the_problem(tmp_path: Path) -> None:
    specs = _yaml_spec(tmp_path, YAML_SPEC.replace("description: missing", "descriptionx: missing"))
    with pytest.raises(SpecError, match=r"t\.yaml: invalid OpenAPI at '/paths/~1a/get/responses/404'"):
        generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)


def test_house_lint_runs_after_the_overlay(tmp_path: Path) -> None:
    untagged = YAML_SPEC.replace("      tags: [a]\n", "")
    specs = _yaml_spec(tmp_path, untagged, "package: t\nlint: true\n")
    with pytest.raises(SpecError, match=r"GET /a \(/paths/~1a/get\): no tags"):
        generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)

    overlay = "package: t\nlint: true\noverlay:\n  - {op: add, path: /paths/~1a/get/tags, value: [a]}\n"
    (specs / "t.config.yaml").write_text(overlay, encoding="utf-8")
    generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)
    assert (tmp_path / "out" / "runbridge_generated" / "t" / "api" / "a" / "get_a.py").exists()


@pytest.mark.parametrize(
    ("generator", "expected"),
    [
        ("literal_enum: true", "t.config.yaml: unknown generator setting(s) literal_enum; openapi-python-client knows"),
        ("class_overrides: 3", "t.yaml: the generator failed: ValidationError"),
    ],
)
def test_a_wrong_generator_setting_is_named_before_anything_is_generated(
    tmp_path: Path, generator: str, expected: str
) -> None:
    specs = _yaml_spec(tmp_path, YAML_SPEC, config=f"package: t\ngenerator:\n  {generator}\n")
    with pytest.raises(SpecError) as caught:
        generate_all(specs, TEMPLATES, tmp_path / "out", log=lambda _line: None)
    assert expected in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert not (tmp_path / "out" / "runbridge_generated").exists()


def test_a_long_report_lists_the_first_lines_and_counts_the_rest() -> None:
    lines = [f"problem {number}" for number in range(25)]
    assert capped(lines) == [*lines[:20], "... and 5 more"]
    assert capped(lines, 25) == lines
