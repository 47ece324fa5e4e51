"""Our template overrides on a small spec: the generated package passes mypy --strict where the stock one fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from runbridge.codegen import generate_all

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_a_model_with_a_property_named_like_its_module_is_type_clean(tmp_path: Path) -> None:
    # The stock model template names from_dict's result after the module (`nodes`), which the property `nodes`
    # then shadows; the vendor's `Nodes` schema has exactly this shape.
    node = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    nodes = {
        "type": "object",
        "properties": {"nodes": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
        "required": ["nodes"],
    }
    error = {"type": "object", "properties": {"detail": {"type": "string"}}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "nodes", "version": "1"},
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "getNodes",
                    "tags": ["nodes"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nodes"}}},
                        },
                        "404": {
                            "description": "no",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        },
                    },
                }
            }
        },
        "components": {"schemas": {"Node": node, "Nodes": nodes, "Error": error}},
    }
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "nodes.json").write_text(json.dumps(spec), encoding="utf-8")
    (specs / "nodes.config.yaml").write_text("package: nodes\n", encoding="utf-8")
    out = tmp_path / "out"
    # generate_all puts the package in place only once it passes `mypy --strict` (its proof gate, which
    # test_bug_classes shows failing on a template edit); this run is that type check.
    (result,) = generate_all(specs, TEMPLATES, out, log=lambda _line: None)

    assert result.package == "nodes"
    assert (out / "runbridge_generated" / "nodes" / "models" / "nodes.py").is_file()
    script = (
        "from runbridge_generated.nodes.models import Nodes\n"
        "print(Nodes.from_dict({'nodes': [{'name': 'a'}]}).nodes[0].name)"
    )
    parsed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=out)
    assert parsed.stdout.strip() == "a"
