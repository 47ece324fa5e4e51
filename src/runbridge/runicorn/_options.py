"""Check a Runicorn client's arguments and turn them into transport options, once for the sync and async client.

Every refusal is InvalidArgumentError, raised before a connection is opened. This module loads httpx and the
transport, so the clients import it when the first one is built, not when the package is imported.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping

import httpx
from runbridge_generated.runicorn_viewer._operations import IDEMPOTENT_ROUTES

from runbridge.retry import RetryConfig
from runbridge.runicorn.errors import InvalidArgumentError, error_from_response
from runbridge.transport import ClientOptions

__all__ = ["check_overrides", "client_options"]


def _check_timeout(timeout: object) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidArgumentError(f"timeout must be a positive number of seconds, not {timeout!r}")
    return float(timeout)


def _check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError(f"max_retries must be a non-negative integer, not {max_retries!r}")
    return max_retries


def client_options(
    base_url: object,
    timeout: object,
    max_retries: object,
    headers: Mapping[str, str] | None,
    verify: ssl.SSLContext | bool | str,
) -> ClientOptions:
    """The transport options of a client built with these constructor arguments."""
    if not isinstance(base_url, str):
        raise InvalidArgumentError(f"base_url must be a string, not {type(base_url).__name__}")
    seconds, retries = _check_timeout(timeout), _check_max_retries(max_retries)
    try:
        return ClientOptions(
            base_url.rstrip("/"),
            timeout=seconds,
            retry=RetryConfig().with_max_retries(retries),
            headers=dict(headers or {}),
            verify=verify,
            idempotent_routes=IDEMPOTENT_ROUTES,
            error_factory=error_from_response,
            service="runicorn",
        )
    except (ValueError, TypeError) as exc:
        raise InvalidArgumentError(str(exc)) from exc


def check_overrides(timeout: float | httpx.Timeout | None, max_retries: int | None) -> None:
    """Refuse a `with_options` timeout or retry budget the constructor would refuse (an httpx.Timeout is taken
    as it is: the transport fills in any part left as None)."""
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        _check_timeout(timeout)
    if max_retries is not None:
        _check_max_retries(max_retries)
