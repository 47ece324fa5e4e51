"""The aiohttp connection pool of the async clients (`backend="aiohttp"`, the `runbridge[aiohttp]` extra).

Only the pool changes: requests still pass through runbridge's auth flow, retry transport, error mapping, logging
with redaction and SSE decoding, exactly as over httpx's own pool. httpx-aiohttp turns httpx requests into aiohttp
ones; what this module adds is what runbridge's retry rule depends on and httpx-aiohttp gets wrong or leaves out:

* every aiohttp failure becomes the httpx error that says whether the request may have left this machine.
  httpx-aiohttp maps every `ClientConnectionError` to `ConnectTimeout` ("never sent"), including a server that
  dropped the connection after reading the request (`ServerDisconnectedError`); a POST would then be sent twice.
  Here only a failure to connect, or a timeout while waiting for a connection, counts as never sent;
* the same mapping for a failure while the body is read (httpx-aiohttp leaks some aiohttp errors unmapped);
* no aiohttp exception is chained when it carries the request's headers (`ClientResponseError.request_info`), so
  no Authorization header can reach a log through an exception's cause;
* the options a pool has are honoured or refused with a ConfigError, never dropped: `verify=`/`cert=` become the
  same SSLContext httpx would build, `limits=` the connector's limit and keep-alive expiry, `proxy=` an HTTP(S)
  proxy; aiohttp has no cap on idle connections below the total nor SOCKS proxies, so those are refused;
* cookies are left to the httpx client above (aiohttp's own cookie jar would send them a second time), and
  aiohttp's silent resend of an idempotent request on a reused connection is switched off, so that every send is
  one of runbridge's counted attempts.

Timeouts: `connect` bounds opening a connection, `pool` the wait for a free one (aiohttp's `connect` timeout, which
covers the wait and the opening together), `read` each wait for bytes of the response. aiohttp has no write
timeout, so the `write` part of a timeout does not apply over this backend.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import httpx

from runbridge.errors import ConfigError

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ConfigError(
        f'backend="aiohttp" needs the aiohttp extra: pip install "runbridge[aiohttp]" ({exc.name} is missing)'
    ) from None

__all__ = ["AiohttpPool", "mapped_error"]

_FAILURES = (httpx.TransportError, aiohttp.ClientError, TimeoutError)

# Most specific first: the first class the aiohttp error is an instance of decides.
_MAPPING: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    # Waiting for a free connection or opening one ran out of time: nothing was sent.
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    # Any other timeout happened after the connection was open: the request may have been sent.
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    # The connection could not be opened (refused, DNS, TLS handshake or certificate): nothing was sent.
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    # The server closed the connection after the request was written, or in the middle of the body.
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    # A reset or any other failure of an open connection: it may have carried the request.
    (aiohttp.ClientError, httpx.ReadError),
)


def mapped_error(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx error for an aiohttp failure (or for httpx-aiohttp's own mapping of one, which is redone from the
    aiohttp error it wraps); anything else is returned unchanged."""
    origin = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
    httpx_class = next((mapped for failure, mapped in _MAPPING if isinstance(origin, failure)), None)
    if httpx_class is None:
        return exc
    if isinstance(origin, aiohttp.ClientResponseError):
        # Its str() and repr() carry the URL and the request headers: say what happened, drop the rest.
        mapped = httpx_class(f"{type(origin).__name__}: {origin.status}, {origin.message}", request=request)
    else:
        mapped = httpx_class(str(origin) or type(origin).__name__, request=request)
        mapped.__cause__ = origin  # kept for debugging and for recognising a certificate failure
    return mapped


class _MappedBody(httpx.AsyncByteStream):
    """A response body whose read failures are mapped like the request's."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        failure: BaseException | None = None
        try:
            async for chunk in self._inner:
                yield chunk
        except _FAILURES as exc:
            failure = mapped_error(exc, self._request)
        if failure is not None:
            raise failure  # raised outside the handler, so the unmapped error is not its __context__ either

    async def aclose(self) -> None:
        failure: BaseException | None = None
        try:
            await self._inner.aclose()
        except _FAILURES as exc:
            failure = mapped_error(exc, self._request)
        if failure is not None:
            raise failure


def _refuse_unsupported(limits: httpx.Limits | None, proxy: str | httpx.Proxy | None) -> None:
    if limits is not None and limits.max_keepalive_connections not in (None, limits.max_connections):
        raise ConfigError(
            'backend="aiohttp" keeps every idle connection up to max_connections: pass '
            "httpx.Limits(max_keepalive_connections=None) or the same number as max_connections"
        )
    if proxy is None:
        return
    url = proxy.url if isinstance(proxy, httpx.Proxy) else httpx.URL(proxy)
    if url.scheme not in ("http", "https"):
        raise ConfigError(f'backend="aiohttp" supports HTTP(S) proxies only, not {url.scheme}://')
    if isinstance(proxy, httpx.Proxy) and proxy.ssl_context is not None:
        raise ConfigError('backend="aiohttp" cannot use a separate SSLContext for the proxy: pass the proxy URL')


class AiohttpPool(AiohttpTransport):
    """httpx-aiohttp's transport with runbridge's error mapping, options and session settings (see above).

    With `session` (an `aiohttp.ClientSession` the caller owns and closes) requests go through it: its connector
    then decides TLS and limits, so `verify=`, `cert=` and `limits=` are refused rather than ignored."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool = True,
        limits: httpx.Limits | None = None,
        proxy: str | httpx.Proxy | None = None,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        """`verify` as runbridge.transport resolves a client's `verify=` and `cert=` (an SSLContext or a bool)."""
        _refuse_unsupported(limits, proxy)
        if session is not None:
            if not isinstance(session, aiohttp.ClientSession):
                raise ConfigError(f"http_client must be an aiohttp.ClientSession, not {type(session).__name__}")
            if verify is not True or limits is not None:
                raise ConfigError(
                    "verify=, cert= and limits= belong to the connector of the aiohttp.ClientSession given as "
                    "http_client: set them there"
                )
        self._owns_session = session is None
        super().__init__(
            verify=verify,
            limits=limits or httpx.Limits(max_connections=100, keepalive_expiry=5.0),
            proxy=httpx.Proxy(proxy) if isinstance(proxy, str) else proxy,
            client=session if session is not None else self._new_session,
        )

    def _new_session(self) -> aiohttp.ClientSession:
        """Made on the first request, inside the event loop that will use it (as aiohttp requires)."""
        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0,  # 0 is aiohttp's "no limit", as None is httpx's
            keepalive_timeout=self.limits.keepalive_expiry,
            ssl=self.ssl_context,
        )
        session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())
        session._retry_connection = False  # see the module docstring: every send is a counted attempt
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        failure: BaseException | None = None
        try:
            response = await super().handle_async_request(request)
        except _FAILURES as exc:
            failure = mapped_error(exc, request)
        if failure is not None:
            raise failure  # outside the handler: the unmapped error is not kept as its __context__
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedBody(response.stream, request)
        return response

    async def aclose(self) -> None:
        if self._owns_session:  # a session given as http_client is its owner's to close
            await super().aclose()
