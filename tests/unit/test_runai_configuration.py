"""Configuration: runapy's 19 options with their defaults, validation with clear errors, transport settings."""

from __future__ import annotations

import json
import ssl
from pathlib import Path

import httpx
import pytest

from runbridge.auth import ClientCredentials, StaticToken
from runbridge.errors import ConfigError
from runbridge.runai import Configuration

BASE = "https://myorg.run.ai"
SEED_OPTIONS = {
    "client_id": None,
    "client_secret": None,
    "runai_base_url": None,
    "bearer_token": None,
    "verify_ssl": True,
    "ssl_ca_cert": None,
    "cert_file": None,
    "key_file": None,
    "pool_maxsize": 4,
    "pool_size": None,
    "retry_enabled": True,
    "retry_max_retries": 3,
    "retry_backoff_factor": 0.5,
    "proxy_url": None,
    "proxy_headers": None,
    "proxy_server_name": None,
    "auto_refresh_token": True,
    "token_refresh_margin": 60,
    "debug": False,
}


def credentials(**overrides: object) -> Configuration:
    options: dict[str, object] = {"client_id": "app", "client_secret": "s3cr3t-value", "runai_base_url": BASE}
    options.update(overrides)
    return Configuration(**options)  # type: ignore[arg-type]


def test_all_nineteen_seed_options_exist_with_runapy_defaults() -> None:
    fields = {field.name: field.default for field in Configuration.__attrs_attrs__}  # type: ignore[attr-defined]
    assert len(SEED_OPTIONS) == 19
    for name, default in SEED_OPTIONS.items():
        assert fields[name] == default, name


def test_defaults_after_validation() -> None:
    config = credentials(runai_base_url=BASE + "/")
    assert config.runai_base_url == BASE  # trailing slash stripped, as runapy does
    assert config.pool_size == 4  # defaults to pool_maxsize
    assert config.token_url == BASE + "/api/v2/token"
    assert credentials(token_endpoint="v1").token_url == BASE + "/api/v1/token"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"bearer_token": "tok"}, "cannot be used together"),
        ({"runai_base_url": None}, "runai_base_url is required"),
        ({"runai_base_url": "myorg.run.ai"}, "absolute http(s) URL"),
        ({"client_secret": None}, "client_secret is required"),
        ({"client_id": None, "client_secret": None}, "client_id and client_secret are required"),
        ({"pool_maxsize": 0}, "pool_maxsize must be >= 1"),
        ({"pool_size": 9}, "pool_size must be between 1 and pool_maxsize"),
        ({"retry_max_retries": -1}, "retry_max_retries must be >= 0"),
        ({"retry_backoff_factor": -0.1}, "retry_backoff_factor must be >= 0"),
        ({"token_refresh_margin": -5}, "token_refresh_margin must be >= 0"),
        ({"timeout": 0}, "timeout must be a positive"),
        ({"token_endpoint": "v3"}, "token_endpoint must be 'v1' or 'v2'"),
        ({"proxy_headers": {"X-Proxy": "1"}}, "proxy_headers were given without a proxy_url"),
        ({"proxy_url": "ftp://proxy:21"}, "proxy_url must be"),
        ({"verify_ssl": "yes"}, "verify_ssl must be bool"),
        ({"pool_maxsize": True}, "pool_maxsize must be int"),
        ({"pool_maxsize": "4"}, "pool_maxsize must be int"),
        ({"ssl_ca_cert": "/nonexistent/ca.pem"}, "ssl_ca_cert '/nonexistent/ca.pem' is not a readable file"),
        ({"proxy_headers": {"X": 1}}, "proxy_headers must be a mapping"),
    ],
)
def test_invalid_configurations_raise_config_error_naming_the_option(
    overrides: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        credentials(**overrides)


def test_bearer_token_alone_is_valid_and_never_refreshes() -> None:
    config = Configuration(bearer_token="header.payload.sig", runai_base_url=BASE)
    auth = config.build_auth()
    assert isinstance(auth, StaticToken)
    assert config.uses_client_credentials is False


def test_key_file_needs_cert_file(tmp_path: Path) -> None:
    key = tmp_path / "client.key"
    key.write_text("key")
    with pytest.raises(ConfigError, match="key_file needs cert_file"):
        credentials(key_file=str(key))


def test_client_credentials_flow_style_follows_token_endpoint() -> None:
    form = credentials().build_auth()
    assert isinstance(form, ClientCredentials)
    assert form.style == "form"
    assert form.token_url == BASE + "/api/v2/token"
    assert form.refresh_margin == 60
    json_style = credentials(token_endpoint="v1", token_refresh_margin=10, auto_refresh_token=False).build_auth()
    assert isinstance(json_style, ClientCredentials)
    assert json_style.style == "json"
    assert json_style.refresh_margin == 10
    assert json_style.refresh_ahead is False
    request = json_style.build_token_request()
    assert request.url == BASE + "/api/v1/token"
    assert json.loads(request.content)["grantType"] == "client_credentials"


def test_tls_pool_and_proxy_settings_become_httpx_settings(tmp_path: Path) -> None:
    assert credentials().ssl_verify() is True
    assert credentials(verify_ssl=False).ssl_verify() is False
    cert = tmp_path / "client.pem"
    key = tmp_path / "client.key"
    cert.write_text("cert")
    key.write_text("key")
    config = credentials(cert_file=str(cert), key_file=str(key), pool_maxsize=8, pool_size=2)
    assert config.client_cert() == (str(cert), str(key))
    limits = config.limits()
    assert (limits.max_connections, limits.max_keepalive_connections) == (8, 2)
    proxy = credentials(
        proxy_url="http://proxy.local:3128", proxy_headers={"Proxy-Authorization": "Basic eA=="}
    ).proxy()
    assert isinstance(proxy, httpx.Proxy)
    assert proxy.url == "http://proxy.local:3128"
    assert proxy.headers["proxy-authorization"] == "Basic eA=="


def test_ssl_ca_cert_builds_a_verifying_context() -> None:
    ca = Path(ssl.get_default_verify_paths().cafile or "")
    if not ca.is_file():
        pytest.skip("no system CA bundle file to point at")
    context = credentials(ssl_ca_cert=str(ca)).ssl_verify()
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED


def test_repr_never_shows_secrets() -> None:
    text = repr(credentials()) + repr(Configuration(bearer_token="bearer-secret-xyz", runai_base_url=BASE))
    assert "s3cr3t-value" not in text
    assert "bearer-secret-xyz" not in text
    assert "client_id='app'" in text


def test_configuration_is_immutable() -> None:
    config = credentials()
    with pytest.raises(AttributeError):
        config.debug = True  # type: ignore[misc]
