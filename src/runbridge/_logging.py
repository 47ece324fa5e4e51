"""`RUNBRIDGE_LOG=debug|info` turns on request/response logging, always through the redacting filter."""

from __future__ import annotations

import logging
import os

from runbridge._redact import RedactingFilter, install_httpx_log_filter

_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"
_configured = False


def configure_from_env() -> None:
    """Read RUNBRIDGE_LOG once; attach a stderr handler to the `runbridge` logger when it asks for output."""
    global _configured
    if _configured:
        return
    _configured = True
    install_httpx_log_filter()
    level_name = os.environ.get("RUNBRIDGE_LOG", "").strip().lower()
    if level_name not in {"debug", "info"}:
        return
    enable(logging.DEBUG if level_name == "debug" else logging.INFO)


def enable(level: int = logging.INFO) -> None:
    """Log runbridge's requests and responses at `level` to stderr (credentials redacted)."""
    root = logging.getLogger("runbridge")
    root.setLevel(level)
    if not any(getattr(handler, "_runbridge", False) for handler in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        handler._runbridge = True  # type: ignore[attr-defined]
        root.addHandler(handler)
