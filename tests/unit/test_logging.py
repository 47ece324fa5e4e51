"""RUNBRIDGE_LOG and runbridge._logging.enable: a redacting stderr handler on the runbridge logger."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from runbridge import _logging
from runbridge._redact import RedactingFilter

SRC = Path(__file__).resolve().parents[2] / "src"


def runbridge_handlers() -> list[logging.Handler]:
    return [handler for handler in logging.getLogger("runbridge").handlers if getattr(handler, "_runbridge", False)]


def test_enable_attaches_one_redacting_handler_and_disable_removes_it() -> None:
    try:
        _logging.enable(logging.DEBUG)
        _logging.enable(logging.DEBUG)
        handlers = runbridge_handlers()
        assert len(handlers) == 1
        assert any(isinstance(item, RedactingFilter) for item in handlers[0].filters)
        assert logging.getLogger("runbridge").level == logging.DEBUG
    finally:
        _logging.disable()
    assert runbridge_handlers() == []
    assert logging.getLogger("runbridge").level == logging.NOTSET


def test_the_handler_redacts_even_records_logged_directly(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        _logging.enable(logging.INFO)
        logging.getLogger("runbridge.test").info("calling with %s", "Authorization: Bearer sekrit-123")
    finally:
        _logging.disable()
    err = capsys.readouterr().err
    assert "sekrit-123" not in err
    assert "Bearer [REDACTED]" in err


@pytest.mark.parametrize(
    ("value", "level"), [("debug", "DEBUG"), ("INFO", "INFO"), (" Debug ", "DEBUG"), ("", None), ("loud", None)]
)
def test_runbridge_log_is_read_at_import(value: str, level: str | None) -> None:
    code = (
        "import logging, runbridge.transport as t; "
        "root = logging.getLogger('runbridge'); "
        "print(logging.getLevelName(root.level) if root.handlers else None)"
    )
    env = {**os.environ, "RUNBRIDGE_LOG": value, "PYTHONPATH": str(SRC)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    assert result.stdout.strip() == str(level)
