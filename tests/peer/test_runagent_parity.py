"""The sandbox speaks the real server's wire protocol: the same raw requests to both, the same answers.

Each case is sent as raw HTTP or WebSocket traffic (no runbridge client in between) to the sandbox and to a real
`runagent serve` 0.1.49 whose test agent behaves like the sandbox's `echo` and `failing` agents; statuses, body
shapes, error codes, messages and frame sequences must match once agent ids, timestamps and request ids are
masked.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from runbridge.sandbox import Sandbox
from tests.peer.runagent_server import RunningAgent

pytestmark = pytest.mark.peer

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def real(runagent_peer: RunningAgent) -> RunningAgent:
    return runagent_peer


@pytest.fixture(scope="module")
def sandbox(sandbox_servers: Sandbox) -> str:
    return sandbox_servers.urls["runagent"]


def targets(real: RunningAgent, sandbox: str, real_tag: str, sandbox_agent: str, sandbox_tag: str) -> list[Any]:
    """(base_url, agent_id, tag) for the real server and the sandbox."""
    return [(real.base_url, real.agent_id, real_tag), (sandbox, sandbox_agent, sandbox_tag)]


_VARIES = {"timestamp", "request_id", "invocation_id", "execution_time"}
_PROSE = {"message", "detail", "error"}  # where servers name the agent


def masked(value: Any, agent_id: str, key: str = "") -> Any:
    """The value with what legitimately differs between two servers replaced by placeholders."""
    if isinstance(value, dict):
        return {name: "<varies>" if name in _VARIES else masked(item, agent_id, name) for name, item in value.items()}
    if isinstance(value, list):
        return [masked(item, agent_id, key) for item in value]
    if isinstance(value, str) and key in _PROSE:
        return UUID.sub("<uuid>", value.replace(f"agent {agent_id}", "agent <agent>"))
    return value


def post(base_url: str, agent_id: str, body: Any, *, raw: bytes | None = None) -> tuple[int, Any]:
    with httpx.Client(base_url=base_url, timeout=30, trust_env=False) as http:
        url = f"/api/v1/agents/{agent_id}/run"
        if raw is not None:
            answer = http.post(url, content=raw, headers={"content-type": "application/json"})
        else:
            answer = http.post(url, json=body)
    return answer.status_code, masked(answer.json(), agent_id)


def stream_frames(base_url: str, agent_id: str, start: Any) -> tuple[list[Any], int | None]:
    """Every frame until completion, an error, or the server's close; and the close code if it closed."""
    frames: list[Any] = []
    url = base_url.replace("http://", "ws://") + f"/api/v1/agents/{agent_id}/run-stream"
    with connect(url, open_timeout=10) as websocket:
        websocket.send(start if isinstance(start, str) else json.dumps(start))
        try:
            while True:
                frame = json.loads(websocket.recv(timeout=30))
                frames.append(masked(frame, agent_id))
                if frame.get("status") == "stream_completed" or frame.get("type") == "error":
                    try:
                        websocket.recv(timeout=1)  # a validation error is followed by a close; a runtime one is not
                    except TimeoutError:
                        return frames, None
        except ConnectionClosed as closed:
            return frames, closed.rcvd.code if closed.rcvd else None


def both(cases: list[Any], call: Any) -> list[Any]:
    return [call(base_url, agent_id, tag) for base_url, agent_id, tag in cases]


def test_successful_run(real: RunningAgent, sandbox: str) -> None:
    answers = both(
        targets(real, sandbox, "generic", "echo", "generic"),
        lambda base, agent, tag: post(
            base, agent, {"entrypoint_tag": tag, "input_args": [1], "input_kwargs": {"q": "ü"}}
        ),
    )
    assert answers[0] == answers[1]
    status, body = answers[0]
    assert status == 200
    assert body["success"] is True
    assert json.loads(json.loads(body["data"])["payload"]) == {"echo": {"q": "ü"}, "args": [1]}


@pytest.mark.parametrize(
    ("body", "raw"),
    [
        ({"entrypoint_tag": "missing", "input_kwargs": {}}, None),
        ({"entrypoint_tag": "generic_stream"}, None),
        ({"input_kwargs": {}}, None),
        ({"entrypoint_tag": 5}, None),
        ({"entrypoint_tag": "generic", "input_args": "not a list"}, None),
        (None, b"{not json"),
    ],
    ids=["unknown-tag", "stream-tag-over-rest", "no-tag", "tag-not-a-string", "args-not-a-list", "bad-json"],
)
def test_refused_runs(real: RunningAgent, sandbox: str, body: Any, raw: bytes | None) -> None:
    real_answer, sandbox_answer = both(
        targets(real, sandbox, "", "echo", ""), lambda base, agent, _: post(base, agent, body, raw=raw)
    )
    assert real_answer[0] == sandbox_answer[0]
    if real_answer[0] == 422:  # FastAPI's list: compare where and what kind, not pydantic's exact wording
        assert [(issue["loc"], issue["type"]) for issue in real_answer[1]["detail"]] == [
            (issue["loc"], issue["type"]) for issue in sandbox_answer[1]["detail"]
        ]
    else:
        assert real_answer == sandbox_answer


def test_unknown_agent(real: RunningAgent, sandbox: str) -> None:
    real_answer = post(real.base_url, "no-such-agent", {"entrypoint_tag": "generic"})
    sandbox_answer = post(sandbox, "no-such-agent", {"entrypoint_tag": "generic"})
    assert real_answer == sandbox_answer == (404, {"detail": "Not Found"})


def test_agent_failure(real: RunningAgent, sandbox: str) -> None:
    real_answer = post(real.base_url, real.agent_id, {"entrypoint_tag": "fail", "input_kwargs": {"reason": "no"}})
    sandbox_answer = post(sandbox, "failing", {"entrypoint_tag": "generic", "input_kwargs": {"reason": "no"}})
    assert real_answer == sandbox_answer
    assert real_answer[1]["error"]["code"] == "INTERNAL_ERROR"


def test_stream_frames(real: RunningAgent, sandbox: str) -> None:
    start = {"entrypoint_tag": "generic_stream", "input_args": [], "input_kwargs": {"message": "a b"}}
    real_frames, real_close = stream_frames(real.base_url, real.agent_id, start)
    sandbox_frames, sandbox_close = stream_frames(sandbox, "echo", start)
    assert [frame["type"] for frame in real_frames] == [frame["type"] for frame in sandbox_frames]
    assert [frame.get("status") for frame in real_frames] == [frame.get("status") for frame in sandbox_frames]
    assert real_close is sandbox_close is None  # neither server closes after stream_completed
    assert real_frames[-1] == sandbox_frames[-1]
    assert set(real_frames[0]) == set(sandbox_frames[0])


@pytest.mark.parametrize(
    "start",
    [
        {"entrypoint_tag": "missing_stream", "input_args": [], "input_kwargs": {}},
        {"entrypoint_tag": "generic", "input_args": [], "input_kwargs": {}},
        {"entrypoint_tag": "generic_stream", "input_kwargs": {}},
        "{not json",
    ],
    ids=["unknown-tag", "not-a-stream-tag", "missing-input-args", "bad-json"],
)
def test_refused_streams(real: RunningAgent, sandbox: str, start: Any) -> None:
    real_result = stream_frames(real.base_url, real.agent_id, start)
    sandbox_result = stream_frames(sandbox, "echo", start)
    if start == "{not json":  # the JSON parser's own wording differs; the frame and close do not
        assert [set(frame) for frame in real_result[0]] == [set(frame) for frame in sandbox_result[0]]
        assert real_result[1] == sandbox_result[1] == 1003
        return
    assert real_result == sandbox_result
    assert real_result[1] == 1003


def test_agent_failure_mid_stream(real: RunningAgent, sandbox: str) -> None:
    start = {"input_args": [], "input_kwargs": {"reason": "ran dry"}}
    real_frames, real_close = stream_frames(real.base_url, real.agent_id, {**start, "entrypoint_tag": "fail_stream"})
    sandbox_frames, sandbox_close = stream_frames(sandbox, "failing", {**start, "entrypoint_tag": "generic_stream"})
    assert real_frames == sandbox_frames
    assert real_frames[-1] == {"type": "error", "error": "Streaming error: ran dry"}
    assert real_close is sandbox_close is None


def test_unknown_agent_stream_is_refused_at_the_handshake(real: RunningAgent, sandbox: str) -> None:
    statuses = []
    for base_url in (real.base_url, sandbox):
        with pytest.raises(InvalidStatus) as refused:
            stream_frames(base_url, "no-such-agent", {"entrypoint_tag": "generic_stream"})
        statuses.append(refused.value.response.status_code)
    assert statuses == [403, 403]


def test_architecture(real: RunningAgent, sandbox: str) -> None:
    answers = []
    for base_url, agent_id in ((real.base_url, real.agent_id), (sandbox, "echo")):
        with httpx.Client(base_url=base_url, timeout=30, trust_env=False) as http:
            answer = http.get(f"/api/v1/agents/{agent_id}/architecture")
        answers.append((answer.status_code, answer.json()))
    (real_status, real_body), (sandbox_status, sandbox_body) = answers
    assert real_status == sandbox_status == 200
    assert set(real_body) == set(sandbox_body)
    assert real_body["message"] == sandbox_body["message"]
    assert set(real_body["data"]["entrypoints"][0]) == set(sandbox_body["data"]["entrypoints"][0])
