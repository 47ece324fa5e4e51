"""Status codes, transport failures and HTML answers become the documented exception classes."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

import runbridge.errors as base
from runbridge import runicorn
from runbridge.runicorn.errors import error_from_response

RUN_ID = "20250124_120000_abc123"


def reply(
    status: int, body: object = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A MockTransport answer with an unread body, as the network would deliver it."""
    if text is None:
        content, content_type = json.dumps(body).encode(), "application/json"
    else:
        content, content_type = text.encode(), "text/html; charset=utf-8"
    all_headers = {"content-type": content_type, **(headers or {})}
    return httpx.Response(status, stream=httpx.ByteStream(content), headers=all_headers)


def _response(status: int, body: object, *, content_type: str = "application/json") -> httpx.Response:
    content = json.dumps(body).encode() if not isinstance(body, str) else body.encode()
    request = httpx.Request("GET", f"http://127.0.0.1:23300/api/runs/{RUN_ID}")
    return httpx.Response(status, content=content, headers={"content-type": content_type}, request=request)


@pytest.mark.parametrize(
    ("status", "documented", "generic"),
    [
        (400, runicorn.BadRequestError, base.BadRequestError),
        (401, runicorn.AuthenticationError, base.AuthenticationError),
        (403, runicorn.PermissionDeniedError, base.PermissionDeniedError),
        (404, runicorn.NotFoundError, base.NotFoundError),
        (409, runicorn.ConflictError, base.ConflictError),
        (422, runicorn.UnprocessableEntityError, base.UnprocessableEntityError),
        (429, runicorn.RateLimitError, base.RateLimitError),
        (500, runicorn.ServerError, base.InternalServerError),
        (501, runicorn.NotImplementedByViewerError, base.InternalServerError),
        (503, runicorn.ServerError, base.InternalServerError),
        (418, runicorn.RunicornStatusError, base.APIStatusError),
    ],
)
def test_each_status_has_its_documented_class(status: int, documented: type, generic: type) -> None:
    error = error_from_response(_response(status, {"detail": "boom"}))
    assert type(error) is documented
    assert isinstance(error, generic)
    assert isinstance(error, runicorn.RunicornAPIError)
    assert error.status_code == status  # type: ignore[attr-defined]
    assert error.detail == "boom"  # type: ignore[attr-defined]
    assert "boom" in str(error)


def test_validation_errors_are_bad_requests_with_the_problem_list() -> None:
    problems = [{"type": "greater_than_equal", "loc": ["query", "downsample"], "msg": "too small"}]
    error = error_from_response(_response(422, {"detail": problems}))
    assert isinstance(error, runicorn.BadRequestError)
    assert error.detail == problems  # type: ignore[attr-defined]


def test_host_key_confirmation_exposes_the_key() -> None:
    detail = {"code": "HOST_KEY_CONFIRMATION_REQUIRED", "message": "unknown key", "host_key": {"host": "gpu01"}}
    error = error_from_response(_response(409, {"detail": detail}))
    assert isinstance(error, runicorn.HostKeyConfirmationRequiredError)
    assert error.host_key == {"host": "gpu01"}
    assert "unknown key" in str(error)


def _mock(handler: httpx.MockTransport) -> runicorn.RunicornClient:
    return runicorn.RunicornClient(check_connection=False, max_retries=0, transport=handler)


def test_html_from_the_web_ui_is_a_clear_error_not_a_decode_crash() -> None:
    page = "<!doctype html><html><body>Runicorn Viewer</body></html>"
    transport = httpx.MockTransport(lambda request: reply(200, text=page))
    with _mock(transport) as client, pytest.raises(runicorn.NotAnAPIResponseError, match="web page") as caught:
        client.get_run(RUN_ID)
    assert isinstance(caught.value, base.APIResponseValidationError)
    assert caught.value.operation == "get_run"


def test_artifacts_on_a_viewer_without_them_raise_unsupported_feature() -> None:
    def viewer_072(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/health":
            return reply(200, {"status": "ok", "version": "0.7.2"})
        return reply(200, text="<!doctype html>")

    with _mock(httpx.MockTransport(viewer_072)) as client:
        with pytest.raises(runicorn.UnsupportedFeatureError, match=r"0\.7\.2.*get_run_assets") as caught:
            client.artifacts.list_artifacts()
        assert caught.value.viewer_version == "0.7.2"
        assert caught.value.feature == "artifacts"
        with pytest.raises(runicorn.UnsupportedFeatureError):
            client.artifacts.get_artifact("model:v1")


def test_artifacts_on_a_06_viewer_raise_unsupported_feature_but_a_missing_artifact_is_not_found() -> None:
    def viewer_06(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/health":
            return reply(200, {"status": "ok", "version": "0.6.0"})
        if request.url.path.startswith("/api/artifacts/known"):
            return reply(404, {"detail": "Artifact not found: known"})
        return reply(404, {"detail": "Not Found"})

    with _mock(httpx.MockTransport(viewer_06)) as client:
        with pytest.raises(runicorn.UnsupportedFeatureError, match=r"0\.6\.0"):
            client.artifacts.list_versions("anything")
        with pytest.raises(runicorn.NotFoundError, match="Artifact not found"):
            client.artifacts.list_versions("known")


def test_unreachable_viewer_is_a_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    with pytest.raises(runicorn.ConnectionError, match="runicorn viewer") as caught:
        runicorn.RunicornClient(max_retries=0, transport=httpx.MockTransport(refuse))
    assert isinstance(caught.value, base.APIConnectionError)


def test_timeouts_are_timeout_errors_and_connection_errors() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with _mock(httpx.MockTransport(slow)) as client, pytest.raises(runicorn.TimeoutError) as caught:
        client.list_experiments()
    assert isinstance(caught.value, runicorn.ConnectionError)
    assert isinstance(caught.value, base.APITimeoutError)


def test_unhealthy_viewer_fails_connect() -> None:
    transport = httpx.MockTransport(lambda request: reply(200, {"status": "degraded"}))
    with pytest.raises(runicorn.ConnectionError, match="degraded"):
        runicorn.RunicornClient(transport=transport)


def test_a_body_that_does_not_match_the_spec_is_a_response_error() -> None:
    transport = httpx.MockTransport(lambda request: reply(200, {"no": "status"}))
    with _mock(transport) as client, pytest.raises(runicorn.ResponseError) as caught:
        client.get_run(RUN_ID)
    assert caught.value.operation == "get_run"


def test_remote_connect_failure_keeps_the_ssh_message_and_is_sent_once() -> None:
    calls = []

    def viewer(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return reply(500, {"detail": "Connection failed: ssh: connect to host gpu01 port 22: refused"})

    client = runicorn.RunicornClient(check_connection=False, max_retries=3, transport=httpx.MockTransport(viewer))
    with client, pytest.raises(runicorn.ServerError, match="ssh: connect to host gpu01") as caught:
        client.remote.connect("gpu01", username="alice", password="s3cret-pass")
    assert calls == ["/api/remote/connect"]
    assert "s3cret-pass" not in str(caught.value)
    assert caught.value.detail.startswith("Connection failed")


def test_idempotent_reads_are_retried_on_5xx() -> None:
    calls = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 2:
            return reply(503, {"detail": "busy"}, headers={"retry-after": "0"})
        return reply(200, [])

    client = runicorn.RunicornClient(check_connection=False, max_retries=2, transport=httpx.MockTransport(flaky))
    with client:
        assert client.list_experiments() == []
    assert len(calls) == 2


def test_async_client_maps_errors_the_same_way() -> None:
    async def main() -> None:
        def viewer(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/api/health":
                return reply(200, {"status": "ok", "version": "0.7.2"})
            return reply(404, {"detail": "Run not found"})

        async with runicorn.AsyncRunicornClient(max_retries=0, transport=httpx.MockTransport(viewer)) as client:
            assert client.viewer_version == "0.7.2"
            with pytest.raises(runicorn.NotFoundError, match="Run not found"):
                await client.get_run(RUN_ID)

    asyncio.run(main())


def test_with_options_changes_the_retry_budget_and_shares_the_pool() -> None:
    calls = []

    def busy(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return reply(503, {"detail": "busy"}, headers={"retry-after": "0"})

    client = runicorn.RunicornClient(check_connection=False, max_retries=2, transport=httpx.MockTransport(busy))
    with client:
        impatient = client.with_options(max_retries=0, timeout=5)
        assert (impatient.max_retries, impatient.timeout) == (0, 5.0)
        assert (client.max_retries, client.timeout) == (2, 30.0)
        with pytest.raises(runicorn.ServerError):
            impatient.list_experiments()
        assert len(calls) == 1
        with pytest.raises(runicorn.ServerError):
            client.list_experiments()
        assert len(calls) == 4
        with pytest.raises(runicorn.InvalidArgumentError):
            client.with_options(timeout=-1)


def test_newer_features_on_an_old_viewer_raise_unsupported_feature() -> None:
    def viewer_05(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/health":
            return reply(200, {"status": "ok", "version": "0.5.2"})
        if request.method == "PATCH":
            return reply(405, {"detail": "Method Not Allowed"})
        return reply(404, {"detail": "Not Found"})

    with _mock(httpx.MockTransport(viewer_05)) as client:
        with pytest.raises(runicorn.UnsupportedFeatureError, match=r"0\.5\.2.*alias and tag") as caught:
            client.update_run(RUN_ID, alias="x")
        assert isinstance(caught.value.__cause__, runicorn.RunicornStatusError)
        with pytest.raises(runicorn.UnsupportedFeatureError, match="list_projects"):
            client.list_paths()
        with pytest.raises(runicorn.UnsupportedFeatureError, match=r"client\.artifacts"):
            client.get_run_assets(RUN_ID)
        # an endpoint every version has keeps its plain 404
        with pytest.raises(runicorn.NotFoundError):
            client.get_run(RUN_ID)
