"""Fixtures shared by the generation tests."""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def importable_from(out: Path) -> Iterator[Path]:
    """Make `out` importable as `runbridge_generated` in place of the repo's generated packages, until exit."""
    saved = {name: module for name, module in sys.modules.items() if name.startswith("runbridge_generated")}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.startswith("runbridge_generated")]:
            del sys.modules[name]
        sys.modules.update(saved)
        importlib.invalidate_caches()


@pytest.fixture
def importable(tmp_path: Path) -> Iterator[Path]:
    """`tmp_path/out`, importable as `runbridge_generated` in place of the repo's generated packages."""
    with importable_from(tmp_path / "out") as out:
        yield out
