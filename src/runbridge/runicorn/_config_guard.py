"""Check an `update_config` request before it reaches the viewer.

The viewer's only writable setting is its storage root (`POST /api/config/user_root_dir`). The viewer persists
it and switches the *running* viewer to it at once, and it resolves an empty or relative path against its own
working directory - so `{"user_root_dir": ""}` silently points a live viewer at whatever directory it was
started in. Such values are refused here, with UnsafeConfigError; an absolute path is passed on.
"""

from __future__ import annotations

import ntpath
import posixpath
from collections.abc import Mapping
from typing import Any

from runbridge.runicorn.errors import UnsafeConfigError

__all__ = ["WRITABLE_KEYS", "checked_config_update"]

WRITABLE_KEYS = ("user_root_dir",)
# Keys `get_config()` returns that describe the viewer and cannot be set; named in the error for clarity.
_READ_ONLY_KEYS = ("storage", "config_file", "home_directory", "storage_backend")


def _is_absolute(path: str) -> bool:
    # The viewer may run on another OS than the client (remote viewers), so accept both conventions.
    return posixpath.isabs(path) or (ntpath.isabs(path) and bool(ntpath.splitdrive(path)[0]))


def checked_config_update(config: Mapping[str, Any]) -> dict[str, str]:
    """The update to send, or UnsafeConfigError naming the key and why."""
    if not isinstance(config, Mapping):
        raise UnsafeConfigError(f"update_config expects a mapping, not {type(config).__name__}")
    if not config:
        raise UnsafeConfigError(f"update_config got no settings; writable: {', '.join(WRITABLE_KEYS)}")
    for key in config:
        if key in _READ_ONLY_KEYS:
            raise UnsafeConfigError(f"config key {key!r} is reported by the viewer but cannot be set")
        if key not in WRITABLE_KEYS:
            raise UnsafeConfigError(f"unknown config key {key!r}; writable: {', '.join(WRITABLE_KEYS)}")
    root = config["user_root_dir"]
    if not isinstance(root, str):
        raise UnsafeConfigError(f"user_root_dir must be a string path, not {type(root).__name__}")
    if not root.strip():
        raise UnsafeConfigError(
            "refusing an empty user_root_dir: the viewer would switch its live storage to its working directory"
        )
    if "\x00" in root:
        raise UnsafeConfigError("user_root_dir contains a NUL character")
    if root != root.strip():
        raise UnsafeConfigError(f"user_root_dir {root!r} has leading or trailing whitespace")
    if not _is_absolute(root):
        raise UnsafeConfigError(
            f"refusing relative user_root_dir {root!r}: the viewer would resolve it against its own working "
            "directory; pass an absolute path"
        )
    return {"user_root_dir": root}
