"""Short-lived HS256 JWTs for the sandbox's token endpoints, signed with a key made per process."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Any

_KEY = secrets.token_bytes(32)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue(subject: str, ttl: float, *, now: float | None = None, **claims: Any) -> str:
    """A signed JWT for `subject` that expires `ttl` seconds after `now` (epoch seconds; default: the time)."""
    now = time.time() if now is None else now
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {"sub": subject, "iat": int(now), "exp": now + ttl, "jti": secrets.token_hex(8), **claims}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    signature = hmac.new(_KEY, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def verify(token: str, *, now: float | None = None) -> dict[str, Any] | None:
    """The claims of a valid token issued by this process, unexpired at `now` (default: the time); else None."""
    try:
        header, payload, signature = token.split(".")
        expected = hmac.new(_KEY, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(signature)):
            return None
        claims: dict[str, Any] = json.loads(_unb64(payload))
    except (ValueError, TypeError):
        return None
    if float(claims.get("exp", 0)) <= (time.time() if now is None else now):
        return None
    return claims


def bearer(authorization: str | None, *, now: float | None = None) -> dict[str, Any] | None:
    """Verify an `Authorization: Bearer <jwt>` header value."""
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    return verify(authorization[7:].strip(), now=now)
