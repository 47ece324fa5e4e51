"""What a `Configuration` means to the transport: the options every Run:ai api client is built from (no I/O)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from runbridge.runai.errors import error_from_response

if TYPE_CHECKING:
    import httpx

    from runbridge.runai.configuration import Configuration
    from runbridge.transport import ClientOptions


def client_options(configuration: Configuration, auth: httpx.Auth) -> ClientOptions:
    """Token flow, TLS, proxy, connection pool, retries, timeout and error mapping, from one configuration."""
    from runbridge_generated.runai_controlplane._operations import IDEMPOTENT_ROUTES

    from runbridge.retry import RetryConfig
    from runbridge.transport import ClientOptions

    retry = RetryConfig(
        enabled=configuration.retry_enabled,
        max_attempts=configuration.retry_max_retries + 1 if configuration.retry_enabled else 1,
        backoff_factor=float(configuration.retry_backoff_factor),
    )
    return ClientOptions(
        configuration.runai_base_url or "",
        timeout=float(configuration.timeout),
        retry=retry,
        auth=auth,
        verify=configuration.ssl_verify(),
        cert=configuration.client_cert(),
        proxy=configuration.proxy(),
        limits=configuration.limits(),
        idempotent_routes=IDEMPOTENT_ROUTES,
        error_factory=error_from_response,
        service="runai",
    )
