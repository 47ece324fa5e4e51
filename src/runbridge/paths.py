"""The one rule every path parameter passes before a request is built, in the generated clients and the facades.

A path parameter is one segment of the URL. Quoting keeps '/', '?' and '#' from splitting it, but not everything
is safe once quoted: '.' and '..' are removed by URL normalisation (so `get_run('..')` would reach `GET /api`),
an empty value merges two segments, a value already holding '%2F' or '%5C' is decoded to a separator by many
servers and proxies, and control characters are refused by HTTP itself. Such a value is refused here, naming the
parameter, before anything is sent.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from runbridge.errors import InvalidArgumentError

__all__ = ["path_problem", "path_segment"]

_FORBIDDEN = re.compile(r"[/\\?#\x00-\x1f\x7f]|%(?:2f|5c|2e|00)", re.IGNORECASE)
_DESCRIPTIONS = {"/": "'/'", "\\": "'\\'", "?": "'?'", "#": "'#'"}


def path_problem(value: str) -> str | None:
    """Why `value` cannot be a path segment, or None if it can."""
    if not value:
        return "is empty"
    if value in (".", ".."):
        return f"is {value!r}, which URL normalisation removes (the request would reach another endpoint)"
    match = _FORBIDDEN.search(value)
    if match is None:
        return None
    found = match.group(0)
    if found.startswith("%"):
        return f"contains the encoded character {found!r}, which servers may decode into a path separator or dot"
    return f"contains {_DESCRIPTIONS.get(found, 'a control character')}, which cannot appear in a path segment"


def path_segment(name: str, value: object) -> str:
    """`value` quoted as one URL path segment, or InvalidArgumentError naming `name` and the reason."""
    if type(value) is int:  # the common non-string case, always safe
        return str(value)
    text = str(value)  # the generated enums are StrEnums, whose str() is the value
    problem = path_problem(text)
    if problem is not None:
        raise InvalidArgumentError(f"path parameter {name}={text!r} {problem}")
    return quote(text, safe="")
