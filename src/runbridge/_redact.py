"""Keep credentials out of logs, reprs, exception messages and traces.

Everything runbridge prints about a request goes through these functions. httpx itself logs every request URL
at INFO, query string included, so `install_httpx_log_filter` also redacts the records of the "httpx" logger.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

if TYPE_CHECKING:
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
# Header names are matched by these fragments too, so a vendor's `X-Foo-Token` or `Private-Token` is covered.
_SENSITIVE_HEADER_FRAGMENTS = ("auth", "token", "secret", "api-key", "apikey", "password", "cookie", "session")
SENSITIVE_PARAMS = frozenset(
    {
        "access_token",
        "token",
        "api_key",
        "apikey",
        "api-key",
        "key",
        "client_secret",
        "clientsecret",
        "appsecret",
        "password",
        "refresh_token",
        "id_token",
        "secret",
        "jwt",
        "auth",
        "sig",
        "signature",
        "x-amz-signature",
        "x-amz-security-token",
        "session_token",
        "private_token",
    }
)
# Key names inside JSON bodies and config dicts whose values are secrets.
SENSITIVE_KEYS = SENSITIVE_PARAMS | {"accesstoken", "refreshtoken", "idtoken", "bearer_token", "authorization"}
# The same names with case, `_` and `-` removed, so `clientSecret`, `CLIENT_SECRET` and `client-secret` agree.
_NORMALIZED_KEYS = frozenset(name.replace("_", "").replace("-", "") for name in SENSITIVE_KEYS) | {
    "bearertoken",
    "authtoken",
    "sessiontoken",
    "xapikey",
    "apptoken",
}
_SECRET_SUFFIXES = ("secret", "password", "apikey", "accesstoken", "refreshtoken", "privatekey")

_QUERY_PAIR = re.compile(r"(?P<key>[^&=?#\s]+)=(?P<value>[^&#\s\"']*)")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# "access_token": "..." in JSON and 'access_token': '...' in a Python repr.
_QUOTED_PAIR = re.compile(
    r"""(?P<quote>["'])(?P<key>[A-Za-z0-9_-]{2,40})(?P=quote)(?P<sep>\s*:\s*)(?P<vquote>["'])(?P<value>[^"']*)(?P=vquote)"""
)
# x-api-key: abc  /  Authorization=abc  (a header written out as text)
_HEADER_LINE = re.compile(
    r"(?i)\b(?P<name>x-api-key|api-key|x-auth-token|x-runagent-api-key|authorization|proxy-authorization|cookie)"
    r"(?P<sep>\s*[:=]\s*)(?P<value>(?!\[REDACTED\]|bearer\s|basic\s)[^\s,;'\"}]+)"
)


def is_sensitive_key(name: object) -> bool:
    """Does a JSON/config key, query parameter or header name hold a credential?"""
    text = str(name).lower()
    normalized = text.replace("_", "").replace("-", "")
    return (
        text in SENSITIVE_KEYS
        or normalized in _NORMALIZED_KEYS
        or normalized.endswith(_SECRET_SUFFIXES)
        or text in SENSITIVE_HEADERS
    )


def is_sensitive_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in SENSITIVE_HEADERS or any(fragment in lowered for fragment in _SENSITIVE_HEADER_FRAGMENTS)


def redact_url(url: httpx.URL | str) -> str:
    """The URL with secret query values and any user:password replaced. Never raises: a string that is not
    a URL is redacted as free text."""
    try:
        import httpx  # here, not at module level: `import runbridge` should not cost an httpx import

        parsed = url if isinstance(url, httpx.URL) else httpx.URL(str(url))
        if parsed.userinfo:
            parsed = parsed.copy_with(username=None, password=None)
        query = parsed.query
        # Every exchange of every traced call comes through here: a query without a secret is left as it is.
        if not query or not any(
            _is_sensitive_param(unquote_plus(pair.partition("=")[0])) for pair in query.decode("ascii").split("&")
        ):
            return str(parsed)
        pairs = parsed.params.multi_items()
        redacted = "&".join(f"{key}={REDACTED if _is_sensitive_param(key) else value}" for key, value in pairs)
        return str(parsed.copy_with(query=redacted.encode()))
    except Exception:  # an invalid URL: fall back to the text rules rather than fail while reporting an error
        return redact_text(str(url))


@functools.lru_cache(maxsize=1024)
def _is_sensitive_param(name: str) -> bool:
    """Is this query parameter a credential? Cached: the same few names come back in every URL."""
    return name.lower() in SENSITIVE_PARAMS or is_sensitive_key(name)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of the headers with credential values replaced."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {key: (REDACTED if is_sensitive_header(key) else value) for key, value in items}


def redact_mapping(data: Any, secrets: tuple[str, ...] = ()) -> Any:
    """A deep copy of JSON-like data with the values of secret-looking keys replaced, and `secrets` removed from
    every string (a server may echo what it was sent anywhere in its answer)."""
    if isinstance(data, Mapping):
        return {
            key: (REDACTED if is_sensitive_key(key) and value else redact_mapping(value, secrets))
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [redact_mapping(item, secrets) for item in data]
    if isinstance(data, str) and secrets:
        return redact_text(data, secrets)
    return data


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Free text with bearer tokens, JWTs, secret query values and any known secret strings removed."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    text = _BEARER.sub(lambda match: f"{match.group(1)} {REDACTED}", text)
    text = _JWT.sub(REDACTED, text)
    text = _QUOTED_PAIR.sub(_redact_quoted_pair, text)
    text = _HEADER_LINE.sub(lambda match: f"{match.group('name')}{match.group('sep')}{REDACTED}", text)
    return _QUERY_PAIR.sub(
        lambda match: (
            f"{match.group('key')}={REDACTED}" if match.group("key").lower() in SENSITIVE_PARAMS else match.group(0)
        ),
        text,
    )


def _redact_quoted_pair(match: re.Match[str]) -> str:
    if not match.group("value") or not is_sensitive_key(match.group("key")):
        return match.group(0)
    quote, vquote = match.group("quote"), match.group("vquote")
    return f"{quote}{match.group('key')}{quote}{match.group('sep')}{vquote}{REDACTED}{vquote}"


def mask(secret: str | None) -> str:
    """How a secret appears in a repr: present or absent, never its value."""
    return "None" if secret is None else REDACTED


class RedactingFilter(logging.Filter):
    """Rewrites a log record's message so that no credential survives formatting."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call is the handler's problem to report, not ours to raise
            return True
        redacted = redact_text(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


_installed = False
_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "authlib",
)


def install_httpx_log_filter() -> None:
    """Redact secrets from the records httpx and httpcore log themselves (idempotent)."""
    global _installed
    if _installed:
        return
    # A logger's filters do not apply to records from its children, so httpcore's modules are listed one by one.
    for name in _THIRD_PARTY_LOGGERS:
        logging.getLogger(name).addFilter(RedactingFilter())
    _installed = True


# Any import of runbridge (errors import this module) protects httpx's and httpcore's log records at once, before
# an application turns those loggers on.
install_httpx_log_filter()
