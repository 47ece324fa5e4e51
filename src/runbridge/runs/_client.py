"""`RunsClient`: the synchronous client of the runs/interactions service."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx
from runbridge_generated.runs.client import AuthenticatedClient

from runbridge._redact import redact_url
from runbridge.auth import ApiKeyExchange
from runbridge.retry import RetryConfig
from runbridge.runs._auth import StreamAuth
from runbridge.runs._options import DEFAULT_API_VERSION, DEFAULT_BASE_URL, Settings, build_settings
from runbridge.runs._resources import Runs
from runbridge.transport import ClientOptions, RunbridgeClient


class RunsClient:
    """A client of the runs service.

        with RunsClient("https://api.vertesia.io/api/v1", api_key="sk-...") as client:
            run = client.runs.execute("summarize", {"text": "..."}, on_chunk=print)

    `api_key` is exchanged for short-lived JWTs at `token_url` (default: the token service beside the API host,
    `https://sts.<host>/token/issue` for `https://api.<host>/...`, else `/token/issue` on the API's own origin),
    refreshed before they expire and once more on a 401. Alternatively pass a JWT as `token`. Event streams
    send the JWT as the `access_token` query parameter (`stream_auth="header"` sends the header instead);
    it is redacted from every log line and error. Calls time out after `timeout` seconds and are retried up
    to `max_retries` times when that is safe. `transport` replaces the network layer (retries still wrap it).
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        api_key: str | None = None,
        token: str | None = None,
        token_url: str | None = None,
        timeout: float | httpx.Timeout | None = 30.0,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        headers: Mapping[str, str] | None = None,
        api_version: str | None = DEFAULT_API_VERSION,
        stream_auth: StreamAuth = "query",
        refresh_margin: float = 60.0,
        verify: Any = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        settings = build_settings(
            base_url,
            api_key=api_key,
            token=token,
            token_url=token_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            api_version=api_version,
            stream_auth=stream_auth,
            refresh_margin=refresh_margin,
            verify=verify,
        )
        self._init(settings, RunbridgeClient(settings.options, pool=transport))

    def _init(self, settings: Settings, http: RunbridgeClient) -> None:
        self._settings = settings
        self._http = http
        # The generated client's own token is unused: runbridge's transport authenticates every request.
        generated = AuthenticatedClient(base_url=settings.options.base_url, token="")
        generated.set_httpx_client(http)
        self._generated = generated
        self.runs = Runs(generated)

    @property
    def base_url(self) -> str:
        return self._settings.options.base_url

    @property
    def client_options(self) -> ClientOptions:
        """The transport options this client was built with."""
        return self._settings.options

    @property
    def token_exchange(self) -> ApiKeyExchange | None:
        """The API key exchange (its `.token_requests` counts token fetches); None when built with `token=`."""
        return self._settings.exchange

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (runbridge's: retries, auth, redacted logging, runbridge errors)."""
        return self._http

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> RunsClient:
        """A client with another timeout or retry budget, sharing this one's connections and tokens."""
        clone = object.__new__(type(self))
        http = self._http.with_options(timeout=timeout, max_retries=max_retries)
        clone._init(Settings(options=http.client_options, exchange=self._settings.exchange), http)
        return clone

    def close(self) -> None:
        """Close the connections (a client from `with_options` leaves the shared pool to its parent)."""
        self._http.close()

    def __enter__(self) -> RunsClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RunsClient(base_url={redact_url(self.base_url)!r}, auth={self._settings.options.auth!r})"
