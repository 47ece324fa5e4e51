"""`Configuration`: the 19 options of runapy's Configuration, validated up front and turned into transport options.

Defaults match runapy (verify_ssl=True, pool_maxsize=4, retries on with 3 retries and backoff factor 0.5,
auto_refresh_token=True with a 60 s margin). Differences a runapy user should know:

* client credentials use the OAuth2 form at `/api/v2/token` by default; `token_endpoint="v1"` sends the JSON
  body `{"grantType": "client_credentials", "clientID", "clientSecret"}` to `/api/v1/token` instead;
* a `bearer_token` is actually sent (runapy 1.x ignored it) and is never refreshed;
* with `auto_refresh_token=False` the token is fetched once and only replaced when the control plane answers
  401 (refresh and resend once), never ahead of its expiry;
* every request has a timeout (`timeout`, 30 s by default; runapy had none);
* `pool_size` is how many idle connections are kept (and the ThreadedApiClient's worker count); `pool_maxsize`
  caps the open connections;
* `proxy_server_name` sets the TLS SNI / certificate host name for every connection, as in runapy;
* `debug=True` logs each request and response at DEBUG through the `runbridge` logger, credentials redacted.

Every problem is reported as `runbridge.ConfigError` naming the option, when the Configuration is built.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from runbridge._constants import DEFAULT_REFRESH_MARGIN, DEFAULT_TIMEOUT
from runbridge._redact import mask, redact_url
from runbridge.errors import ConfigError

if TYPE_CHECKING:
    import httpx

__all__ = ["Configuration"]

TOKEN_PATHS = {"v1": "/api/v1/token", "v2": "/api/v2/token"}


def _check_type(name: str, value: Any, kinds: type | tuple[type, ...], *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,)):
        raise ConfigError(f"{name} must be {_kind_name(kinds)}, not {value!r}")
    if not isinstance(value, kinds):
        raise ConfigError(f"{name} must be {_kind_name(kinds)}, not {type(value).__name__}")


def _kind_name(kinds: type | tuple[type, ...]) -> str:
    names = [kind.__name__ for kind in (kinds if isinstance(kinds, tuple) else (kinds,))]
    return " or ".join(names)


def _existing_file(name: str, value: str | None) -> None:
    if value is not None and not os.path.isfile(os.path.expanduser(value)):
        raise ConfigError(f"{name} {value!r} is not a readable file")


@attrs.frozen(kw_only=True, repr=False)
class Configuration:
    """Connection, authentication, TLS, pooling, retry and logging settings for a Run:ai control plane."""

    client_id: str | None = None
    client_secret: str | None = None
    runai_base_url: str | None = None
    bearer_token: str | None = None
    verify_ssl: bool = True
    ssl_ca_cert: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    pool_maxsize: int = 4
    pool_size: int | None = None
    retry_enabled: bool = True
    retry_max_retries: int = 3
    retry_backoff_factor: float = 0.5
    proxy_url: str | None = None
    proxy_headers: Mapping[str, str] | None = None
    proxy_server_name: str | None = None
    auto_refresh_token: bool = True
    token_refresh_margin: float = DEFAULT_REFRESH_MARGIN
    debug: bool = False
    # Not in runapy: which token endpoint client credentials use, and the per-request timeout in seconds.
    token_endpoint: Literal["v1", "v2"] = "v2"  # noqa: S105 - a version, not a secret
    timeout: float = DEFAULT_TIMEOUT

    def __attrs_post_init__(self) -> None:
        self._check_types()
        if not self.runai_base_url:
            raise ConfigError("runai_base_url is required, e.g. 'https://myorg.run.ai'")
        import httpx

        url = httpx.URL(self.runai_base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigError(
                f"runai_base_url must be an absolute http(s) URL, not {redact_url(self.runai_base_url)!r}"
            )
        object.__setattr__(self, "runai_base_url", self.runai_base_url.rstrip("/"))
        has_client = self.client_id is not None or self.client_secret is not None
        if self.bearer_token is not None and has_client:
            raise ConfigError("bearer_token cannot be used together with client_id/client_secret; choose one")
        if self.bearer_token is not None and not self.bearer_token.strip():
            raise ConfigError("bearer_token is empty")
        if self.bearer_token is None and (not self.client_id or not self.client_secret):
            missing = [name for name in ("client_id", "client_secret") if not getattr(self, name)]
            raise ConfigError(
                f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} required "
                "(or pass bearer_token instead of client credentials)"
            )
        if self.token_endpoint not in TOKEN_PATHS:
            raise ConfigError(f"token_endpoint must be 'v1' or 'v2', not {self.token_endpoint!r}")
        _existing_file("ssl_ca_cert", self.ssl_ca_cert)
        _existing_file("cert_file", self.cert_file)
        _existing_file("key_file", self.key_file)
        if self.key_file is not None and self.cert_file is None:
            raise ConfigError("key_file needs cert_file (the client certificate it belongs to)")
        if self.pool_maxsize < 1:
            raise ConfigError(f"pool_maxsize must be >= 1, not {self.pool_maxsize}")
        if self.pool_size is None:
            object.__setattr__(self, "pool_size", self.pool_maxsize)
        elif not 1 <= self.pool_size <= self.pool_maxsize:
            raise ConfigError(
                f"pool_size must be between 1 and pool_maxsize ({self.pool_maxsize}), not {self.pool_size}"
            )
        if self.retry_max_retries < 0:
            raise ConfigError(f"retry_max_retries must be >= 0, not {self.retry_max_retries}")
        if self.retry_backoff_factor < 0:
            raise ConfigError(f"retry_backoff_factor must be >= 0, not {self.retry_backoff_factor}")
        if self.token_refresh_margin < 0:
            raise ConfigError(f"token_refresh_margin must be >= 0 seconds, not {self.token_refresh_margin}")
        if self.timeout <= 0:
            raise ConfigError(f"timeout must be a positive number of seconds, not {self.timeout}")
        if self.proxy_url is not None:
            import httpx

            proxy = httpx.URL(self.proxy_url)
            if proxy.scheme not in ("http", "https", "socks5", "socks5h") or not proxy.host:
                raise ConfigError(f"proxy_url must be an http(s) or socks5 URL, not {redact_url(self.proxy_url)!r}")
        elif self.proxy_headers:
            raise ConfigError("proxy_headers were given without a proxy_url")

    def _check_types(self) -> None:
        for name in ("client_id", "client_secret", "runai_base_url", "bearer_token", "ssl_ca_cert", "cert_file"):
            _check_type(name, getattr(self, name), str)
        for name in ("key_file", "proxy_url", "proxy_server_name", "token_endpoint"):
            _check_type(name, getattr(self, name), str)
        for name in ("verify_ssl", "retry_enabled", "auto_refresh_token", "debug"):
            _check_type(name, getattr(self, name), bool, optional=False)
        for name in ("pool_maxsize", "retry_max_retries"):
            _check_type(name, getattr(self, name), int, optional=False)
        _check_type("pool_size", self.pool_size, int)
        for name in ("retry_backoff_factor", "token_refresh_margin", "timeout"):
            _check_type(name, getattr(self, name), (int, float), optional=False)
        if self.proxy_headers is not None and (
            not isinstance(self.proxy_headers, Mapping)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in self.proxy_headers.items())
        ):
            raise ConfigError("proxy_headers must be a mapping of header names to string values")

    # -- what the transport needs ------------------------------------------------------------------------------

    @property
    def uses_client_credentials(self) -> bool:
        return self.bearer_token is None

    @property
    def token_url(self) -> str:
        """Where client credentials are exchanged for a token."""
        return f"{self.runai_base_url}{TOKEN_PATHS[self.token_endpoint]}"

    def build_auth(self) -> httpx.Auth:
        """The credential flow: a fixed bearer token, or client credentials with refresh."""
        from runbridge.auth import StaticToken

        if self.bearer_token is not None:
            return StaticToken(self.bearer_token)
        assert self.client_id is not None  # checked in __attrs_post_init__
        assert self.client_secret is not None
        from runbridge.auth import ClientCredentials

        return ClientCredentials(
            self.token_url,
            self.client_id,
            self.client_secret,
            style="json" if self.token_endpoint == "v1" else "form",  # noqa: S105
            refresh_margin=float(self.token_refresh_margin),
            refresh_ahead=self.auto_refresh_token,
        )

    def ssl_verify(self) -> ssl.SSLContext | bool:
        """What httpx's `verify=` gets: False, or a context trusting the system store or `ssl_ca_cert`."""
        if not self.verify_ssl:
            return False
        if self.ssl_ca_cert is not None:
            return ssl.create_default_context(cafile=os.path.expanduser(self.ssl_ca_cert))
        return True

    def client_cert(self) -> str | tuple[str, str] | None:
        if self.cert_file is None:
            return None
        cert = os.path.expanduser(self.cert_file)
        return (cert, os.path.expanduser(self.key_file)) if self.key_file is not None else cert

    def proxy(self) -> httpx.Proxy | None:
        if self.proxy_url is None:
            return None
        import httpx

        return httpx.Proxy(self.proxy_url, headers=dict(self.proxy_headers or {}))

    def limits(self, *, keepalive: int | None = None) -> httpx.Limits:
        kept = keepalive if keepalive is not None else self.pool_size
        import httpx

        return httpx.Limits(max_connections=self.pool_maxsize, max_keepalive_connections=kept)

    def __repr__(self) -> str:
        secret = mask(self.client_secret) if self.client_secret is not None else None
        token = mask(self.bearer_token) if self.bearer_token is not None else None
        return (
            f"Configuration(runai_base_url={self.runai_base_url!r}, client_id={self.client_id!r}, "
            f"client_secret={secret}, bearer_token={token}, token_endpoint={self.token_endpoint!r}, "
            f"verify_ssl={self.verify_ssl!r}, pool_maxsize={self.pool_maxsize!r}, pool_size={self.pool_size!r}, "
            f"retry_enabled={self.retry_enabled!r}, retry_max_retries={self.retry_max_retries!r}, "
            f"auto_refresh_token={self.auto_refresh_token!r}, token_refresh_margin={self.token_refresh_margin!r}, "
            f"debug={self.debug!r})"
        )
