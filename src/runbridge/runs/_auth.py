"""Credentials for the runs service: an API key exchanged for JWTs, or a JWT given as is, and the stream's
`access_token` query parameter.

The service's event stream authenticates with `?access_token=<jwt>` (browser EventSource cannot send headers,
and that is the contract the official clients use). `StreamQueryToken` wraps the real credential flow and, for
the stream route only, moves the bearer token from the Authorization header into that query parameter. The
wrapped flow still decides which token to send, so refresh-before-expiry and refresh-and-resend-once on a 401
apply to the stream exactly as to every other call. The URL then holds a secret: runbridge redacts
`access_token` in its logs, errors and traces, and filters httpx's own request log line.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Literal

import httpx

from runbridge._redact import install_httpx_log_filter
from runbridge.auth import ApiKeyExchange, StaticToken
from runbridge.errors import ConfigError
from runbridge.runs._wire import STREAM_ROUTE, default_token_url

StreamAuth = Literal["query", "header"]
QUERY_PARAMETER = "access_token"


class StreamQueryToken(httpx.Auth):
    """Runs `inner`'s auth flow, sending the bearer token of stream requests as `access_token` instead."""

    def __init__(self, inner: httpx.Auth, *, routes: frozenset[str] = frozenset({STREAM_ROUTE})) -> None:
        self.inner = inner
        self.routes = routes
        install_httpx_log_filter()  # the token is now in a URL: make sure httpx's INFO line is redacted

    @property
    def token_requests(self) -> int:
        """How many tokens the wrapped flow has fetched (0 for a fixed token)."""
        return int(getattr(self.inner, "token_requests", 0))

    def _move(self, request: httpx.Request) -> httpx.Request:
        if request.extensions.get("runbridge.route") not in self.routes:
            return request  # every other call, and the token request itself, keeps its header
        value = request.headers.get("Authorization")
        if value:
            del request.headers["Authorization"]
            token = value.split(" ", 1)[1] if value.lower().startswith("bearer ") else value
            request.url = request.url.copy_merge_params({QUERY_PARAMETER: token})
        return request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.inner.sync_auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield self._move(outgoing)
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.inner.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            response = yield self._move(outgoing)
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"StreamQueryToken({self.inner!r})"


def build_auth(
    base_url: str,
    *,
    api_key: str | None,
    token: str | None,
    token_url: str | None,
    refresh_margin: float,
    stream_auth: StreamAuth,
) -> tuple[httpx.Auth, ApiKeyExchange | None]:
    """The auth flow for a client, and the API key exchange inside it (None when a fixed JWT is used)."""
    if (api_key is None) == (token is None):
        raise ConfigError("give exactly one of api_key= (exchanged for short-lived JWTs) or token= (a JWT)")
    if stream_auth not in ("query", "header"):
        raise ConfigError(f"stream_auth must be 'query' or 'header', not {stream_auth!r}")
    exchange: ApiKeyExchange | None = None
    inner: httpx.Auth
    if api_key is not None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise ConfigError("api_key is empty")
        url = token_url or default_token_url(base_url)
        exchange = inner = ApiKeyExchange(url, api_key, refresh_margin=refresh_margin)
    else:
        if not isinstance(token, str) or not token.strip():
            raise ConfigError("token is empty")
        inner = StaticToken(token)
    return (StreamQueryToken(inner) if stream_auth == "query" else inner), exchange
