"""The import check: every module of a generated package imports in a fresh interpreter; and `run_main`, which
starts the fresh interpreters of the checks.

A generation runs the check in the model self-test's interpreter, after the self-test (selftest.main);
`import_all` runs it on its own, for a caller that wants the module count.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

from runbridge.codegen.specs import capped
from runbridge.errors import SpecError

# The exit status of an interpreter whose import check failed (the self-test exits 1 on its own failures).
IMPORT_FAILED = 3


class ImportCheckError(SpecError):
    """A generated module does not import."""

    def __init__(self, failures: str) -> None:
        super().__init__(f"generated modules fail to import:\n  {failures}")


def import_every_module(package: str) -> tuple[int, list[str]]:
    """Import every module under `package` in this interpreter: (how many, one line per module that failed)."""
    root = importlib.import_module(package)
    count, failed = 0, []
    # A package that fails is recorded by the loop; `onerror` only stops the walk from raising on it again.
    for info in pkgutil.walk_packages(root.__path__, root.__name__ + ".", onerror=lambda _name: None):
        count += 1
        try:
            importlib.import_module(info.name)
        except Exception as exc:  # every failure is reported, not just the first
            failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
    return count, failed


def import_all(path_entry: Path, package: str) -> int:
    """Import every module under `package` (importable from `path_entry`) in a fresh interpreter; return how many."""
    result = run_main("runbridge.codegen.imports", [package], path_entry, cwd=path_entry)
    if result.returncode != 0:
        raise ImportCheckError(result.stderr.strip())
    return int(result.stdout.strip() or 0)


def run_main(
    module: str, args: list[str], path_entry: Path, *, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`module.main(args)` in a fresh interpreter that imports from `path_entry` first, running in `cwd`.

    Not `python -m module`: runbridge.codegen imports its modules, and runpy warns on stderr (which is the report)
    when the module it is asked to run is already imported."""
    entry = f"import sys; from {module} import main; sys.exit(main(sys.argv[1:]))"
    path = str(path_entry.resolve())
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([path, os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-c", entry, *args]
    return subprocess.run(command, capture_output=True, text=True, env=environment, check=False, cwd=cwd)  # noqa: S603


def report(failed: list[str]) -> int:
    """Print the first import failures to stderr; the exit status of an interpreter whose import check failed."""
    print("\n".join(capped(failed)), file=sys.stderr)
    return IMPORT_FAILED


def main(argv: list[str]) -> int:
    count, failed = import_every_module(argv[0])
    print(count)
    return report(failed) if failed else 0
