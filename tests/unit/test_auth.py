"""Token providers as pure logic: request shapes, token parsing, expiry, reprs, and the flows over a mock."""

from __future__ import annotations

import asyncio
import base64
import json
import time
import urllib.parse

import httpx
import pytest

from runbridge.auth import ApiKeyExchange, ClientCredentials, StaticToken, Token, jwt_expiry
from runbridge.errors import TokenError


def jwt(claims: dict[str, object]) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part(claims)}.sig"


def test_jwt_expiry() -> None:
    assert jwt_expiry(jwt({"exp": 1700000000})) == 1700000000.0
    assert jwt_expiry(jwt({"exp": 1.5})) == 1.5
    for bad in (jwt({"exp": "soon"}), jwt({"exp": True}), jwt({"exp": 10**400}), jwt({})):
        assert jwt_expiry(bad) is None
    for not_a_jwt in ("opaque", "a.b", "a.!!!.c", "a.bnVsbA.c", f"x.{base64.urlsafe_b64encode(b'[1]').decode()}.y"):
        assert jwt_expiry(not_a_jwt) is None


def test_form_request_uses_the_standard_grant() -> None:
    auth = ClientCredentials("https://auth.example/oauth/token", "cid", "csecret", scope="read")
    request = auth.build_token_request()
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert dict(urllib.parse.parse_qsl(request.content.decode())) == {
        "grant_type": "client_credentials",
        "client_id": "cid",
        "client_secret": "csecret",
        "scope": "read",
    }


def test_json_request_uses_runai_v1_names() -> None:
    request = ClientCredentials("https://x/api/v1/token", "cid", "csecret", style="json").build_token_request()
    assert json.loads(request.content) == {
        "grantType": "client_credentials",
        "clientID": "cid",
        "clientSecret": "csecret",
    }


def test_api_key_exchange_request() -> None:
    request = ApiKeyExchange("https://sts.example/token", "ak-1").build_token_request()
    assert request.headers["authorization"] == "Bearer ak-1"
    assert json.loads(request.content) == {"type": "apikey", "key": "ak-1"}


def test_bad_construction_is_rejected() -> None:
    with pytest.raises(TokenError):
        ClientCredentials("https://x", "", "s")
    with pytest.raises(TokenError):
        ApiKeyExchange("https://x", "")
    with pytest.raises(TokenError):
        StaticToken("")
    with pytest.raises(ValueError, match="style"):
        ClientCredentials("https://x", "c", "s", style="xml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="refresh_margin"):
        ApiKeyExchange("https://x", "k", refresh_margin=-1)


def test_reprs_never_show_secrets() -> None:
    token_value = jwt({"exp": time.time() + 60})
    objects = [
        ClientCredentials("https://x/token?client_secret=qs", "cid", "csecret-123"),
        ApiKeyExchange("https://x/token", "apikey-456"),
        StaticToken("static-789"),
        Token(token_value, expires_at=1.0),
    ]
    text = " ".join(repr(item) for item in objects)
    for secret in ("csecret-123", "apikey-456", "static-789", token_value, "=qs"):
        assert secret not in text
    assert "client_id='cid'" in text


def token_response(body: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("POST", "https://x/token"))


@pytest.mark.parametrize(
    ("body", "lifetime"),
    [
        ({"access_token": "t", "expires_in": 3600}, 3600),
        ({"accessToken": "t", "expiresIn": "120"}, 120),
        ({"token": "t", "expires_in": 60.5}, 60.5),
        ({"access_token": "t", "expires_in": "nan"}, None),
        ({"access_token": "t", "expires_in": "\u00b2"}, None),
        ({"access_token": "t", "expires_in": -5}, None),
        ({"access_token": "t", "expires_in": True}, None),
        ({"access_token": "t"}, None),
    ],
)
def test_lifetimes(body: dict[str, object], lifetime: float | None) -> None:
    auth = ClientCredentials("https://x/token", "c", "s")
    before = time.time()
    token = auth._parse(token_response(body))
    assert token.value == "t"
    if lifetime is None:
        assert token.expires_at is None
        assert token.refresh_at is None
        assert token.fresh(time.time() + 10**6)
    else:
        assert token.expires_at is not None
        assert before + lifetime <= token.expires_at <= time.time() + lifetime


def test_the_jwt_exp_is_the_fallback_lifetime() -> None:
    value = jwt({"exp": time.time() + 900})
    token = ApiKeyExchange("https://x", "k")._parse(token_response({"token": value}))
    assert token.expires_at == jwt_expiry(value)


def test_the_refresh_margin_never_exceeds_half_the_life() -> None:
    auth = ClientCredentials("https://x/token", "c", "s", refresh_margin=60)
    short = auth._parse(token_response({"access_token": "t", "expires_in": 10}))
    assert short.refresh_at is not None
    assert short.expires_at is not None
    assert short.expires_at - short.refresh_at == pytest.approx(5.0)
    long = auth._parse(token_response({"access_token": "t", "expires_in": 3600}))
    assert long.expires_at is not None
    assert long.refresh_at is not None
    assert long.expires_at - long.refresh_at == pytest.approx(60.0)


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (token_response({"error": "invalid_client"}, 401), "answered 401"),
        (token_response(["not", "an", "object"]), "did not answer with a JSON object"),
        (token_response({"token_type": "bearer"}), "without access_token/accessToken/token"),
        (token_response({"access_token": 12345}), "without access_token/accessToken/token"),
        (token_response({"access_token": "a b\r\nInjected: 1"}), "not a valid header value"),
        (httpx.Response(200, text="<html>", request=httpx.Request("POST", "https://x/t")), "not answer with a JSON"),
    ],
)
def test_unusable_token_responses_are_token_errors(response: httpx.Response, message: str) -> None:
    with pytest.raises(TokenError, match=message):
        ClientCredentials("https://x/token", "c", "csecret-xyz")._parse(response)


def test_a_refusal_that_echoes_the_secret_does_not_repeat_it() -> None:
    auth = ClientCredentials("https://x/token", "c", "csecret-xyz")
    with pytest.raises(TokenError) as caught:
        auth._parse(token_response({"error": "bad", "got": "csecret-xyz"}, 400))
    assert "csecret-xyz" not in str(caught.value)
    assert caught.value.status_code == 400


class FakeTokenServer:
    """A MockTransport handler: a token endpoint and a protected route that accepts only the newest token."""

    def __init__(self) -> None:
        self.issued = 0
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request.url.path)
        if request.url.path == "/token":
            self.issued += 1
            return httpx.Response(200, json={"access_token": f"tok{self.issued}", "expires_in": 3600})
        if request.headers.get("authorization") == f"Bearer tok{self.issued}" and self.issued >= 2:
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(401)


def test_sync_flow_refreshes_and_resends_once_on_401() -> None:
    server = FakeTokenServer()
    auth = ClientCredentials("https://x/token", "c", "s")
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
        response = client.get("https://x/data", timeout=3.0)
    assert response.status_code == 200
    assert server.calls == ["/token", "/data", "/token", "/data"]
    assert auth.token_requests == 2


def test_async_flow_refreshes_and_resends_once_on_401() -> None:
    server = FakeTokenServer()
    auth = ApiKeyExchange("https://x/token", "k")

    async def run() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as client:
            return await client.get("https://x/data")

    assert asyncio.run(run()).status_code == 200
    assert server.calls == ["/token", "/data", "/token", "/data"]


def test_the_token_request_inherits_the_callers_timeout_and_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return httpx.Response(200)

    auth = ClientCredentials("https://x/token", "c", "s")
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth, headers={"User-Agent": "ua/1"}) as client:
        client.get("https://x/data", timeout=2.5)
    token_request = seen[0]
    assert token_request.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert token_request.headers["user-agent"] == "ua/1"
    assert token_request.extensions["runbridge.idempotent"] is True


def test_invalidate_forces_a_new_token() -> None:
    server = FakeTokenServer()
    server.issued = 1
    auth = ClientCredentials("https://x/token", "c", "s")
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
        client.get("https://x/data")
        auth.invalidate()
        assert auth.token is None
        client.get("https://x/data")
    assert auth.token_requests == 2


def test_refresh_ahead_off_keeps_the_token_until_the_server_rejects_it() -> None:
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            issued.append(f"tok-{len(issued)}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 1})
        if request.headers["Authorization"] == "Bearer tok-0" and len(issued) == 1 and request.url.path == "/late":
            return httpx.Response(401)
        return httpx.Response(200, json={"token": request.headers["Authorization"]})

    auth = ClientCredentials("http://cp.test/token", "id", "secret", refresh_ahead=False)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        assert client.get("http://cp.test/early").json() == {"token": "Bearer tok-0"}
        assert auth.token is not None
        assert auth.token.refresh_at is None  # no refresh on the clock...
        assert client.get("http://cp.test/again").json() == {"token": "Bearer tok-0"}
        # ...only after a 401: one refresh, one resend.
        assert client.get("http://cp.test/late").json() == {"token": "Bearer tok-1"}
    assert issued == ["tok-0", "tok-1"]


def test_an_injected_clock_decides_when_the_token_is_stale() -> None:
    now = [1_000_000.0]
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            issued.append(f"tok-{len(issued)}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 100})
        return httpx.Response(200, json={"token": request.headers["Authorization"]})

    auth = ApiKeyExchange("http://sts.test/token", "k", refresh_margin=10, clock=lambda: now[0])
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        assert client.get("http://sts.test/a").json() == {"token": "Bearer tok-0"}
        assert auth.token is not None
        assert (auth.token.expires_at, auth.token.refresh_at) == (1_000_100.0, 1_000_090.0)
        now[0] += 89
        assert client.get("http://sts.test/b").json() == {"token": "Bearer tok-0"}
        now[0] += 1  # the refresh margin is reached
        assert client.get("http://sts.test/c").json() == {"token": "Bearer tok-1"}
    assert auth.token_requests == 2
