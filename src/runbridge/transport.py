"""The httpx clients every runbridge client is built on: one place for what is the same for all services.

`build_client(options)` / `build_async_client(options)` return httpx clients that

* send a User-Agent `runbridge/<version> python/<version>` and always have a timeout;
* authenticate with the given `httpx.Auth` (see runbridge.auth: token refresh, refresh-and-resend on 401);
* retry in a transport wrapper below the auth flow (connection errors, timeouts, 408/429/5xx, Retry-After),
  but never resend a POST/PATCH that may have reached the server unless its route is marked idempotent in the
  spec (`x-idempotent`) or the request carries an Idempotency-Key;
* raise runbridge errors: any 4xx/5xx becomes the service's `APIStatusError` subclass, transport failures become
  `APIConnectionError` / `APITimeoutError`, so generated endpoints only ever see success responses;
* log each exchange, with credentials redacted, when `RUNBRIDGE_LOG=debug|info`;
* report each exchange to `capture()` blocks (the runner registry builds its traces from them).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import ssl
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self, TypeVar

import attrs
import httpx

from runbridge import _logging
from runbridge._redact import redact_text, redact_url
from runbridge._version import __version__
from runbridge.errors import APIConnectionError, APIStatusError, APITimeoutError
from runbridge.retry import RETRYABLE_STATUS, RetryConfig, retry_after_seconds

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
]

logger = logging.getLogger("runbridge.http")

USER_AGENT = (
    f"runbridge/{__version__} python/{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures that happen before a single byte of the request left this machine: safe to retry for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

ErrorFactory = Callable[[httpx.Response], Exception]


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


@attrs.frozen(kw_only=True)
class ClientOptions:
    """Everything that shapes the HTTP behaviour of one service client."""

    base_url: str = attrs.field(kw_only=False)
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=_timeout)
    retry: RetryConfig = attrs.field(factory=RetryConfig)
    auth: httpx.Auth | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    verify: ssl.SSLContext | str | bool = True
    cert: str | tuple[str, str] | None = None
    proxy: str | httpx.Proxy | None = None
    limits: httpx.Limits | None = None
    idempotent_routes: frozenset[str] = frozenset()
    error_factory: ErrorFactory = _default_error_factory
    follow_redirects: bool = False
    service: str = "runbridge"

    @base_url.validator
    def _check_base_url(self, _attribute: object, value: str) -> None:
        url = httpx.URL(value)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {redact_url(value)!r}")


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
        return attrs.asdict(self)


_CAPTURE: contextvars.ContextVar[list[Exchange] | None] = contextvars.ContextVar("runbridge_capture", default=None)


@contextlib.contextmanager
def capture() -> Iterator[list[Exchange]]:
    """Collect every HTTP exchange made by runbridge clients inside the block (same thread or task)."""
    exchanges: list[Exchange] = []
    token = _CAPTURE.set(exchanges)
    try:
        yield exchanges
    finally:
        _CAPTURE.reset(token)


# -- retries ---------------------------------------------------------------------------------------------------


_NOT_HANDLED_STATUS = frozenset({408, 429, 503})


class _RetryDecision:
    """Shared between the sync and async retry transports: may this failure be retried, and after how long?"""

    def __init__(self, retry: RetryConfig, idempotent_routes: frozenset[str]) -> None:
        self.retry = retry
        self.idempotent_routes = idempotent_routes

    def max_attempts(self, request: httpx.Request) -> int:
        override = request.extensions.get("runbridge.max_retries")
        if isinstance(override, int):
            return override + 1
        return self.retry.max_attempts if self.retry.enabled else 1

    def idempotent(self, request: httpx.Request) -> bool:
        return (
            request.method in IDEMPOTENT_METHODS
            or "idempotency-key" in request.headers
            or request.extensions.get("runbridge.idempotent") is True
            or request.extensions.get("runbridge.route") in self.idempotent_routes
        )

    def after_error(self, request: httpx.Request, exc: httpx.TransportError, attempt: int) -> float | None:
        if attempt >= self.max_attempts(request):
            return None
        if not isinstance(exc, _NOT_SENT) and not self.idempotent(request):
            return None
        return self.retry.backoff(attempt - 1)

    def after_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        should = response.headers.get("x-should-retry")
        if should == "false" or attempt >= self.max_attempts(request):
            return None
        if should != "true":
            if response.status_code not in RETRYABLE_STATUS:
                return None
            # 408, 429 and 503 say the server did not handle the request; any other status means a
            # non-idempotent request may have had its effect, so it is not sent twice.
            if response.status_code not in _NOT_HANDLED_STATUS and not self.idempotent(request):
                return None
        server_delay = retry_after_seconds(response.headers)
        if server_delay is not None and server_delay > self.retry.max_retry_after:
            return None  # the server asked for a longer pause than we may wait: report it instead
        return self.retry.delay(attempt - 1, response.headers)


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


class RetryTransport(httpx.BaseTransport):
    """Resends failed requests according to a RetryConfig; records the attempt count on the request."""

    def __init__(self, inner: httpx.BaseTransport, decision: _RetryDecision, *, owns_inner: bool = True) -> None:
        self.inner = inner
        self._decision = decision
        self._owns_inner = owns_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            request.extensions["runbridge.attempts"] = attempt
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = self._decision.after_error(request, exc, attempt)
                if delay is None:
                    raise
                _log_retry(request, type(exc).__name__, delay, attempt, self._decision.max_attempts(request))
                time.sleep(delay)
                continue
            delay = self._decision.after_response(request, response, attempt)
            if delay is None:
                return response
            response.read()
            response.close()
            _log_retry(request, f"status {response.status_code}", delay, attempt, self._decision.max_attempts(request))
            time.sleep(delay)

    def close(self) -> None:
        if self._owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of RetryTransport, driven by the same decisions."""

    def __init__(self, inner: httpx.AsyncBaseTransport, decision: _RetryDecision, *, owns_inner: bool = True) -> None:
        self.inner = inner
        self._decision = decision
        self._owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            attempt += 1
            request.extensions["runbridge.attempts"] = attempt
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = self._decision.after_error(request, exc, attempt)
                if delay is None:
                    raise
                _log_retry(request, type(exc).__name__, delay, attempt, self._decision.max_attempts(request))
                await asyncio.sleep(delay)
                continue
            delay = self._decision.after_response(request, response, attempt)
            if delay is None:
                return response
            await response.aread()
            await response.aclose()
            _log_retry(request, f"status {response.status_code}", delay, attempt, self._decision.max_attempts(request))
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self.inner.aclose()


# -- error mapping, logging and capture, shared by both clients ---------------------------------------------------


def _attempts(request: httpx.Request) -> int:
    value = request.extensions.get("runbridge.attempts", 1)
    return value if isinstance(value, int) else 1


def _transport_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    where = f"{request.method} {redact_url(request.url)}"
    detail = redact_text(str(exc)) or type(exc).__name__
    attempts = _attempts(request)
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out{tries} ({type(exc).__name__})", request=request, attempts=attempts)
    return APIConnectionError(
        f"{where} failed{tries}: {type(exc).__name__}: {detail}", request=request, attempts=attempts
    )


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


def _request_id(response: httpx.Response | None) -> str | None:
    if response is None:
        return None
    for name in ("x-request-id", "request-id", "x-correlation-id"):
        value = response.headers.get(name)
        if value:
            return str(value)
    return None


def _log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        from runbridge._redact import redact_headers

        logger.debug(
            "request %s %s headers=%s", request.method, redact_url(request.url), redact_headers(request.headers)
        )


ClientT = TypeVar("ClientT", bound="RunbridgeClient")


class RunbridgeClient(httpx.Client):
    """An httpx.Client that retries, authenticates, logs with redaction and raises runbridge errors."""

    def __init__(self, options: ClientOptions, *, pool: httpx.BaseTransport | None = None) -> None:
        owns_pool = pool is None
        if pool is None:
            pool = httpx.HTTPTransport(
                verify=options.verify,
                cert=options.cert,
                proxy=options.proxy,
                limits=options.limits or httpx.Limits(max_connections=100, max_keepalive_connections=20),
            )
        self.client_options = options
        self._pool = pool
        decision = _RetryDecision(options.retry, options.idempotent_routes)
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

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        _log_request(request)
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            error = _transport_error(request, exc)
            _record(request, started, None, error)
            raise error from exc
        _record(request, started, response, None)
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


class AsyncRunbridgeClient(httpx.AsyncClient):
    """The asyncio twin of RunbridgeClient."""

    def __init__(self, options: ClientOptions, *, pool: httpx.AsyncBaseTransport | None = None) -> None:
        owns_pool = pool is None
        if pool is None:
            pool = httpx.AsyncHTTPTransport(
                verify=options.verify,
                cert=options.cert,
                proxy=options.proxy,
                limits=options.limits or httpx.Limits(max_connections=100, max_keepalive_connections=20),
            )
        self.client_options = options
        self._pool = pool
        decision = _RetryDecision(options.retry, options.idempotent_routes)
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

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        _log_request(request)
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            error = _transport_error(request, exc)
            _record(request, started, None, error)
            raise error from exc
        _record(request, started, response, None)
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


def attach(generated_client: GeneratedT, options: ClientOptions, *, asynchronous: bool = False) -> GeneratedT:
    """Give an openapi-python-client `Client` runbridge's httpx client (the async one if `asynchronous`)."""
    if asynchronous:
        generated_client.set_async_httpx_client(build_async_client(options))  # type: ignore[attr-defined]
    else:
        generated_client.set_httpx_client(build_client(options))  # type: ignore[attr-defined]
    return generated_client


_logging.configure_from_env()
