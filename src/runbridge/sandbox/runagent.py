"""A RunAgent server for offline use: the real server's wire protocol, with a few built-in agents.

Speaks what `runagent serve` 0.1.49 speaks, including its quirks, so a client that works here works there:

* `POST /api/v1/agents/{agent_id}/run` answers the envelope (`success`, `data`, `message`, `error`,
  `timestamp`, `request_id`) with `data` in the two-layer structured encoding; an agent that raises is a 200 with
  `success: false` and `INTERNAL_ERROR`; an unknown entrypoint is a 404 envelope (`NOT_FOUND`), a `_stream` tag a
  400 envelope (`VALIDATION_ERROR`), a bad body FastAPI's 422 `{"detail": [...]}`, an unknown agent the router's
  404 `{"detail": "Not Found"}`.
* `GET /api/v1/health` and `GET /api/v1/agents/{agent_id}/architecture`.
* WebSocket `/api/v1/agents/{agent_id}/run-stream`: one start frame in; `stream_started`, `data` frames paced
  by `settings.stream_delay_ms`, `stream_completed` out; validation errors as `{"type":"error","detail"}` then
  close 1003; an agent failure as `{"type":"error","error"}` with no close. Like the real server it never closes
  after the last frame: it waits for the client to. An unknown agent id refuses the handshake (403).
* With `api_key` set, REST calls need `Authorization: Bearer <key>` (else 401 `AUTHENTICATION_ERROR`) and the
  WebSocket needs the header or `?token=<key>` (else the handshake is refused).

Built-in agents (`agent_id`: entrypoints):

    echo       generic → {"echo": <kwargs>, "args": [...]}; generic_stream → the words of `message`/`query`/`text`
    streamer   generic → a summary string; generic_stream → `count` numbered chunks (default 5), paced
    failing    generic → raises; generic_stream → one chunk, then an agent error mid-stream
"""

from __future__ import annotations

import asyncio
import hmac
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from runbridge.runagent._wire import encode_structured
from runbridge.sandbox._http import FieldTypes, pydantic_issue, pydantic_issues, validation_error
from runbridge.sandbox.settings import SandboxSettings

__all__ = ["AGENTS", "create_app"]

RunFunction = Callable[..., Awaitable[Any]]
StreamFunction = Callable[..., AsyncIterator[Any]]

_RUN_FIELDS: FieldTypes = {
    "entrypoint_tag": str,
    "input_args": list,
    "input_kwargs": dict,
    "timeout_seconds": int,
    "async_execution": bool,
    "user_id": str,
    "persistent_memory": bool,
}


class AgentFailure(Exception):
    """What a built-in agent raises to fail the way a user's agent code would."""


@dataclass(frozen=True)
class SandboxAgent:
    """One agent: its name and its entrypoints by tag (tags ending in `_stream` are async generators)."""

    agent_id: str
    name: str
    runs: dict[str, RunFunction] = field(default_factory=dict)
    streams: dict[str, StreamFunction] = field(default_factory=dict)

    @property
    def tags(self) -> list[str]:
        return [*self.runs, *self.streams]


def _words(kwargs: dict[str, Any]) -> list[str]:
    text = kwargs.get("message") or kwargs.get("query") or kwargs.get("text") or ""
    return str(text).split() or ["(empty)"]


def _build_agents(delay: float) -> dict[str, SandboxAgent]:
    async def echo(*args: Any, **kwargs: Any) -> Any:
        return {"echo": kwargs, "args": list(args)}

    async def echo_stream(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        for word in _words(kwargs):
            await asyncio.sleep(delay)
            yield word + " "

    async def summary(*args: Any, **kwargs: Any) -> Any:
        words = _words(kwargs)
        return f"{len(words)} word(s): {' '.join(words[:8])}"

    async def count_stream(*args: Any, count: int = 5, **kwargs: Any) -> AsyncIterator[Any]:
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 1000:
            raise AgentFailure(f"count must be a whole number from 0 to 1000, not {count!r}")
        for index in range(count):
            await asyncio.sleep(delay)
            yield {"index": index, "text": f"chunk {index + 1} of {count}"}

    async def fail(*args: Any, **kwargs: Any) -> Any:
        raise AgentFailure(str(kwargs.get("reason") or "the agent failed on purpose"))

    async def fail_stream(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        await asyncio.sleep(delay)
        yield "partial"
        raise AgentFailure(str(kwargs.get("reason") or "the agent failed mid-stream on purpose"))

    return {
        "echo": SandboxAgent(
            "echo", "Echo", runs={"generic": echo, "echo": echo}, streams={"generic_stream": echo_stream}
        ),
        "streamer": SandboxAgent(
            "streamer", "Slow streamer", runs={"generic": summary}, streams={"generic_stream": count_stream}
        ),
        "failing": SandboxAgent(
            "failing", "Always fails", runs={"generic": fail}, streams={"generic_stream": fail_stream}
        ),
    }


AGENTS = tuple(_build_agents(0.0))


def _now() -> str:
    return datetime.now().isoformat()  # the real server sends local time without an offset


def _envelope(
    *, success: bool, data: str | None = None, message: str | None = None, error: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "success": success,
        "data": data,
        "message": message,
        "error": error,
        "timestamp": _now(),
        "request_id": str(uuid.uuid4()),
    }


def _failure(status: int, code: str, message: str) -> JSONResponse:
    error = {"code": code, "message": message, "details": None, "field": None}
    return JSONResponse(_envelope(success=False, error=error), status_code=status)


def create_app(settings: SandboxSettings, *, api_key: str | None = None) -> Starlette:
    """The agent service sandbox; `api_key` turns on the key check (off by default, as on a local server)."""
    delay = settings.stream_delay_ms / 1000
    agents = _build_agents(delay)
    started_at = time.time()

    def authorised(headers: Any, token: str | None = None) -> bool:
        if api_key is None:
            return True
        header = headers.get("authorization") or ""
        presented = header[7:].strip() if header.lower().startswith("bearer ") else (token or "")
        return hmac.compare_digest(presented.encode(), api_key.encode())

    async def health(request: Request) -> Response:
        return JSONResponse(
            {
                "status": "healthy",
                "server": "runbridge RunAgent sandbox",
                "timestamp": _now(),
                "uptime_seconds": time.time() - started_at,
                "version": "1.0.0",
                "agents": sorted(agents),
            }
        )

    def agent_or_404(request: Request) -> SandboxAgent:
        agent = agents.get(request.path_params["agent_id"])
        if agent is None:
            raise HTTPException(404, "Not Found")  # the real server has no route for other agent ids
        return agent

    async def architecture(request: Request) -> Response:
        agent = agent_or_404(request)
        if not authorised(request.headers):
            return _failure(401, "AUTHENTICATION_ERROR", "Invalid or missing API key")
        entrypoints = [
            {"file": "main.py", "module": function.__name__, "tag": tag, "extractor": {}}
            for tag, function in [*agent.runs.items(), *agent.streams.items()]
        ]
        return JSONResponse(
            {
                **_envelope(success=True, message="Agent architecture retrieved successfully"),
                "data": {"agent_id": agent.agent_id, "entrypoints": entrypoints},
            }
        )

    async def run(request: Request) -> Response:
        agent = agent_or_404(request)
        if not authorised(request.headers):
            return _failure(401, "AUTHENTICATION_ERROR", "Invalid or missing API key")
        try:
            payload = json.loads(await request.body())
        except json.JSONDecodeError as exc:
            return validation_error([pydantic_issue(["body", exc.pos], "json_invalid", "JSON decode error")])
        except ValueError:  # not UTF-8
            return validation_error([pydantic_issue(["body", 0], "json_invalid", "JSON decode error")])
        issues = pydantic_issues(payload, _RUN_FIELDS, required=("entrypoint_tag",))
        if issues:
            return validation_error(issues)
        tag = payload["entrypoint_tag"]
        if tag not in agent.tags:
            return _failure(404, "NOT_FOUND", f"Entrypoint {tag} not found")
        if tag.endswith("_stream"):
            return _failure(
                400, "VALIDATION_ERROR", f"Can't use Streaming Entrypoint `{tag}` through non-streaming endpoint."
            )
        function = agent.runs[tag]
        try:
            result = await function(*payload.get("input_args", []), **payload.get("input_kwargs", {}))
        except Exception as exc:  # an agent's failure is reported in the envelope, as the real server does
            detail = f"Server error running agent {agent.agent_id}: {exc}"
            error = {
                "code": "INTERNAL_ERROR",
                "message": f"Agent execution failed: {detail}",
                "details": None,
                "field": None,
            }
            return JSONResponse(_envelope(success=False, error=error))
        return JSONResponse(
            _envelope(success=True, data=encode_structured(result), message="Agent execution completed successfully")
        )

    async def run_stream(websocket: WebSocket) -> None:
        agent = agents.get(websocket.path_params["agent_id"])
        if agent is None or not authorised(websocket.headers, websocket.query_params.get("token")):
            await websocket.close(code=1008)  # before accept: the handshake is refused with 403
            return
        await websocket.accept()
        try:
            if await _serve_stream(websocket, agent):
                # Like the real server: no close after the last frame; wait for the client to hang up.
                while True:
                    await websocket.receive_text()
        except WebSocketDisconnect:
            return

    async def http_error(request: Request, exc: Exception) -> Response:
        # FastAPI's shape for router errors, keeping headers such as the 405's `Allow`.
        if not isinstance(exc, HTTPException):
            return JSONResponse({"detail": "Internal Server Error"}, status_code=500)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    return Starlette(
        routes=[
            Route("/api/v1/health", health, methods=["GET"]),
            Route("/api/v1/agents/{agent_id}/architecture", architecture, methods=["GET"]),
            Route("/api/v1/agents/{agent_id}/run", run, methods=["POST"]),
            WebSocketRoute("/api/v1/agents/{agent_id}/run-stream", run_stream),
        ],
        exception_handlers={HTTPException: http_error},
    )


async def _serve_stream(websocket: WebSocket, agent: SandboxAgent) -> bool:
    """One stream, frame for frame as the real server sends it; False when it closed the socket itself."""
    message = await websocket.receive_text()
    try:
        request = json.loads(message)
    except ValueError as exc:
        await _refuse(websocket, f"Invalid JSON format: {exc}")
        return False
    if not isinstance(request, dict):
        await _refuse(websocket, "Invalid JSON format: expected an object")
        return False
    for name in ("entrypoint_tag", "input_args", "input_kwargs"):
        if name not in request:
            await _refuse(websocket, f"Missing required field: {name}")
            return False
    tag = request["entrypoint_tag"]
    if tag not in agent.tags:
        await _refuse(websocket, f"Entrypoint {tag} not found")
        return False
    if not str(tag).endswith("_stream"):
        await _refuse(
            websocket,
            f"Entrypoint `{tag}` is not a streaming entrypoint. Use a streaming entrypoint (ending with '_stream').",
        )
        return False
    args, kwargs = request["input_args"], request["input_kwargs"]
    if not isinstance(args, list) or not isinstance(kwargs, dict):
        await _refuse(websocket, "input_args must be a list and input_kwargs an object")
        return False
    invocation_id = str(uuid.uuid4())
    await websocket.send_json({"type": "status", "status": "stream_started", "invocation_id": invocation_id})
    started = time.time()
    chunks = 0
    try:
        async for chunk in agent.streams[tag](*args, **kwargs):
            chunks += 1
            await websocket.send_json({"type": "data", "content": encode_structured(chunk)})
    except WebSocketDisconnect:
        raise
    except Exception as exc:  # reported in a frame and the socket left open, as the real server does
        await websocket.send_json({"type": "error", "error": f"Streaming error: {exc}"})
        return True
    await websocket.send_json(
        {
            "type": "status",
            "status": "stream_completed",
            "total_chunks": chunks,
            "execution_time": time.time() - started,
            "invocation_id": invocation_id,
        }
    )
    return True


async def _refuse(websocket: WebSocket, detail: str) -> None:
    await websocket.send_json({"type": "error", "detail": detail})
    await websocket.close(code=1003)
