"""The wheel users install: it ships the facade, every generated package and the typing marker, nothing else."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "--wheel-dir", str(out)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("runbridge-*.whl")
    return built


def test_wheel_ships_facade_generated_packages_and_typing_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "runbridge/py.typed" in names
    assert "runbridge_generated/py.typed" in names
    generated_packages = {name.split("/")[1] for name in names if name.startswith("runbridge_generated/")}
    on_disk = {path.name for path in (ROOT / "generated" / "runbridge_generated").iterdir() if path.is_dir()}
    assert on_disk - {"__pycache__"} <= generated_packages
    assert not any(name.startswith(("tests/", "bench/", "examples/", "openapi/")) for name in names)


def test_installed_wheel_imports_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import runbridge, runbridge_generated\n"
        "assert runbridge.__file__.startswith(sys.argv[1]), runbridge.__file__\n"
        "print(runbridge.__version__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == __import__("runbridge").__version__
