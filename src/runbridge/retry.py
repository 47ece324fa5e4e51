"""Retrying: the policy (`RetryConfig`), what counts as transient, and the one engine every retry runs on.

Retried: connection failures, timeouts, 408, 429 and 5xx. The wait is the server's `retry-after-ms` or
`Retry-After` (seconds or an HTTP date) when it gives one, capped at `max_retry_after`; otherwise jittered
exponential backoff, `backoff_factor * 2**n` capped at `max_backoff`. Tries stop at `max_attempts`, and no
retry starts whose wait would end past `timeout` seconds after the first try.

`Retrying` is the attempt loop of the transport (sync and async), the RunAgent WebSocket open and `api_retry`,
written once: one method decides after each try (wait, or stop), and two thin loops, `call` and `acall`, carry the
tries and the waits out.
Whether a failure may be retried at all is the caller's judgement (the transport knows whether a POST may
already have reached the server); the engine applies the budget, the deadline and the wait.

Nesting never multiplies: a retried operation inside another (a client call inside `api_retry`) draws on the
outer one's budget and deadline, so a call that keeps failing is sent at most `max_attempts` times in all, and
the error it ends with counts every send (`error.attempts`).

Tests make every wait instant with `testing()`, which also lists the waits the engine chose.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import math
import random
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Generic, TypeVar

import attrs

from runbridge.errors import APIConnectionError, APIStatusError

__all__ = [
    "FINAL",
    "RETRYABLE_STATUS",
    "Judgement",
    "RetryClock",
    "RetryConfig",
    "Retrying",
    "is_certificate_failure",
    "is_transient",
    "retry_after_seconds",
    "testing",
]

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529})


@attrs.frozen
class RetryConfig:
    """How many times to try, and how to wait between tries.

    `max_attempts` counts the first try: 3 means one call and up to two retries.
    """

    enabled: bool = True
    max_attempts: int = attrs.field(default=3, validator=attrs.validators.ge(1))
    backoff_factor: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: bool = True
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    # Seconds from the first try after which no retry starts (a try under way is bounded by its own timeouts).
    # The default leaves room for the default attempts at the longest waits; None means no total deadline.
    timeout: float | None = attrs.field(default=300.0)

    @timeout.validator
    def _check_timeout(self, _attribute: object, value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError(f"timeout must be positive or None, not {value!r}")

    @classmethod
    def none(cls) -> RetryConfig:
        """A policy that never retries."""
        return cls(enabled=False, max_attempts=1)

    def with_max_retries(self, max_retries: int) -> RetryConfig:
        """The same policy with `max_retries` retries after the first try (the usual SDK knob).

        An explicit `max_retries > 0` switches retries on even if this policy had them off: the caller asked
        for them by number.
        """
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
        return attrs.evolve(self, max_attempts=max_retries + 1, enabled=max_retries > 0)

    @property
    def max_retries(self) -> int:
        return self.max_attempts - 1 if self.enabled else 0

    @property
    def attempt_budget(self) -> int:
        """How many tries this policy allows in all: `max_attempts`, or one when retries are off."""
        return self.max_attempts if self.enabled else 1

    def backoff(self, retries_taken: int) -> float:
        """The wait before retry number `retries_taken + 1` when the server gave no Retry-After."""
        # The exponent is bounded so that a large attempt budget cannot overflow a float.
        delay = min(float(self.backoff_factor) * 2.0 ** min(max(retries_taken, 0), 64), float(self.max_backoff))
        if self.jitter:
            # Subtract up to 25% so that clients that failed together do not retry together.
            delay *= 1 - 0.25 * random.random()
        return delay

    def delay(self, retries_taken: int, headers: Mapping[str, str] | None = None) -> float:
        """The wait before the next try: the server's Retry-After if usable, else backoff."""
        if headers is not None:
            server_delay = retry_after_seconds(headers)
            if server_delay is not None:
                return min(server_delay, self.max_retry_after)
        return self.backoff(retries_taken)


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The delay a response asks for in `retry-after-ms` or `Retry-After`, or None.

    Garbage, NaN and infinities are ignored (a server cannot make a client sleep for `nan` seconds); an HTTP
    date without a zone is read as UTC, as RFC 9110 requires; a date in the past means "now".
    """
    milliseconds = _finite(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return max(milliseconds / 1000, 0.0)
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = _finite(value)
    if seconds is not None:
        return max(seconds, 0.0)
    import email.utils  # an HTTP date is rare: the module loads only when one arrives

    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    current = time.time() if now is None else now
    return max(parsed.timestamp() - current, 0.0)


def _finite(value: str | None) -> float | None:
    if not value:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def is_transient(exc: BaseException) -> bool:
    """Would the same call plausibly succeed if tried again? Understands what user code raises too: runbridge
    errors, httpx errors, and other libraries' errors (requests, openai, ...) by their shape."""
    if isinstance(exc, APIConnectionError):
        return not is_certificate_failure(exc)
    if isinstance(exc, APIStatusError):
        return exc.status_code in RETRYABLE_STATUS
    # An httpx error can only exist once httpx is imported: the policy alone does not import it.
    httpx = sys.modules.get("httpx")
    if httpx is not None:
        if isinstance(exc, httpx.HTTPStatusError):
            return bool(exc.response.status_code in RETRYABLE_STATUS)
        if isinstance(exc, httpx.UnsupportedProtocol):
            return False  # a URL with a scheme httpx cannot speak fails the same way every time
        if isinstance(exc, httpx.TransportError):
            return not is_certificate_failure(exc)
    if isinstance(exc, TimeoutError | ConnectionError):
        return True
    return _is_transient_foreign_error(exc)


def is_certificate_failure(exc: BaseException) -> bool:
    """Did TLS verification fail somewhere in this exception's chain? Retrying cannot fix a certificate."""
    # A certificate error can only exist once ssl is imported (httpx imports it): the policy alone does not.
    ssl = sys.modules.get("ssl")
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if (ssl is not None and isinstance(current, ssl.SSLCertVerificationError)) or (
            "CERTIFICATE_VERIFY_FAILED" in str(current)
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


# Class names other libraries give "no usable response" errors: requests' ConnectionError and Timeout, openai's and
# anthropic's APIConnectionError and APITimeoutError. Matching names means none of them has to be imported.
_CONNECTION_ERROR_NAMES = frozenset({"APIConnectionError", "APITimeoutError", "ConnectionError", "Timeout"})


def _is_transient_foreign_error(exc: BaseException) -> bool:
    """Another library's error: transient when it carries a retryable status code (on itself or its response), or
    when its class is named like a connection or timeout error and no certificate failed."""
    status = getattr(exc, "status_code", None)
    if not isinstance(status, int) or isinstance(status, bool):
        status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(status, int) and not isinstance(status, bool):
        return status in RETRYABLE_STATUS
    if is_certificate_failure(exc):
        return False
    return any(cls.__name__ in _CONNECTION_ERROR_NAMES for cls in type(exc).__mro__)


# -- the engine ------------------------------------------------------------------------------------------------

T = TypeVar("T")


@attrs.frozen
class Judgement:
    """The caller's verdict on one try's outcome: may it be tried again, and what the server said about when."""

    retry: bool
    headers: Mapping[str, str] | None = None  # the answer's headers, for Retry-After


FINAL = Judgement(retry=False)


class RetryClock:
    """How the engine reads the time and waits: the monotonic clock and real sleeps. Subclass to inject another."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # only async callers wait this way, and they have loaded asyncio already

        await asyncio.sleep(seconds)


class _InstantClock(RetryClock):
    """The clock of `testing()`: a wait returns at once, moves the clock on by its length, and is listed."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self._skipped = 0.0

    def now(self) -> float:
        return time.monotonic() + self._skipped

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self._skipped += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await super().asleep(0)  # still a point where the task can be cancelled, as a real wait is


_clock: RetryClock = RetryClock()


@contextlib.contextmanager
def testing() -> Iterator[list[float]]:
    """Within the block no retry of any client waits: each wait returns at once and the engine's clock moves on
    as if it had waited (so total deadlines still hold). Yields the list of the waits chosen, in order."""
    global _clock
    instant = _InstantClock()
    previous, _clock = _clock, instant
    try:
        yield instant.waits
    finally:
        _clock = previous


class _Scope:
    """What nested retried operations share: the retries left, the deadline, and the sends made so far."""

    __slots__ = ("deadline", "retries_left", "sends")

    def __init__(self, retries_left: int, deadline: float | None) -> None:
        self.retries_left = retries_left
        self.deadline = deadline
        self.sends = 0


_SCOPE: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("runbridge_retry_scope", default=None)


class Retrying(Generic[T]):
    """One operation tried under a RetryConfig, until it succeeds, may not be retried, or runs out of budget.

    `judge(outcome)` says whether a failed try (an exception, or a result such as a 503 response) may be tried
    again; `on_retry(outcome, number, delay)` is told of each retry before its wait (log it, trace it, release
    the response). `max_attempts` overrides the policy's budget for this operation. The outcome of the last try
    is returned or raised, an exception with `attempts` set to the number of sends it took.

    Every call of every client runs through here, so the loop is plain code: the rules are in `_after_try`,
    shared by `call` and `acall`, and a first try that succeeds costs one scope and one judgement.
    """

    def __init__(
        self,
        policy: RetryConfig,
        judge: Callable[[T | Exception], Judgement],
        *,
        max_attempts: int | None = None,
        on_retry: Callable[[T | Exception, int, float], None] | None = None,
        clock: RetryClock | None = None,
    ) -> None:
        self.policy = policy
        self.max_attempts = policy.attempt_budget if max_attempts is None else max_attempts
        self._judge = judge
        self._on_retry = on_retry
        self._clock = clock

    def call(self, attempt: Callable[[int], T]) -> T:
        """Try `attempt(number)` (number = 1, 2, ...) under the policy, sleeping between tries."""
        clock = self._clock or _clock
        scope, deadline, token = self._enter(clock)
        try:
            sends_at_start = scope.sends
            number = 1
            while True:
                sends_before = scope.sends
                try:
                    outcome: T | Exception = attempt(number)
                except Exception as error:
                    outcome = error
                wait = self._after_try(outcome, number, scope, sends_before, sends_at_start, deadline, clock)
                if wait is None:
                    return self._settle(outcome)
                clock.sleep(wait)
                number += 1
        finally:
            if token is not None:
                _SCOPE.reset(token)

    async def acall(self, attempt: Callable[[int], Awaitable[T]]) -> T:
        """The asyncio `call`: awaits each try and each wait."""
        clock = self._clock or _clock
        scope, deadline, token = self._enter(clock)
        try:
            sends_at_start = scope.sends
            number = 1
            while True:
                sends_before = scope.sends
                try:
                    outcome: T | Exception = await attempt(number)
                except Exception as error:
                    outcome = error
                wait = self._after_try(outcome, number, scope, sends_before, sends_at_start, deadline, clock)
                if wait is None:
                    return self._settle(outcome)
                await clock.asleep(wait)
                number += 1
        finally:
            if token is not None:
                _SCOPE.reset(token)

    def _settle(self, outcome: T | Exception) -> T:
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def _enter(self, clock: RetryClock) -> tuple[_Scope, float | None, contextvars.Token[_Scope | None] | None]:
        """The scope this operation draws on (the enclosing operation's, or a new one when this operation is the
        outermost), this operation's deadline, and the token that ends a new scope."""
        timeout = self.policy.timeout
        own = None if timeout is None else clock.now() + timeout
        enclosing = _SCOPE.get()
        if enclosing is None:
            scope = _Scope(self.max_attempts - 1, own)
            return scope, own, _SCOPE.set(scope)
        deadline = enclosing.deadline
        if own is not None:
            deadline = own if deadline is None else min(deadline, own)
        return enclosing, deadline, None

    def _after_try(
        self,
        outcome: T | Exception,
        number: int,
        scope: _Scope,
        sends_before: int,
        sends_at_start: int,
        deadline: float | None,
        clock: RetryClock,
    ) -> float | None:
        """Count try `number`'s send and say how long to wait before the next try, or None to stop and hand
        `outcome` back (an error then counts every send it took)."""
        if scope.sends == sends_before:  # no retried operation inside this try: it was one send
            scope.sends += 1
        wait = self._wait_before_retry(outcome, number, scope, deadline, clock)
        if wait is None:
            if isinstance(outcome, Exception):
                _count_attempts(outcome, scope.sends - sends_at_start)
            return None
        if self._on_retry is not None:
            self._on_retry(outcome, number, wait)
        return wait

    def _wait_before_retry(
        self, outcome: T | Exception, number: int, scope: _Scope, deadline: float | None, clock: RetryClock
    ) -> float | None:
        """How long to wait before the next try, or None to stop here. The one place retry rules live."""
        if number >= self.max_attempts or scope.retries_left <= 0:
            return None
        judgement = self._judge(outcome)
        if not judgement.retry:
            return None
        delay = self.policy.delay(number - 1, judgement.headers)  # Retry-After capped, else backoff
        if deadline is not None and clock.now() + delay > deadline:
            return None  # the next try could not start before the deadline
        scope.retries_left -= 1
        return delay


def _count_attempts(error: Exception, sends: int) -> None:
    """Record on the error how many sends it took, unless it already counts more (an inner operation's count)."""
    known = getattr(error, "attempts", None)
    if isinstance(known, int) and not isinstance(known, bool) and known >= sends:
        return
    with contextlib.suppress(AttributeError):  # exceptions with __slots__ cannot take it
        error.attempts = sends  # type: ignore[attr-defined]
