"""`RUNBRIDGE_LOG=debug|info` turns on request/response logging, always through the redacting filter.

The switch attaches one stderr handler to the `runbridge` logger (records still propagate to the root logger,
so pytest's caplog and an application's own handlers see them too). httpx and httpcore log through their own
loggers; those get the redacting filter at import time whatever the switch says, because an application may
turn them on itself and httpx writes every request URL, query string included, at INFO.
"""

from __future__ import annotations

import logging
import os

from runbridge._redact import RedactingFilter, install_httpx_log_filter

__all__ = ["configure_from_env", "disable", "enable"]

_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False


def configure_from_env() -> None:
    """Read RUNBRIDGE_LOG once; attach a stderr handler to the `runbridge` logger when it asks for output."""
    global _configured
    if _configured:
        return
    _configured = True
    install_httpx_log_filter()
    level = _LEVELS.get(os.environ.get("RUNBRIDGE_LOG", "").strip().lower())
    if level is not None:
        enable(level)


def enable(level: int = logging.INFO) -> None:
    """Log runbridge's requests and responses at `level` to stderr (credentials redacted)."""
    install_httpx_log_filter()
    root = logging.getLogger("runbridge")
    root.setLevel(level)
    if not any(getattr(handler, "_runbridge", False) for handler in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        handler._runbridge = True  # type: ignore[attr-defined]
        root.addHandler(handler)


def disable() -> None:
    """Undo `enable`: remove runbridge's stderr handler and hand the level back to the logging config."""
    root = logging.getLogger("runbridge")
    for handler in [handler for handler in root.handlers if getattr(handler, "_runbridge", False)]:
        root.removeHandler(handler)
    root.setLevel(logging.NOTSET)
