"""What the sync and async Runicorn clients share: options, properties and the connection check."""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Mapping
from typing import Any, Protocol, TypeVar

import httpx
from runbridge_generated.runicorn_viewer._operations import IDEMPOTENT_ROUTES

from runbridge._redact import redact_url
from runbridge.retry import RetryConfig
from runbridge.runicorn._driver import Plan
from runbridge.runicorn.errors import ConnectionError, InvalidArgumentError, error_from_response
from runbridge.transport import ClientOptions

__all__ = ["DEFAULT_BASE_URL", "AsyncRunner", "ClientCore", "SyncRunner", "check_health"]

DEFAULT_BASE_URL = "http://127.0.0.1:23300"
# Every released viewer answers "ok"; the 0.5.x client waited for "healthy", which is why its connect() failed.
HEALTHY = frozenset({"ok", "healthy"})

T = TypeVar("T")


class SyncRunner(Protocol):
    """Runs a plan with blocking I/O and returns its result."""

    def __call__(self, plan: Plan[T], /) -> T: ...


class AsyncRunner(Protocol):
    """Runs a plan with asyncio and returns an awaitable of its result."""

    def __call__(self, plan: Plan[T], /) -> Awaitable[T]: ...


def _options(
    base_url: str,
    timeout: float,
    max_retries: int,
    headers: Mapping[str, str] | None,
    verify: ssl.SSLContext | bool | str,
) -> ClientOptions:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidArgumentError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError(f"max_retries must be a non-negative integer, not {max_retries!r}")
    try:
        return ClientOptions(
            base_url.rstrip("/"),
            timeout=float(timeout),
            retry=RetryConfig().with_max_retries(max_retries),
            headers=dict(headers or {}),
            verify=verify,
            idempotent_routes=IDEMPOTENT_ROUTES,
            error_factory=error_from_response,
            service="runicorn",
        )
    except (ValueError, TypeError) as exc:
        raise InvalidArgumentError(str(exc)) from exc


class ClientCore:
    """Options and read-only properties common to RunicornClient and AsyncRunicornClient."""

    def __init__(
        self,
        base_url: str,
        timeout: float,
        max_retries: int,
        headers: Mapping[str, str] | None,
        verify: bool | str,
    ) -> None:
        if not isinstance(base_url, str):
            raise InvalidArgumentError(f"base_url must be a string, not {type(base_url).__name__}")
        self._options = _options(base_url, timeout, max_retries, headers, verify)
        self._timeout = float(timeout)
        self._max_retries = max_retries
        self._health: dict[str, Any] | None = None

    def _retune(self, timeout: float | None, max_retries: int | None) -> None:
        """Switch this (freshly copied) client to another timeout and/or retry budget, validated as in __init__."""
        timeout = self._timeout if timeout is None else timeout
        max_retries = self._max_retries if max_retries is None else max_retries
        options = self._options
        self._options = _options(options.base_url, timeout, max_retries, options.headers, options.verify)
        self._timeout, self._max_retries = float(timeout), max_retries

    @property
    def base_url(self) -> str:
        """The viewer's base URL, e.g. http://127.0.0.1:23300."""
        return self._options.base_url

    @property
    def timeout(self) -> float:
        """The per-request timeout in seconds."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed idempotent request is retried."""
        return self._max_retries

    @property
    def viewer_version(self) -> str | None:
        """The viewer's version from its health check (None until the client has connected)."""
        if self._health is None:
            return None
        version = self._health.get("version")
        return version if isinstance(version, str) else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, timeout={self.timeout})"


def check_health(base_url: str, health: Mapping[str, Any]) -> dict[str, Any]:
    """Accept a health answer, or raise ConnectionError saying what the viewer reported."""
    status = health.get("status")
    if status not in HEALTHY:
        raise ConnectionError(f"the viewer at {redact_url(base_url)} is not healthy: it reports status {status!r}")
    return dict(health)


def add_response_hook(client: httpx.Client | httpx.AsyncClient, hook: Any) -> None:
    """Append an httpx response hook, keeping any the client already has."""
    hooks = client.event_hooks
    hooks["response"] = [*hooks.get("response", []), hook]
    client.event_hooks = hooks
