"""Turn a runs client's constructor arguments into ClientOptions, once for the sync and the async client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx
from runbridge_generated.runs._operations import IDEMPOTENT_ROUTES

from runbridge.auth import ApiKeyExchange
from runbridge.errors import ConfigError
from runbridge.retry import RetryConfig
from runbridge.runs._auth import StreamAuth, build_auth
from runbridge.transport import ClientOptions


@attrs.frozen
class Settings:
    """What a runs client was built with (secrets stay inside the auth flow)."""

    options: ClientOptions
    exchange: ApiKeyExchange | None


def build_settings(
    base_url: str,
    *,
    api_key: str | None,
    token: str | None,
    token_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    retry: RetryConfig | None,
    headers: Mapping[str, str] | None,
    api_version: str | None,
    stream_auth: StreamAuth,
    refresh_margin: float,
    verify: Any,
) -> Settings:
    try:
        auth, exchange = build_auth(
            base_url,
            api_key=api_key,
            token=token,
            token_url=token_url,
            refresh_margin=refresh_margin,
            stream_auth=stream_auth,
        )
        # An explicit `retry` policy wins; `max_retries` adjusts it only when given (default: 3 retries).
        retry_config = retry or RetryConfig(max_attempts=4)
        if max_retries is not None:
            if not isinstance(max_retries, int) or max_retries < 0:
                raise ConfigError(f"max_retries must be a non-negative integer, not {max_retries!r}")
            retry_config = retry_config.with_max_retries(max_retries)
        all_headers = {"x-api-version": api_version} if api_version else {}
        all_headers.update(headers or {})
        options = ClientOptions(
            base_url.rstrip("/"),
            timeout=timeout,
            retry=retry_config,
            auth=auth,
            headers=all_headers,
            verify=verify,
            idempotent_routes=IDEMPOTENT_ROUTES,
            service="runs",
        )
    except ConfigError:
        raise
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"runs client: {exc}") from exc
    return Settings(options=options, exchange=exchange)
