"""The pure half of the agent clients: request building, input checks, stream frames, URLs. No I/O."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosedOK
from websockets.frames import Close

from runbridge import ConfigError, InvalidArgumentError
from runbridge.runagent import AsyncRunAgentClient, RunAgentClient, errors
from runbridge.runagent._endpoint import AgentEndpoint
from runbridge.runagent._websocket import StreamProtocol, websocket_url
from runbridge.runagent._wire import encode_structured

ENV_KEYS = ("RUNAGENT_API_KEY", "RUNAGENT_API_URL", "RUNAGENT_TIMEOUT", "RUNAGENT_LOG_LEVEL", "RUNAGENT_CACHE_DIR")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("RUNAGENT_CACHE_DIR", str(tmp_path))  # no user config file leaks into these tests


def core(**overrides: Any) -> AgentEndpoint:
    settings: dict[str, Any] = {
        "api_key": None,
        "base_url": "http://127.0.0.1:8450",
        "timeout": 10,
        "max_retries": 1,
        "headers": None,
    }
    settings.update(overrides)
    return AgentEndpoint("agent-1", **settings)


def test_run_request_is_the_real_protocol() -> None:
    kwargs = core(headers={"X-Team": "a"}).run_kwargs("generic", {"query": "hi"}, headers={"X-Call": "b"})
    assert kwargs["method"] == "post"
    assert kwargs["url"] == "/api/v1/agents/agent-1/run"
    assert kwargs["json"] == {
        "entrypoint_tag": "generic",
        "input_args": [],
        "input_kwargs": {"query": "hi"},
        "timeout_seconds": 10,
        "async_execution": False,
    }
    assert kwargs["headers"]["X-Call"] == "b"
    assert kwargs["timeout"] == httpx.Timeout(10.0, connect=5.0)
    assert kwargs["extensions"]["runbridge.route"] == "POST /api/v1/agents/{agent_id}/run"


def test_memory_fields_are_sent_only_when_set() -> None:
    plain = core().run_kwargs("generic", {})["json"]
    assert "user_id" not in plain
    assert "persistent_memory" not in plain
    remembered = core().stream_request("generic_stream", {}, user_id="u1", persistent_memory=True).start_frame
    assert (remembered["user_id"], remembered["persistent_memory"]) == ("u1", True)


def test_per_call_timeout_overrides_the_client_timeout() -> None:
    kwargs = core().run_kwargs("generic", {}, input_args=["pos"], timeout=2)
    assert kwargs["timeout"] == httpx.Timeout(2.0, connect=2.0)
    assert kwargs["json"]["timeout_seconds"] == 2
    assert kwargs["json"]["input_args"] == ["pos"]


def test_agent_id_is_escaped_in_the_path() -> None:
    agent = AgentEndpoint("a b:c", api_key=None, base_url="http://h", timeout=1, max_retries=0, headers=None)
    kwargs = agent.run_kwargs("generic", {})
    assert kwargs["url"] == "/api/v1/agents/a%20b%3Ac/run"


@pytest.mark.parametrize("agent_id", ["a/b", "..", ".", "a?b", "a#b", "a%2Fb", "a\\b", "a\x00b"])
def test_an_agent_id_that_is_not_one_path_segment_is_refused_when_the_client_is_built(agent_id: str) -> None:
    with pytest.raises(InvalidArgumentError, match="agent_id"):
        AgentEndpoint(agent_id, api_key=None, base_url="http://h", timeout=1, max_retries=0, headers=None)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.run_kwargs("generic_stream", {}), "use the stream methods"),
        (lambda c: c.stream_request("generic", {}), "not a streaming entrypoint"),
        (lambda c: c.run_kwargs("", {}), "non-empty string"),
        (lambda c: c.run_kwargs("generic", "text"), "must be a dict"),
        (lambda c: c.run_kwargs("generic", {"x": {1, 2}}), "JSON-serialisable"),
        (lambda c: c.run_kwargs("generic", {}, input_args="nope"), "input_args must be a list"),
        (lambda c: c.run_kwargs("generic", {}, timeout=-1), "positive number"),
        (lambda c: c.run_kwargs("generic", {}, headers={"X": 1}), "string values"),
        (lambda c: c.run_kwargs("generic", {}, user_id=""), "user_id must be a non-empty string"),
        (lambda c: c.stream_request("generic_stream", {}, persistent_memory=True), "needs a user_id"),
    ],
)
def test_bad_input_is_a_validation_error_before_anything_is_sent(call: Any, message: str) -> None:
    with pytest.raises(errors.ValidationError, match=message):
        call(core())


def test_bad_agent_id_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="agent_id"):
        RunAgentClient("  ")


def test_stream_request_carries_key_as_header_and_token() -> None:
    request = core(api_key="sk-secret").stream_request("generic_stream", {"q": 1}, timeout=3)
    assert request.url == "ws://127.0.0.1:8450/api/v1/agents/agent-1/run-stream?token=sk-secret"
    assert request.headers["Authorization"] == "Bearer sk-secret"
    assert request.start_frame["input_args"] == []
    assert request.start_frame["entrypoint_tag"] == "generic_stream"
    assert request.read_timeout == 3
    assert "sk-secret" not in request.where
    assert "sk-secret" not in repr(request)


def test_websocket_url_follows_the_scheme_and_base_path() -> None:
    assert websocket_url("https://backend.run-agent.ai", "x", None) == (
        "wss://backend.run-agent.ai/api/v1/agents/x/run-stream"
    )
    assert websocket_url("http://proxy:8080/prefix/", "x", None) == "ws://proxy:8080/prefix/api/v1/agents/x/run-stream"


def frames(*items: dict[str, Any]) -> list[str]:
    return [json.dumps(item) for item in items]


def test_stream_protocol_yields_decoded_chunks_until_completed() -> None:
    protocol = StreamProtocol("ws://h/x")
    received = []
    for frame in frames(
        {"type": "status", "status": "stream_started", "invocation_id": "inv-1"},
        {"type": "data", "content": encode_structured("hi-0")},
        {"type": "heartbeat"},
        {"type": "data", "content": encode_structured({"n": 1})},
        {"type": "data", "content": None},
        {"type": "status", "status": "stream_completed", "total_chunks": 3},
    ):
        has_value, value = protocol.feed(frame)
        if has_value:
            received.append(value)
    assert received == ["hi-0", {"n": 1}, None]
    assert protocol.completed
    assert protocol.invocation_id == "inv-1"


@pytest.mark.parametrize(
    ("frame", "started", "expected", "code"),
    [
        (
            {"type": "error", "detail": "Entrypoint generic_stream not found"},
            False,
            errors.AgentNotFoundError,
            "NOT_FOUND",
        ),
        (
            {"type": "error", "detail": "Entrypoint `generic` is not a streaming entrypoint."},
            False,
            errors.ValidationError,
            "NON_STREAM_ENTRYPOINT",
        ),
        (
            {"type": "error", "detail": "Missing required field: input_args"},
            False,
            errors.ValidationError,
            "VALIDATION_ERROR",
        ),
        ({"type": "error", "error": "Streaming error: boom"}, True, errors.AgentExecutionError, "STREAM_ERROR"),
        ({"type": "error", "error": "slow down", "code": "RATE_LIMITED"}, True, errors.RateLimitError, "RATE_LIMITED"),
    ],
)
def test_error_frames_become_seed_errors(frame: dict[str, Any], started: bool, expected: type, code: str) -> None:
    protocol = StreamProtocol("ws://h/x", started=started)
    with pytest.raises(expected) as caught:
        protocol.feed(json.dumps(frame))
    assert caught.value.code == code


def test_garbage_frames_are_invalid_responses() -> None:
    with pytest.raises(errors.InvalidResponseError, match="not JSON"):
        StreamProtocol("ws://h/x").feed("<html>")
    with pytest.raises(errors.InvalidResponseError, match="not an object"):
        StreamProtocol("ws://h/x").feed("[1]")
    with pytest.raises(errors.InvalidResponseError, match="content"):
        StreamProtocol("ws://h/x").feed(json.dumps({"type": "data", "content": '{"type":"integer","payload":"x"}'}))


def test_an_early_close_is_a_clear_interruption() -> None:
    protocol = StreamProtocol("ws://h/x")
    protocol.feed(json.dumps({"type": "status", "status": "stream_started", "invocation_id": "i"}))
    protocol.feed(json.dumps({"type": "data", "content": encode_structured("a")}))
    error = protocol.interrupted(ConnectionClosedOK(Close(1000, "bye"), None))
    assert isinstance(error, errors.StreamInterruptedError)
    assert "closed with code 1000 (bye) after 1 chunk(s), before the server said stream_completed" in error.message
    assert error.details == {"invocation_id": "i", "chunks_received": 1}


def test_reprs_never_show_the_key() -> None:
    with RunAgentClient("agent-1", api_key="sk-very-secret", base_url="http://127.0.0.1:8450") as client:
        assert "sk-very-secret" not in repr(client)
        assert "sk-very-secret" not in repr(client._endpoint.settings)
        assert client.max_retries == 3
        assert client.timeout == 30


def test_async_client_closes() -> None:
    async def scenario() -> None:
        async with AsyncRunAgentClient("agent-1", base_url="http://127.0.0.1:8450", max_retries=0) as client:
            assert repr(client).startswith("AsyncRunAgentClient(agent_id='agent-1'")

    asyncio.run(scenario())


@given(st.text(max_size=80) | st.binary(max_size=40))
def test_any_frame_is_handled_or_reported_as_a_runagent_error(message: str | bytes) -> None:
    assert _failure(lambda: StreamProtocol("ws://h/x").feed(message)) in {None, "RunAgentError"}


@given(
    st.fixed_dictionaries(
        {"type": st.sampled_from(["data", "status", "error", "other"])},
        optional={
            "content": st.none() | st.text(max_size=30),
            "status": st.text(max_size=20),
            "error": st.text(max_size=20),
            "detail": st.text(max_size=20) | st.integers(),
            "code": st.none() | st.text(max_size=10) | st.integers(),
        },
    )
)
def test_any_shaped_frame_is_handled_or_reported_as_a_runagent_error(frame: dict[str, Any]) -> None:
    assert _failure(lambda: StreamProtocol("ws://h/x").feed(json.dumps(frame))) in {None, "RunAgentError"}


def _failure(call: Any) -> str | None:
    """None if `call` returns; "RunAgentError" if it raises one with a code; else the unexpected exception."""
    try:
        call()
    except errors.RunAgentError as exc:
        return "RunAgentError" if exc.code else repr(exc)
    except Exception as exc:  # reported by the caller's assertion
        return repr(exc)
    return None


def test_streams_use_the_clients_tls_settings_for_wss_urls() -> None:
    import ssl

    from runbridge.runagent._endpoint import AgentEndpoint

    def core(base_url: str, verify: Any) -> Any:
        return AgentEndpoint(
            "agent", api_key=None, base_url=base_url, timeout=5, max_retries=0, headers=None, verify=verify
        ).stream_request("generic_stream", {})

    unverified = core("https://agents.example.com", False).tls
    assert isinstance(unverified, ssl.SSLContext)
    assert unverified.verify_mode == ssl.CERT_NONE
    assert core("https://agents.example.com", True).tls.verify_mode == ssl.CERT_REQUIRED
    assert core("http://127.0.0.1:8450", True).tls is None  # ws:// takes no TLS settings
