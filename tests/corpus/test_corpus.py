"""Large public specs from other vendors generate completely, with a config that names only the package.

`generate_all` proves each package as `make generate` does before it swaps one in: every operation and every
documented response is generated, every module imports, and the package passes `mypy --strict`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from runbridge.codegen import generate_all
from runbridge.codegen.specs import load_document

SPECS = Path(__file__).parent / "specs"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

# file stem -> (OpenAPI version, operations in the document)
EXPECTED = {
    "prefect": ("3.1.0", 179),
    "twilio_api_v2010": ("3.0.1", 197),
    "asana": ("3.0.0", 247),
}


def test_the_corpus_spans_versions_and_formats() -> None:
    files = sorted(path for path in SPECS.iterdir() if ".config." not in path.name)
    assert {path.stem for path in files} == set(EXPECTED)
    assert {path.suffix for path in files} == {".json", ".yaml"}
    assert {version[:3] for version, _ in EXPECTED.values()} == {"3.0", "3.1"}
    for path in files:
        config = load_document(SPECS / f"{path.stem}.config.yaml")
        assert set(config) == {"package"}, f"{path.name}: the config must name only the package"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_vendor_spec_generates_every_operation_and_passes_mypy_strict(name: str, tmp_path: Path) -> None:
    version, operations = EXPECTED[name]
    spec = next(path for path in SPECS.iterdir() if path.stem == name and ".config." not in path.name)
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copyfile(spec, specs / spec.name)
    shutil.copyfile(SPECS / f"{name}.config.yaml", specs / f"{name}.config.yaml")
    lines: list[str] = []

    (result,) = generate_all(specs, TEMPLATES, tmp_path / "out", log=lines.append)

    assert result.spec["openapi"] == version  # the document as generated, not parsed a second time
    assert result.operations == operations >= 150
    package = tmp_path / "out" / "runbridge_generated" / result.package
    assert len(list((package / "api").rglob("*.py"))) >= operations
    # What could not be typed is reported, never silently dropped.
    assert all(line.startswith("  warning: ") for line in lines if "warning" in line)
