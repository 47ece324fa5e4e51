"""`RunsClient` and its asyncio twin `AsyncRunsClient`: the clients of the runs/interactions service.

httpx, the transport and the generated client are imported by the first constructor, not by this module, so that
`from runbridge.runs import RunsClient` stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from runbridge._base_client import AsyncAPIClient, SyncAPIClient
from runbridge._constants import DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT, RUNS_API_VERSION, RUNS_BASE_URL

if TYPE_CHECKING:
    import aiohttp
    import httpx
    from runbridge_generated.runs.client import AuthenticatedClient

    from runbridge.auth import ApiKeyExchange
    from runbridge.retry import RetryConfig
    from runbridge.runs._auth import StreamAuth
    from runbridge.runs._runs import AsyncRuns, Runs
    from runbridge.transport import AsyncRunbridgeClient, Backend, RunbridgeClient

__all__ = ["AsyncRunsClient", "RunsClient"]


class _RunsCredentials:
    """What both clients add to the skeleton: the API key exchange, to count or inspect token fetches."""

    _exchange: ApiKeyExchange | None

    @property
    def token_exchange(self) -> ApiKeyExchange | None:
        """The API key exchange (its `.token_requests` counts token fetches); None when built with `token=`."""
        return self._exchange


def _generated_client(base_url: str) -> AuthenticatedClient:
    from runbridge_generated.runs.client import AuthenticatedClient

    # The generated client's own token is unused: runbridge's transport authenticates every request.
    return AuthenticatedClient(base_url=base_url, token="")


class RunsClient(_RunsCredentials, SyncAPIClient):
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

    runs: Runs

    def __init__(
        self,
        base_url: str = RUNS_BASE_URL,
        *,
        api_key: str | None = None,
        token: str | None = None,
        token_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        headers: Mapping[str, str] | None = None,
        api_version: str | None = RUNS_API_VERSION,
        stream_auth: StreamAuth = "query",
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        verify: Any = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        from runbridge.runs._options import build_settings

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
        self._exchange = settings.exchange
        self._start(settings.options, transport)

    def _bind(self, http: RunbridgeClient) -> None:
        from runbridge.runs._runs import Runs

        generated = _generated_client(http.client_options.base_url)
        generated.set_httpx_client(http)
        self.runs = Runs(generated)


class AsyncRunsClient(_RunsCredentials, AsyncAPIClient):
    """The asyncio twin of RunsClient (same arguments, same behaviour; every call is awaited).

    Two more arguments choose the connection pool: `backend="aiohttp"` (the `runbridge[aiohttp]` extra) sends
    over aiohttp instead of httpx's pool, and `http_client=` sends over an `aiohttp.ClientSession` you own and close.

    async with AsyncRunsClient(base_url, api_key="sk-...") as client:
        run = await client.runs.execute("summarize", {"text": "..."})
        async for run in client.runs.list(status="completed", limit=20): ...
    """

    runs: AsyncRuns

    def __init__(
        self,
        base_url: str = RUNS_BASE_URL,
        *,
        api_key: str | None = None,
        token: str | None = None,
        token_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryConfig | None = None,
        headers: Mapping[str, str] | None = None,
        api_version: str | None = RUNS_API_VERSION,
        stream_auth: StreamAuth = "query",
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        verify: Any = True,
        transport: httpx.AsyncBaseTransport | None = None,
        backend: Backend = "httpx",
        http_client: aiohttp.ClientSession | None = None,
    ) -> None:
        from runbridge.runs._options import build_settings

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
        self._exchange = settings.exchange
        self._start(settings.options, transport, backend=backend, http_client=http_client)

    def _bind(self, http: AsyncRunbridgeClient) -> None:
        from runbridge.runs._runs import AsyncRuns

        generated = _generated_client(http.client_options.base_url)
        generated.set_async_httpx_client(http)
        self.runs = AsyncRuns(generated)
