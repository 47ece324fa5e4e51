"""Keep credentials out of logs, reprs, exception messages and traces.

Everything runbridge prints about a request goes through these functions. httpx itself logs every request URL
at INFO, query string included, so `install_httpx_log_filter` also redacts the records of the "httpx" logger.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

REDACTED = "[REDACTED]"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "x-auth-token",
        "x-runagent-api-key",
    }
)
SENSITIVE_PARAMS = frozenset(
    {
        "access_token",
        "token",
        "api_key",
        "apikey",
        "key",
        "client_secret",
        "clientsecret",
        "appsecret",
        "password",
        "refresh_token",
        "id_token",
        "secret",
    }
)
# Key names inside JSON bodies and config dicts whose values are secrets.
SENSITIVE_KEYS = SENSITIVE_PARAMS | {"accesstoken", "refreshtoken", "idtoken", "bearer_token", "authorization"}

_QUERY_PAIR = re.compile(r"(?P<key>[^&=?#\s]+)=(?P<value>[^&#\s\"']*)")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")


def redact_url(url: httpx.URL | str) -> str:
    """The URL with secret query values and any user:password replaced."""
    parsed = httpx.URL(str(url))
    if parsed.password or parsed.username:
        parsed = parsed.copy_with(username=None, password=None)
    if not parsed.query:
        return str(parsed)
    pairs = parsed.params.multi_items()
    query = "&".join(f"{key}={REDACTED if key.lower() in SENSITIVE_PARAMS else value}" for key, value in pairs)
    return str(parsed.copy_with(query=query.encode()))


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of the headers with credential values replaced."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {key: (REDACTED if key.lower() in SENSITIVE_HEADERS else value) for key, value in items}


def redact_mapping(data: Any) -> Any:
    """A deep copy of JSON-like data with the values of secret-looking keys replaced."""
    if isinstance(data, Mapping):
        return {
            key: (REDACTED if str(key).lower() in SENSITIVE_KEYS and value else redact_mapping(value))
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [redact_mapping(item) for item in data]
    return data


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Free text with bearer tokens, JWTs, secret query values and any known secret strings removed."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    text = _BEARER.sub(lambda match: f"{match.group(1)} {REDACTED}", text)
    text = _JWT.sub(REDACTED, text)
    return _QUERY_PAIR.sub(
        lambda match: (
            f"{match.group('key')}={REDACTED}" if match.group("key").lower() in SENSITIVE_PARAMS else match.group(0)
        ),
        text,
    )


def mask(secret: str | None) -> str:
    """How a secret appears in a repr: present or absent, never its value."""
    return "None" if secret is None else REDACTED


class RedactingFilter(logging.Filter):
    """Rewrites a log record's message so that no credential survives formatting."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_installed = False


def install_httpx_log_filter() -> None:
    """Redact secrets from the records httpx and httpcore log themselves (idempotent)."""
    global _installed
    if _installed:
        return
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).addFilter(RedactingFilter())
    _installed = True
