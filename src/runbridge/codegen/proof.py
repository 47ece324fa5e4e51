"""Proof that a freshly generated package works before it replaces the old one: `mypy --strict` on it.

Importing every module (imports.py) shows that the code loads; the type check shows that it is
consistent: a model whose field shadows a name its `from_dict` uses, or a body sent as `UNSET.to_dict()`, is a
type error long before it is a runtime one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from runbridge.codegen.specs import capped
from runbridge.errors import SpecError

# The strictness of the project's own mypy configuration, for a tree that has no configuration of its own.
_MYPY_CONFIG = "[mypy]\nstrict = True\npython_version = 3.11\n"
# A directory mypy keeps its cache in between proofs. mypy checks every cached module against its source hash, so
# the proof stays as strict; only unchanged modules (the standard library, httpx, an unchanged package) are not
# checked again. Unset, each proof starts from an empty cache.
CACHE_VARIABLE = "RUNBRIDGE_MYPY_CACHE"


def typecheck(path_entry: Path, packages: list[str]) -> None:
    """Run `mypy --strict` on `packages` (importable from `path_entry`); raise SpecError listing the errors."""
    with tempfile.TemporaryDirectory(prefix="runbridge-mypy-") as work:
        config = Path(work) / "mypy.ini"
        config.write_text(_MYPY_CONFIG, encoding="utf-8")
        kept = os.environ.get(CACHE_VARIABLE)
        cache = str(Path(kept).resolve()) if kept else str(Path(work) / "cache")  # mypy runs in `path_entry`
        command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", cache]
        for package in packages:
            command += ["-p", package]
        environment = {**os.environ, "MYPYPATH": str(path_entry)}
        result = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, env=environment, cwd=path_entry, check=False
        )
    if result.returncode != 0:
        errors = [line for line in result.stdout.splitlines() if ": error:" in line]
        listed = "\n  ".join(capped(errors)) or (result.stdout + result.stderr).strip()[-2000:]
        raise SpecError(f"the generated code fails mypy --strict:\n  {listed}")
