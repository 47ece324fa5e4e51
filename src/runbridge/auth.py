"""Credentials as `httpx.Auth` flows, so every generated client gets token refresh for free.

    StaticToken        a fixed bearer token or API key header
    TokenAuth          base of the refreshing flows:
     ├── ClientCredentials   OAuth2 client credentials (standard form, or Run:ai's v1 JSON body)
     └── ApiKeyExchange      an API key traded for a short-lived JWT (the runs service)

A refreshing flow fetches a token before the first request, refreshes it a margin before it expires, and on a
401 refreshes once and resends once. Refresh is single-flight per auth object: however many threads, tasks, or
event loops in other threads find the token stale, one token request goes out and the others wait for its
result (tasks wait on their loop's asyncio.Lock, then take the threads' lock without blocking the loop).
A failed refresh raises `TokenError` and leaves nothing locked, so the next call simply tries again. A refusal
(an error status, after the transport's retries for 5xx) carries the response, from which the client raises the
status error of its service made a TokenError too (`runbridge.errors.as_token_error`): a wrong secret is an
AuthenticationError like any other 401.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, Literal

import attrs
import httpx

from runbridge._constants import DEFAULT_REFRESH_MARGIN
from runbridge._redact import mask, redact_mapping, redact_text, redact_url
from runbridge.errors import TokenError, parse_body

__all__ = ["ApiKeyExchange", "ClientCredentials", "StaticToken", "Token", "TokenAuth", "jwt_expiry"]


@attrs.frozen(repr=False)
class Token:
    """An access token and when to stop using it (epoch seconds; None = until the server says 401)."""

    value: str
    expires_at: float | None = None
    refresh_at: float | None = None

    def fresh(self, now: float) -> bool:
        return self.refresh_at is None or now < self.refresh_at

    def __repr__(self) -> str:
        return f"Token(value={mask(self.value)}, expires_at={self.expires_at!r})"


# RFC 6750 b64token plus the characters opaque vendor tokens use; never whitespace or control characters.
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9\-._~+/=:!#$%&'*^`|]+")


def _seconds(value: object) -> float | None:
    """A token lifetime from `expires_in`: a finite, non-negative number or numeric string, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def jwt_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT (url-safe base64, padding restored), or None if it is not a readable JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, TypeError, RecursionError):
        return None
    expiry = payload.get("exp") if isinstance(payload, dict) else None
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        return None
    try:
        seconds = float(expiry)
    except OverflowError:  # an int too large for a float
        return None
    return seconds if math.isfinite(seconds) else None


class StaticToken(httpx.Auth):
    """A fixed credential sent in a header: `Authorization: Bearer <token>` unless told otherwise."""

    def __init__(self, token: str, *, header: str = "Authorization", prefix: str | None = "Bearer") -> None:
        if not token:
            raise TokenError("an empty token was given")
        self._value = f"{prefix} {token}" if prefix else token
        self._header = header
        self.token_requests = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    def invalidate(self) -> None:
        """Nothing to forget: a static credential is never refreshed (present for parity with TokenAuth)."""

    def __repr__(self) -> str:
        return f"StaticToken(header={self._header!r}, token={REDACTED_TOKEN})"


REDACTED_TOKEN = mask("x")


class TokenAuth(httpx.Auth):
    """A token that is fetched, cached and refreshed; subclasses say how to ask for one."""

    def __init__(
        self,
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        refresh_ahead: bool = True,
        header: str = "Authorization",
        prefix: str = "Bearer",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if refresh_margin < 0:
            raise ValueError("refresh_margin must be >= 0")
        self.refresh_margin = refresh_margin
        # False: keep a token until the server rejects it (runapy's `auto_refresh_token=False`); the 401 path
        # below still refreshes once and resends once.
        self.refresh_ahead = refresh_ahead
        # Epoch seconds, as JWT `exp` claims are; replaceable so expiry can be tested without waiting.
        self.clock = clock
        self._header = header
        self._prefix = prefix
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.token_requests = 0

    # -- what a subclass provides -------------------------------------------------------------------------

    def build_token_request(self) -> httpx.Request:
        raise NotImplementedError

    def secrets(self) -> tuple[str, ...]:
        """Strings that must never appear in an error message."""
        return ()

    # -- shared logic ---------------------------------------------------------------------------------------

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    @property
    def token(self) -> Token | None:
        return self._token

    def _fresh_token(self) -> Token | None:
        token = self._token
        return token if token is not None and token.fresh(self.clock()) else None

    def _next_token_request(self, original: httpx.Request) -> httpx.Request:
        self.token_requests += 1
        request = self.build_token_request()
        # The token call is part of a logical call that may itself be retried: it must be safe to resend. It is
        # sent straight to the transport, bypassing the client's request builder, so it inherits the caller's
        # timeout here (without one it could wait forever) and its User-Agent.
        extensions: dict[str, Any] = {
            **request.extensions,
            "runbridge.idempotent": True,
            "runbridge.buffered": True,
            "runbridge.operation": "token",
        }
        if "timeout" in original.extensions and "timeout" not in request.extensions:
            extensions["timeout"] = original.extensions["timeout"]
        request.extensions = extensions
        user_agent = original.headers.get("user-agent")
        if user_agent and "user-agent" not in request.headers:
            request.headers["User-Agent"] = user_agent
        return request

    def _store(self, response: httpx.Response) -> Token:
        token = self._parse(response)
        self._token = token
        return token

    def _parse(self, response: httpx.Response) -> Token:
        where = redact_url(response.request.url)
        body = parse_body(response)
        if response.status_code >= 400:
            body = redact_mapping(body, self.secrets())
            detail = redact_text(json.dumps(body) if not isinstance(body, str) else body, self.secrets())[:300]
            raise TokenError(
                f"token endpoint {where} answered {response.status_code}: {detail}",
                status_code=response.status_code,
                body=body,
                response=response,
            )
        if not isinstance(body, dict):
            raise TokenError(f"token endpoint {where} did not answer with a JSON object", status_code=200)
        value = next((body[key] for key in ("access_token", "accessToken", "token") if body.get(key)), None)
        if not isinstance(value, str):
            fields = sorted(str(key) for key in body)[:20]
            raise TokenError(
                f"token endpoint {where} answered without access_token/accessToken/token (fields: {fields})",
                status_code=response.status_code,
            )
        if not _TOKEN_CHARS.fullmatch(value):
            # A value with spaces or control characters would be rejected (and quoted) by the HTTP layer later.
            raise TokenError(
                f"token endpoint {where} answered with a token that is not a valid header value "
                f"({len(value)} characters)",
                status_code=response.status_code,
            )
        now = self.clock()
        lifetime = _seconds(body.get("expires_in", body.get("expiresIn")))
        expires_at = now + lifetime if lifetime is not None else jwt_expiry(value)
        refresh_at = None
        if expires_at is not None and self.refresh_ahead:
            # Never spend more than half a token's life waiting to refresh it: with a 30 s token and a 60 s
            # margin, refreshing "60 s early" would mean a token request before every call.
            margin = min(self.refresh_margin, max(expires_at - now, 0.0) / 2)
            refresh_at = expires_at - margin
        return Token(value=value, expires_at=expires_at, refresh_at=refresh_at)

    def _authorize(self, request: httpx.Request, token: Token) -> httpx.Request:
        request.headers[self._header] = f"{self._prefix} {token.value}" if self._prefix else token.value
        return request

    def _needs_refresh_after_401(self, used: Token) -> bool:
        current = self._token
        return current is None or current.value == used.value

    # -- the two shells around it ------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._fresh_token()
        if token is None:
            with self._thread_lock:
                token = self._fresh_token()
                if token is None:
                    response = yield self._next_token_request(request)
                    response.read()
                    token = self._store(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        with self._thread_lock:
            if self._needs_refresh_after_401(token):
                refreshed = yield self._next_token_request(request)
                refreshed.read()
                self._store(refreshed)
            token = self._token or token
        response.read()
        yield self._authorize(request, token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._fresh_token()
        if token is None:
            async with self._loop_lock():
                token = self._fresh_token()
                if token is None:
                    await self._acquire_across_threads()
                    try:
                        token = self._fresh_token()
                        if token is None:
                            response = yield self._next_token_request(request)
                            await response.aread()
                            token = self._store(response)
                    finally:
                        self._thread_lock.release()
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        async with self._loop_lock():
            await self._acquire_across_threads()
            try:
                if self._needs_refresh_after_401(token):
                    refreshed = yield self._next_token_request(request)
                    await refreshed.aread()
                    self._store(refreshed)
                token = self._token or token
            finally:
                self._thread_lock.release()
        await response.aread()
        yield self._authorize(request, token)

    async def _acquire_across_threads(self) -> None:
        """Take the lock the sync flow uses, without blocking the event loop: tasks on one loop already queue on
        that loop's asyncio.Lock, and this makes one refresh serve other threads and other loops too."""
        # A threading.Lock cannot be awaited, and blocking on it would stall every task on this loop: poll.
        while not self._thread_lock.acquire(blocking=False):  # noqa: ASYNC110
            await asyncio.sleep(0.005)

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            lock = self._loop_locks[loop] = asyncio.Lock()
        return lock


class ClientCredentials(TokenAuth):
    """OAuth2 client credentials.

    `style="form"` sends the standard `grant_type=client_credentials` form (RFC 6749 §4.4, client secret in the
    body, as Run:ai's `/api/v2/token` expects); `style="json"` sends Run:ai's v1 body
    `{"grantType": "client_credentials", "clientID", "clientSecret"}` and reads `{"accessToken", "expiresIn"}`.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        style: Literal["form", "json"] = "form",
        scope: str | None = None,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        refresh_ahead: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_margin=refresh_margin, refresh_ahead=refresh_ahead, clock=clock)
        if not client_id or not client_secret:
            raise TokenError("client credentials need both a client_id and a client_secret")
        if style not in ("form", "json"):
            raise ValueError(f"style must be 'form' or 'json', not {style!r}")
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.style = style
        self.scope = scope

    def secrets(self) -> tuple[str, ...]:
        return (self._client_secret,)

    def build_token_request(self) -> httpx.Request:
        if self.style == "json":
            payload = {
                "grantType": "client_credentials",
                "clientID": self.client_id,
                "clientSecret": self._client_secret,
            }
            return httpx.Request("POST", self.token_url, json=payload, headers={"Accept": "application/json"})
        # authlib builds the standard body; only the HTTP exchange is ours.
        from authlib.oauth2.rfc6749.parameters import prepare_token_request

        extra: dict[str, Any] = {"scope": self.scope} if self.scope else {}
        body = prepare_token_request(
            "client_credentials", client_id=self.client_id, client_secret=self._client_secret, **extra
        )
        return httpx.Request(
            "POST",
            self.token_url,
            content=body.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(token_url={redact_url(self.token_url)!r}, client_id={self.client_id!r}, "
            f"client_secret={mask(self._client_secret)}, style={self.style!r})"
        )


class ApiKeyExchange(TokenAuth):
    """An API key traded for a short-lived JWT: `POST token_url` with `Authorization: Bearer <key>` and the body
    `{"type": "apikey", "key": <key>}`, answered by `{"token", "token_type", "expires_in"}`."""

    def __init__(
        self,
        token_url: str,
        api_key: str,
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        if not api_key:
            raise TokenError("an empty API key was given")
        self.token_url = token_url
        self._api_key = api_key

    def secrets(self) -> tuple[str, ...]:
        return (self._api_key,)

    def build_token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.token_url,
            json={"type": "apikey", "key": self._api_key},
            headers={"Authorization": f"Bearer {self._api_key}", "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return f"ApiKeyExchange(token_url={redact_url(self.token_url)!r}, api_key={mask(self._api_key)})"
