"""The httpx clients every runbridge client is built on: one place for what is the same for all services.

`build_client(options)` / `build_async_client(options)` return httpx clients that

* send a User-Agent `runbridge/<version> python/<version>` and always have a timeout;
* authenticate with the given `httpx.Auth` (see runbridge.auth: token refresh, refresh-and-resend on 401);
* retry in a transport wrapper below the auth flow (connection errors, timeouts, 408/429/5xx, Retry-After) on
  the one retry engine, runbridge.retry.Retrying, but never resend a POST/PATCH that may have reached the
  server unless its route is marked idempotent in the spec (`x-idempotent`) or the request carries an
  Idempotency-Key;
* raise runbridge errors: any 4xx/5xx becomes the service's `APIStatusError` subclass, transport failures become
  `APIConnectionError` / `APITimeoutError`, so generated endpoints only ever see success responses;
* log each exchange, with credentials redacted, when `RUNBRIDGE_LOG=debug|info`;
* report each exchange to `capture()` blocks (the runner registry builds its traces from them).

Attempts are visible everywhere: `response.request.extensions["runbridge.attempts"]` (every HTTP send of the
logical request, the resend after a 401 refresh included), `error.attempts`, and `Exchange.attempts`; the waits
chosen between them are in `extensions["runbridge.retry_delays"]`.

A response that is not streamed is read to the end inside the retry loop, so a body cut short is retried like
a dropped connection (for a request that may be resent). A streamed body is handed over unread; a failure while
reading it raises `APIConnectionError` / `APITimeoutError`, never an httpx exception.

Every request has a timeout: the options' timeout fills in any part a caller left as None, and requests that
bypass the client's request builder (token requests from the auth flow) get it in the transport.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import os
import ssl
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import attrs
import httpx

from runbridge import _constants, _logging
from runbridge._redact import redact_headers, redact_text, redact_url
from runbridge._version import __version__
from runbridge.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigError,
    RunbridgeError,
    TokenError,
    as_token_error,
)
from runbridge.retry import FINAL, RETRYABLE_STATUS, Judgement, RetryConfig, Retrying, is_certificate_failure

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncRunbridgeClient",
    "ClientOptions",
    "Exchange",
    "RunbridgeClient",
    "attach",
    "build_async_client",
    "build_client",
    "capture",
    "with_shared_tls",
]

logger = logging.getLogger("runbridge.http")

USER_AGENT = (
    f"runbridge/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
)
DEFAULT_TIMEOUT = httpx.Timeout(_constants.DEFAULT_TIMEOUT, connect=_constants.DEFAULT_CONNECT_TIMEOUT)
DEFAULT_LIMITS = httpx.Limits(
    max_connections=_constants.DEFAULT_MAX_CONNECTIONS,
    max_keepalive_connections=_constants.DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures that happen before a single byte of the request left this machine: safe to retry for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

ErrorFactory = Callable[[httpx.Response], Exception]
Backend = Literal["httpx", "aiohttp"]
BACKENDS: tuple[Backend, ...] = ("httpx", "aiohttp")


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT  # "no timeout" is never what a caller wants from an SDK: a call must end
    if isinstance(value, httpx.Timeout):
        return value
    if value <= 0:
        raise ValueError(f"timeout must be positive, not {value!r}")
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


def _default_error_factory(response: httpx.Response) -> Exception:
    return APIStatusError.from_response(response)


def ssl_context(
    verify: ssl.SSLContext | str | bool = True, cert: str | tuple[str, str] | None = None
) -> ssl.SSLContext:
    """The SSLContext an HTTP client built with the same `verify=`/`cert=` uses, for non-httpx connections
    (WebSockets): one TLS policy for every connection a client opens."""
    return _tls_context(verify, cert)


def _ssl_verify(verify: ssl.SSLContext | str | bool, cert: str | tuple[str, str] | None) -> ssl.SSLContext | bool:
    """What httpx's `verify=` should get: a CA bundle path (file or directory) and a client certificate become an
    SSLContext here, because httpx 0.28 deprecates passing them itself."""
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif isinstance(verify, str | Path):
        location = Path(verify).expanduser()
        try:
            if location.is_dir():
                context = ssl.create_default_context(capath=str(location))
            else:
                context = ssl.create_default_context(cafile=str(location))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"verify={str(verify)!r}: cannot load CA certificates: {exc}") from None
    elif verify is False:
        if cert is None:
            return False
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        if cert is None:
            return True
        context = ssl.create_default_context()
    if cert is not None:
        certfile, keyfile = (cert, None) if isinstance(cert, str) else cert
        try:
            context.load_cert_chain(certfile, keyfile)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"cert={certfile!r}: cannot load the client certificate: {exc}") from None
    return context


def with_shared_tls(options: ClientOptions) -> ClientOptions:
    """The same options with their TLS settings made into one SSLContext, for several clients that should share it.
    The defaults are shared already (see _tls_context); a CA bundle path or a client certificate would otherwise be
    loaded again by each client."""
    return attrs.evolve(options, verify=_tls_context(options.verify, options.cert), cert=None)


def _tls_context(verify: ssl.SSLContext | str | bool, cert: str | tuple[str, str] | None) -> ssl.SSLContext:
    """The SSLContext for a client's `verify=`/`cert=`. The defaults (True or False, no client certificate) are
    built once per process and shared: each client would otherwise load the CA bundle again (~20 ms of CPU), and
    one context serves any number of connections and threads."""
    resolved = _ssl_verify(verify, cert)
    if isinstance(resolved, ssl.SSLContext):
        return resolved
    return _default_context(resolved, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _default_context(verify: bool, cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """httpx's own context for `verify=True`/`False`, keyed by the variables it reads, so setting SSL_CERT_FILE or
    SSL_CERT_DIR later still takes effect. It is never changed after it is built (a client certificate gets a
    context of its own in _ssl_verify)."""
    del cert_file, cert_dir  # part of the cache key only: httpx reads them from the environment itself
    return httpx.create_ssl_context(verify=verify)


def _options_repr_headers(headers: Mapping[str, str]) -> str:
    return repr(redact_headers(headers))


def _options_repr_proxy(proxy: str | httpx.Proxy | None) -> str:
    if isinstance(proxy, httpx.Proxy):
        return f"Proxy({redact_url(proxy.url)!r})"
    return repr(redact_url(proxy)) if proxy else repr(proxy)


@attrs.frozen(kw_only=True)
class ClientOptions:
    """Everything that shapes the HTTP behaviour of one service client."""

    base_url: str = attrs.field(kw_only=False)
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=_timeout)
    retry: RetryConfig = attrs.field(factory=RetryConfig)
    auth: httpx.Auth | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=_options_repr_headers)
    verify: ssl.SSLContext | str | bool = True
    cert: str | tuple[str, str] | None = None
    proxy: str | httpx.Proxy | None = attrs.field(default=None, repr=_options_repr_proxy)
    limits: httpx.Limits | None = None
    # The connection pool under an async client: httpx's own, or aiohttp's (the `runbridge[aiohttp]` extra).
    backend: Backend = attrs.field(default="httpx")
    idempotent_routes: frozenset[str] = frozenset()
    error_factory: ErrorFactory = _default_error_factory
    follow_redirects: bool = False
    service: str = "runbridge"
    # The longest one attempt may spend receiving a body that is not streamed, however slowly its bytes trickle
    # in: the read timeout alone restarts with every byte. None switches the cap off.
    body_deadline: float | None = attrs.field(default=_constants.DEFAULT_BODY_DEADLINE)

    @body_deadline.validator
    def _check_body_deadline(self, _attribute: object, value: float | None) -> None:
        if value is not None and not value > 0:
            raise ConfigError(f"body_deadline must be positive or None, not {value!r}")

    @backend.validator
    def _check_backend(self, _attribute: object, value: str) -> None:
        if value not in BACKENDS:
            raise ConfigError(f"backend must be one of {', '.join(map(repr, BACKENDS))}, not {value!r}")

    @base_url.validator
    def _check_base_url(self, _attribute: object, value: str) -> None:
        try:
            url = httpx.URL(value)
        except (httpx.InvalidURL, TypeError):
            url = None
        if url is None or url.scheme not in ("http", "https") or not url.host:
            raise ConfigError(f"base_url must be an absolute http(s) URL, not {redact_url(str(value))!r}")


@attrs.frozen
class Exchange:
    """One request and its outcome, as recorded by `capture()` (credentials already redacted)."""

    method: str
    url: str
    status_code: int | None
    attempts: int
    request_id: str | None
    elapsed: float
    operation: str | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _EXCHANGE_FIELDS}  # every field is a plain value


_EXCHANGE_FIELDS = tuple(field.name for field in attrs.fields(Exchange))
_CAPTURE: contextvars.ContextVar[list[Exchange] | None] = contextvars.ContextVar("runbridge_capture", default=None)


class capture:
    """Collect every HTTP exchange made by runbridge clients inside the block (same thread or task).

    A class rather than a generator-based context manager: the registry enters one per query of every batch."""

    __slots__ = ("_token", "exchanges")

    def __enter__(self) -> list[Exchange]:
        self.exchanges: list[Exchange] = []
        self._token = _CAPTURE.set(self.exchanges)
        return self.exchanges

    def __exit__(self, *exc_info: object) -> None:
        _CAPTURE.reset(self._token)


# -- retries ---------------------------------------------------------------------------------------------------


_NOT_HANDLED_STATUS = frozenset({408, 429, 503})
_REPLAYABLE_STREAMS = (httpx.ByteStream,)


class _RetryDecision:
    """Shared between the sync and async retry transports: may this request's failure be retried at all?

    The budget, the deadline and the wait are the retry engine's (runbridge.retry.Retrying); what is decided
    here is what only the transport knows: whether the request may be sent again.
    """

    def __init__(
        self,
        retry: RetryConfig,
        idempotent_routes: frozenset[str],
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        body_deadline: float | None = None,
    ) -> None:
        self.retry = retry
        self.idempotent_routes = idempotent_routes
        self.timeout = timeout
        self.body_deadline = body_deadline

    def deadline(self) -> float | None:
        """When (on the monotonic clock) the attempt starting now must have its whole body."""
        return None if self.body_deadline is None else time.monotonic() + self.body_deadline

    def max_attempts(self, request: httpx.Request) -> int:
        override = request.extensions.get("runbridge.max_retries")
        if isinstance(override, int) and not isinstance(override, bool) and override >= 0:
            return override + 1
        return self.retry.attempt_budget

    def idempotent(self, request: httpx.Request) -> bool:
        return (
            request.method in IDEMPOTENT_METHODS
            or "idempotency-key" in request.headers
            or request.extensions.get("runbridge.idempotent") is True
            or request.extensions.get("runbridge.route") in self.idempotent_routes
        )

    def prepare(self, request: httpx.Request) -> None:
        """Give a request that bypassed the client's builder (a token request) the client's timeout, and note
        whether its body can be sent again before the first send consumes it."""
        if "timeout" not in request.extensions:
            request.extensions["timeout"] = self.timeout.as_dict()
        request.extensions.setdefault("runbridge.replayable", _replayable(request))

    def after_error(self, request: httpx.Request, exc: Exception) -> Judgement:
        if is_certificate_failure(exc) or request.extensions.get("runbridge.replayable") is False:
            return FINAL
        if not isinstance(exc, _NOT_SENT) and not self.idempotent(request):
            return FINAL  # the request may have had its effect: never send a non-idempotent request twice
        return Judgement(retry=True)

    def after_response(self, request: httpx.Request, response: httpx.Response) -> Judgement:
        should = response.headers.get("x-should-retry")
        if should == "false" or request.extensions.get("runbridge.replayable") is False:
            return FINAL
        if should != "true" and response.status_code not in RETRYABLE_STATUS:
            return FINAL
        # 408, 429 and 503 say the server did not handle the request; any other status means a non-idempotent
        # request may have had its effect, so it is not sent twice, whatever an `x-should-retry: true` says.
        if response.status_code not in _NOT_HANDLED_STATUS and not self.idempotent(request):
            return FINAL
        return Judgement(retry=True, headers=response.headers)

    def retrying(self, request: httpx.Request) -> tuple[Retrying[httpx.Response], _Judge]:
        """The retry engine for one request, and its judge: judged by the rules above, each retry logged and its
        wait recorded."""
        judge = _Judge(self, request)
        return Retrying(self.retry, judge, max_attempts=judge.limit, on_retry=judge.on_retry), judge


class _Judge:
    """The retry engine's judge for one request. The transport must know the verdict on an answer before the
    engine asks (to read a body it will discard differently), so the verdict on the last answer is kept and the
    rules run once per answer."""

    __slots__ = ("_decision", "_judged", "_verdict", "limit", "request")

    def __init__(self, decision: _RetryDecision, request: httpx.Request) -> None:
        self._decision = decision
        self.request = request
        self.limit = decision.max_attempts(request)
        self._judged: httpx.Response | None = None
        self._verdict = FINAL

    def answer(self, response: httpx.Response) -> Judgement:
        """The verdict on an answer the transport just received."""
        self._judged, self._verdict = response, self._decision.after_response(self.request, response)
        return self._verdict

    def __call__(self, outcome: httpx.Response | Exception) -> Judgement:
        if isinstance(outcome, httpx.Response):
            if outcome is self._judged:
                return self._verdict
            return self._decision.after_response(self.request, outcome)
        if isinstance(outcome, httpx.TransportError):
            return self._decision.after_error(self.request, outcome)
        return FINAL

    def on_retry(self, outcome: httpx.Response | Exception, number: int, delay: float) -> None:
        request = self.request
        delays = request.extensions.get("runbridge.retry_delays")
        if not isinstance(delays, list):
            delays = request.extensions["runbridge.retry_delays"] = []
        delays.append(delay)
        reason = f"status {outcome.status_code}" if isinstance(outcome, httpx.Response) else type(outcome).__name__
        _log_retry(request, reason, delay, number, self.limit)


def _replayable(request: httpx.Request) -> bool:
    """A body given as an iterator can be sent only once; bytes, JSON, forms and files can be sent again."""
    stream = request.stream
    return isinstance(stream, _REPLAYABLE_STREAMS) or type(stream).__name__ == "MultipartStream"


def _start_attempt(request: httpx.Request, attempt: int, sent_before: int) -> None:
    request.extensions["runbridge.attempts"] = sent_before + attempt
    _log_request(request)


def _sent_before(request: httpx.Request) -> int:
    """Sends of this request by earlier passes (the auth flow resends the same request after a 401)."""
    value = request.extensions.get("runbridge.attempts", 0)
    return value if isinstance(value, int) else 0


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int, limit: int) -> None:
    logger.info(
        "retrying %s %s in %.2fs (attempt %d of %d) after %s",
        request.method,
        redact_url(request.url),
        delay,
        attempt + 1,
        limit,
        reason,
    )


def _buffered(request: httpx.Request) -> bool:
    return request.extensions.get("runbridge.buffered") is True


def _read_raw(response: httpx.Response, deadline: float | None) -> bytes:
    """The body exactly as it came off the wire (still content-encoded); its stream (the connection) is closed
    afterwards.

    The stream is iterated directly rather than through `iter_raw`, which refuses a response whose body a
    transport already read (a mock, a cache). Past `deadline` the read fails like a read timeout."""
    stream = response.stream
    assert isinstance(stream, httpx.SyncByteStream)
    chunks: list[bytes] = []
    try:
        for chunk in stream:
            chunks.append(chunk)
            _check_deadline(deadline)
    finally:
        stream.close()
    return b"".join(chunks)


async def _aread_raw(response: httpx.Response, deadline: float | None) -> bytes:
    stream = response.stream
    assert isinstance(stream, httpx.AsyncByteStream)
    chunks: list[bytes] = []
    try:
        async for chunk in stream:
            chunks.append(chunk)
            _check_deadline(deadline)
    finally:
        await stream.aclose()
    return b"".join(chunks)


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout("the response body was still arriving when its deadline passed (a trickle)")


def _with_body(response: httpx.Response, request: httpx.Request, raw: bytes) -> httpx.Response:
    """The response around a body already read off the wire (still content-encoded: the client decodes).

    An answer from the pool is unread as far as httpx knows (its stream was read directly), so it keeps its
    object and gets the bytes as its stream; one a transport built already read (a mock's) is rebuilt, so that
    the client decodes the bytes as it would off the wire."""
    if not response.is_stream_consumed and not response.is_closed:
        response.stream = httpx.ByteStream(raw)
        return response
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        request=request,
        extensions=response.extensions,
    )


class _MappedStream(httpx.SyncByteStream):
    """A streamed body whose read failures surface as runbridge errors instead of httpx exceptions."""

    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except httpx.TransportError as exc:
            raise _transport_error(self._request, exc) from exc

    def close(self) -> None:
        self._inner.close()


class _AsyncMappedStream(httpx.AsyncByteStream):
    """The asyncio twin of _MappedStream."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            raise _transport_error(self._request, exc) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


class RetryTransport(httpx.BaseTransport):
    """Resends failed requests according to a RetryConfig; records the attempt count on the request.

    A failed answer that may be retried is read whole at once (freeing its connection for the retry; if that
    read fails, the status alone stands). Any other answer that is not streamed is read inside the try, so a
    body cut short is retried like a dropped connection."""

    def __init__(self, inner: httpx.BaseTransport, decision: _RetryDecision, *, owns_inner: bool = True) -> None:
        self.inner = inner
        self._decision = decision
        self._owns_inner = owns_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        decision, inner = self._decision, self.inner
        decision.prepare(request)
        sent_before = _sent_before(request)
        retrying, judge = decision.retrying(request)

        def attempt(number: int) -> httpx.Response:
            _start_attempt(request, number, sent_before)
            deadline = decision.deadline()
            response = inner.handle_request(request)
            if judge.answer(response).retry:
                try:
                    raw = _read_raw(response, deadline)
                except httpx.TransportError:
                    raw = b""
                return _with_body(response, request, raw)
            if not _buffered(request):
                assert isinstance(response.stream, httpx.SyncByteStream)
                response.stream = _MappedStream(response.stream, request)
                return response
            return _with_body(response, request, _read_raw(response, deadline))

        return retrying.call(attempt)

    def close(self) -> None:
        if self._owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of RetryTransport, driven by the same decisions and the same retry engine."""

    def __init__(self, inner: httpx.AsyncBaseTransport, decision: _RetryDecision, *, owns_inner: bool = True) -> None:
        self.inner = inner
        self._decision = decision
        self._owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        decision, inner = self._decision, self.inner
        decision.prepare(request)
        sent_before = _sent_before(request)
        retrying, judge = decision.retrying(request)

        async def attempt(number: int) -> httpx.Response:
            _start_attempt(request, number, sent_before)
            deadline = decision.deadline()
            response = await inner.handle_async_request(request)
            if judge.answer(response).retry:
                try:
                    raw = await _aread_raw(response, deadline)
                except httpx.TransportError:
                    raw = b""
                return _with_body(response, request, raw)
            if not _buffered(request):
                assert isinstance(response.stream, httpx.AsyncByteStream)
                response.stream = _AsyncMappedStream(response.stream, request)
                return response
            return _with_body(response, request, await _aread_raw(response, deadline))

        return await retrying.acall(attempt)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self.inner.aclose()


# -- error mapping, logging and capture, shared by both clients ---------------------------------------------------


def _attempts(request: httpx.Request) -> int:
    value = request.extensions.get("runbridge.attempts", 1)
    return value if isinstance(value, int) else 1


def _failed_request(request: httpx.Request, exc: httpx.RequestError) -> httpx.Request:
    """The request that actually failed: the caller's, or the token request its auth flow sent first."""
    try:
        failed = exc.request
    except RuntimeError:  # httpx raises when no request was attached to the error
        return request
    return failed if isinstance(failed, httpx.Request) else request


def _transport_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    request = _failed_request(request, exc)
    where = f"{request.method} {redact_url(request.url)}"
    detail = redact_text(str(exc)) or type(exc).__name__
    attempts = _attempts(request)
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out{tries} ({type(exc).__name__})", request=request, attempts=attempts)
    if isinstance(exc, httpx.DecodingError):
        return APIConnectionError(
            f"{where} answered with a body that cannot be decoded as its Content-Encoding says: {detail}",
            request=request,
            attempts=attempts,
        )
    if is_certificate_failure(exc):
        return APIConnectionError(
            f"{where} failed: TLS certificate verification failed ({detail}); to trust a private CA pass "
            "verify=<path to its PEM bundle> or an ssl.SSLContext",
            request=request,
            attempts=attempts,
        )
    return APIConnectionError(
        f"{where} failed{tries}: {type(exc).__name__}: {detail}", request=request, attempts=attempts
    )


def _token_failure(exc: TokenError, options: ClientOptions) -> Exception:
    """A token endpoint's refusal as the service's status error for its answer (a wrong secret is a 401 like any
    other, under the service's own class name), still a TokenError; other token failures as they are."""
    if exc.response is None:
        return exc
    return as_token_error(exc, options.error_factory(exc.response))


class _FilledTimeout:
    """A client's timeout with every part that is None filled from DEFAULT_TIMEOUT, worked out once per timeout
    the client is given (httpx lets a caller assign `client.timeout`)."""

    __slots__ = ("_filled", "_source")

    def __init__(self) -> None:
        self._source: httpx.Timeout | None = None
        self._filled: dict[str, float | None] = {}

    def of(self, timeout: httpx.Timeout) -> dict[str, float | None]:
        if timeout is not self._source:
            fallback = DEFAULT_TIMEOUT.as_dict()
            self._filled = {
                key: (value if value is not None else fallback[key]) for key, value in timeout.as_dict().items()
            }
            self._source = timeout
        return self._filled


def _with_timeout(request: httpx.Request, configured: dict[str, float | None]) -> None:
    """Fill every part of the request's timeout that is None: no call made through runbridge waits forever."""
    current = request.extensions.get("timeout")
    if isinstance(current, dict):
        if current.keys() == configured.keys() and None not in current.values():
            return  # complete already (the usual case: the client's builder put the client's timeout there)
        configured = {key: current[key] if current.get(key) is not None else configured[key] for key in configured}
    request.extensions["timeout"] = dict(configured)


def _prepare_send(request: httpx.Request, default_timeout: dict[str, float | None], stream: bool) -> None:
    _with_timeout(request, default_timeout)
    if not stream:
        request.extensions["runbridge.buffered"] = True


def _record(request: httpx.Request, started: float, response: httpx.Response | None, error: Exception | None) -> None:
    exchanges = _CAPTURE.get()
    if exchanges is None and not logger.isEnabledFor(logging.INFO):
        return
    operation = request.extensions.get("runbridge.operation")
    exchange = Exchange(
        method=request.method,
        url=redact_url(request.url),
        status_code=response.status_code if response is not None else None,
        attempts=_attempts(request),
        request_id=_request_id(response),
        elapsed=time.perf_counter() - started,
        operation=operation if isinstance(operation, str) else None,
        error=type(error).__name__ if error is not None else None,
    )
    if exchanges is not None:
        exchanges.append(exchange)
    if logger.isEnabledFor(logging.INFO):
        outcome = exchange.status_code if exchange.status_code is not None else exchange.error
        logger.info(
            "%s %s -> %s in %.1f ms (attempts=%d, request_id=%s)",
            exchange.method,
            exchange.url,
            outcome,
            exchange.elapsed * 1000,
            exchange.attempts,
            exchange.request_id,
        )


_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


def _request_id(response: httpx.Response | None) -> str | None:
    if response is None:
        return None
    headers = response.headers
    # One pass over the header names: each `headers.get` is a scan of its own, and most answers carry none.
    present = headers.keys()
    for name in _REQUEST_ID_HEADERS:
        if name in present:
            value = headers.get(name)
            if value:
                return str(value)
    return None


def _log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s (attempt %s) headers=%s",
            request.method,
            redact_url(request.url),
            request.extensions.get("runbridge.attempts", 1),
            redact_headers(request.headers),
        )


def _log_response(response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s headers=%s",
            response.status_code,
            redact_url(response.request.url),
            redact_headers(response.headers),
        )


ClientT = TypeVar("ClientT", bound="RunbridgeClient")


class RunbridgeClient(httpx.Client):
    """An httpx.Client that retries, authenticates, logs with redaction and raises runbridge errors."""

    def __init__(self, options: ClientOptions, *, pool: httpx.BaseTransport | None = None) -> None:
        owns_pool = pool is None
        if options.backend != "httpx":
            raise ConfigError(f"backend={options.backend!r} is for async clients only; sync clients use httpx")
        if pool is None:
            pool = httpx.HTTPTransport(
                verify=_tls_context(options.verify, options.cert),
                proxy=options.proxy,
                limits=options.limits or DEFAULT_LIMITS,
            )
        self.client_options = options
        self._pool = pool
        self._filled_timeout = _FilledTimeout()
        decision = _RetryDecision(options.retry, options.idempotent_routes, options.timeout, options.body_deadline)
        super().__init__(
            base_url=options.base_url,
            timeout=options.timeout,
            auth=options.auth,
            headers={"User-Agent": USER_AGENT, **options.headers},
            follow_redirects=options.follow_redirects,
            transport=RetryTransport(pool, decision, owns_inner=owns_pool),
        )

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with another timeout or retry budget that shares this one's connection pool."""
        options = self.client_options
        if timeout is not None:
            options = attrs.evolve(options, timeout=_timeout(timeout))
        if max_retries is not None:
            options = attrs.evolve(options, retry=options.retry.with_max_retries(max_retries))
        return type(self)(options, pool=self._pool)

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        _prepare_send(request, self._filled_timeout.of(self.timeout), stream)
        try:
            response = super().send(request, stream=stream, **kwargs)
        except httpx.RequestError as exc:  # transport failures, undecodable bodies, redirect loops
            error = _transport_error(request, exc)
            _record(request, started, None, error)
            raise error from exc
        except TokenError as exc:
            refusal = _token_failure(exc, self.client_options)
            _record(request, started, None, refusal)
            raise refusal from None
        except RunbridgeError as exc:  # a stream mapped below
            _record(request, started, None, exc)
            raise
        _record(request, started, response, None)
        _log_response(response)
        if response.is_error:
            try:
                response.read()
            finally:
                response.close()
            raise self.client_options.error_factory(response)
        return response

    def __repr__(self) -> str:
        base_url = redact_url(str(self.base_url))
        return f"{type(self).__name__}(base_url={base_url!r}, service={self.client_options.service!r})"


def async_pool(options: ClientOptions, *, session: aiohttp.ClientSession | None = None) -> httpx.AsyncBaseTransport:
    """The connection pool under an async client: httpx's, or aiohttp's for `backend="aiohttp"` or a caller's
    aiohttp `session` (which its caller closes). Everything above the pool is the same for both."""
    if session is not None:  # the session's own connector decides TLS; AiohttpPool refuses any other verify=
        verify: ssl.SSLContext | bool = _ssl_verify(options.verify, options.cert)
    else:
        verify = _tls_context(options.verify, options.cert)
    if options.backend == "aiohttp" or session is not None:
        from runbridge._aiohttp import AiohttpPool  # only for this backend: aiohttp is an optional extra

        return AiohttpPool(verify=verify, limits=options.limits, proxy=options.proxy, session=session)
    from runbridge._idle_checks import with_quick_idle_checks

    pool = httpx.AsyncHTTPTransport(verify=verify, proxy=options.proxy, limits=options.limits or DEFAULT_LIMITS)
    return with_quick_idle_checks(pool)


class AsyncRunbridgeClient(httpx.AsyncClient):
    """The asyncio twin of RunbridgeClient."""

    def __init__(self, options: ClientOptions, *, pool: httpx.AsyncBaseTransport | None = None) -> None:
        owns_pool = pool is None
        if pool is None:
            pool = async_pool(options)
        self.client_options = options
        self._pool = pool
        self._filled_timeout = _FilledTimeout()
        decision = _RetryDecision(options.retry, options.idempotent_routes, options.timeout, options.body_deadline)
        super().__init__(
            base_url=options.base_url,
            timeout=options.timeout,
            auth=options.auth,
            headers={"User-Agent": USER_AGENT, **options.headers},
            follow_redirects=options.follow_redirects,
            transport=AsyncRetryTransport(pool, decision, owns_inner=owns_pool),
        )

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with another timeout or retry budget that shares this one's connection pool."""
        options = self.client_options
        if timeout is not None:
            options = attrs.evolve(options, timeout=_timeout(timeout))
        if max_retries is not None:
            options = attrs.evolve(options, retry=options.retry.with_max_retries(max_retries))
        return type(self)(options, pool=self._pool)

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        _prepare_send(request, self._filled_timeout.of(self.timeout), stream)
        try:
            response = await super().send(request, stream=stream, **kwargs)
        except httpx.RequestError as exc:  # transport failures, undecodable bodies, redirect loops
            error = _transport_error(request, exc)
            _record(request, started, None, error)
            raise error from exc
        except TokenError as exc:
            refusal = _token_failure(exc, self.client_options)
            _record(request, started, None, refusal)
            raise refusal from None
        except RunbridgeError as exc:  # a stream mapped below
            _record(request, started, None, exc)
            raise
        _record(request, started, response, None)
        _log_response(response)
        if response.is_error:
            try:
                await response.aread()
            finally:
                await response.aclose()
            raise self.client_options.error_factory(response)
        return response

    def __repr__(self) -> str:
        base_url = redact_url(str(self.base_url))
        return f"{type(self).__name__}(base_url={base_url!r}, service={self.client_options.service!r})"


def build_client(options: ClientOptions) -> RunbridgeClient:
    """A sync httpx client configured by `options`."""
    return RunbridgeClient(options)


def build_async_client(options: ClientOptions) -> AsyncRunbridgeClient:
    """An async httpx client configured by `options`."""
    return AsyncRunbridgeClient(options)


GeneratedT = TypeVar("GeneratedT")


def attach(generated_client: GeneratedT, options: ClientOptions, *, asynchronous: bool | None = None) -> GeneratedT:
    """Give an openapi-python-client `Client` runbridge's httpx clients: both by default, only the async one if
    `asynchronous=True`, only the sync one if `asynchronous=False`. Setting both means a generated call can never
    fall back to a plain httpx client without retries, auth or error mapping. Whoever owns the generated client
    closes what it attached (`__exit__` / `__aexit__` of the generated client, or the httpx clients directly)."""
    if asynchronous is None or asynchronous:
        generated_client.set_async_httpx_client(build_async_client(options))  # type: ignore[attr-defined]
    if not asynchronous:
        generated_client.set_httpx_client(build_client(options))  # type: ignore[attr-defined]
    return generated_client


_logging.configure_from_env()
