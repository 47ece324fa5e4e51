"""TLS: certificate verification is on by default (sync and async), a self-signed server fails with a clear
APIConnectionError that is not retried, and a private CA given as `verify=` (a path or an SSLContext) works.
Clients with the default settings share one TLS context, which still follows SSL_CERT_FILE."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from runbridge.errors import APIConnectionError, ConfigError
from runbridge.retry import RetryConfig
from runbridge.transport import ClientOptions, build_async_client, build_client, ssl_context
from tests.integration.faulty_server import FaultyServer, respond

x509 = pytest.importorskip("cryptography.x509", reason="generating test certificates needs `cryptography`")
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402


@attrs.frozen
class Certificates:
    ca: Path
    cert: Path
    key: Path


def _name(common_name: str) -> Any:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_certificates(directory: Path) -> Certificates:
    """A private CA and a server certificate for 127.0.0.1 signed by it, written as PEM files."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("runbridge test CA"))
        .issuer_name(_name("runbridge test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = Certificates(ca=directory / "ca.pem", cert=directory / "server.pem", key=directory / "server-key.pem")
    paths.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths.cert.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return paths


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def https_server(certificates: Certificates) -> Iterator[FaultyServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.cert, certificates.key)
    with FaultyServer(ssl_context=context) as server:
        server.script("GET /secure", respond(200, {"secure": True}))
        yield server


RETRYING = RetryConfig(max_attempts=3, backoff_factor=0.01, jitter=False)


def fetch(mode: str, options: ClientOptions) -> httpx.Response:
    if mode == "sync":
        with build_client(options) as client:
            return client.get("/secure")

    async def run() -> httpx.Response:
        async with build_async_client(options) as client:
            return await client.get("/secure")

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_verification_is_on_by_default_and_failure_is_clear(https_server: FaultyServer, mode: str) -> None:
    options = ClientOptions(https_server.base_url, retry=RETRYING)
    assert options.verify is True
    with pytest.raises(APIConnectionError) as caught:
        fetch(mode, options)
    message = str(caught.value)
    assert "TLS certificate verification failed" in message
    assert "verify=" in message  # says how to fix it
    assert caught.value.attempts == 1  # a certificate does not get better by asking again
    assert https_server.hits["GET /secure"] == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_private_ca_given_as_a_path_is_trusted(
    https_server: FaultyServer, certificates: Certificates, mode: str
) -> None:
    options = ClientOptions(https_server.base_url, verify=str(certificates.ca))
    assert fetch(mode, options).json() == {"secure": True}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_private_ca_given_as_an_ssl_context_is_trusted(
    https_server: FaultyServer, certificates: Certificates, mode: str
) -> None:
    context = ssl.create_default_context(cafile=str(certificates.ca))
    assert fetch(mode, ClientOptions(https_server.base_url, verify=context)).json() == {"secure": True}


def test_the_wrong_ca_is_still_rejected(https_server: FaultyServer, tmp_path: Path) -> None:
    other = make_certificates(tmp_path)
    with pytest.raises(APIConnectionError, match="certificate verification failed"):
        fetch("sync", ClientOptions(https_server.base_url, verify=str(other.ca)))


def test_verification_can_only_be_switched_off_explicitly(https_server: FaultyServer) -> None:
    assert fetch("sync", ClientOptions(https_server.base_url, verify=False)).status_code == 200


def test_a_missing_ca_bundle_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot load CA certificates"):
        build_client(ClientOptions("https://127.0.0.1:1", verify=str(tmp_path / "missing.pem")))


def test_default_clients_share_one_tls_context_and_a_client_certificate_gets_its_own(
    certificates: Certificates,
) -> None:
    # Loading the CA bundle costs ~20 ms of CPU, so clients with the default settings share one context; a
    # client certificate is loaded into a context of its own, never into the shared one.
    assert ssl_context() is ssl_context()
    assert ssl_context(False) is ssl_context(False)
    assert ssl_context(False) is not ssl_context()
    client_certificate = (str(certificates.cert), str(certificates.key))
    assert ssl_context(cert=client_certificate) is not ssl_context()
    assert ssl_context(cert=client_certificate) is not ssl_context(cert=client_certificate)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_trust_store_named_in_ssl_cert_file_later_is_used_by_the_next_client(
    https_server: FaultyServer, certificates: Certificates, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    with pytest.raises(APIConnectionError, match="certificate verification failed"):
        fetch(mode, ClientOptions(https_server.base_url, retry=RETRYING))
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))  # httpx's variable for the default trust store
    assert fetch(mode, ClientOptions(https_server.base_url)).json() == {"secure": True}
