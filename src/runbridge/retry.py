"""When to retry, and how long to wait: one policy for the transport and the runner registry.

Retried: connection failures, timeouts, 408, 429 and 5xx. The wait is the server's `retry-after-ms` or
`Retry-After` (seconds or an HTTP date) when it gives one, capped at `max_retry_after`; otherwise jittered
exponential backoff, `backoff_factor * 2**n` capped at `max_backoff`.

Whether a request may be sent again at all is decided by the caller (the transport knows whether a POST may
already have reached the server); this module only classifies failures and computes delays.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import random
import ssl
import time
from collections.abc import Mapping

import attrs
import httpx

from runbridge.errors import APIConnectionError, APIStatusError

__all__ = ["RETRYABLE_STATUS", "RetryConfig", "is_certificate_failure", "is_transient", "retry_after_seconds"]

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
    if isinstance(exc, httpx.HTTPStatusError):
        return exc.response.status_code in RETRYABLE_STATUS
    if isinstance(exc, httpx.UnsupportedProtocol):
        return False  # a URL with a scheme httpx cannot speak fails the same way every time
    if isinstance(exc, httpx.TransportError):
        return not is_certificate_failure(exc)
    if isinstance(exc, TimeoutError | ConnectionError):
        return True
    return _is_transient_foreign_error(exc)


def is_certificate_failure(exc: BaseException) -> bool:
    """Did TLS verification fail somewhere in this exception's chain? Retrying cannot fix a certificate."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(current):
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
