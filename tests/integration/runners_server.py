"""A loopback test server for the runner registry: a JSON Q&A endpoint and an OpenAI-style chat endpoint.

The query text steers the outcome, so a test states its faults in its inputs:

    "fail400 ..."   -> 400 every time (a client error: must not be retried)
    "fail500 ..."   -> 500 every time
    "flaky ..."     -> 503 on the first request for that query, then 200 (a transient error: retried)
    "hold ..."      -> waits until the test calls `release()` (to kill or cancel a batch mid-way)
    anything else   -> 200 {"data": {"answer": "echo: <query>", "sources": [...]}, "meta": {...}}

Every response carries an `x-request-id`. The server counts requests per query and the peak number of
requests in flight, so tests can check retries and the concurrency bound without timing anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
from collections import Counter
from collections.abc import Iterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from runbridge.sandbox.server import serve

CHAT_KEY = "sk-test-chat-key-0123456789"


class RunnersTestServer:
    """State shared between the app (uvicorn's thread) and the test."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.in_flight = 0
        self.peak_in_flight = 0
        self.chat_bodies: list[dict[str, object]] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._released = threading.Event()
        self.base_url = ""

    def release(self) -> None:
        self._released.set()

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/ask", self._ask, methods=["POST"]),
                Route("/search", self._search, methods=["GET"]),
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
            ]
        )

    async def _enter(self, query: str) -> int:
        with self._lock:
            self.requests[query] += 1
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            return self.requests[query]

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _headers(self) -> dict[str, str]:
        return {"x-request-id": f"req-{next(self._ids)}"}

    async def _answer(self, query: str) -> JSONResponse:
        seen = await self._enter(query)
        try:
            if query.startswith("hold"):
                # Released from the test's thread; the wait is bounded so a forgotten release cannot hang a run.
                await asyncio.to_thread(self._released.wait, 60)
            await asyncio.sleep(0.002)  # a little latency so that requests overlap
            if query.startswith("fail400"):
                return JSONResponse({"detail": "the query was rejected"}, 400, headers=self._headers())
            if query.startswith("fail500"):
                return JSONResponse({"detail": "the backend broke"}, 500, headers=self._headers())
            if query.startswith("flaky") and seen == 1:
                return JSONResponse({"detail": "try again"}, 503, headers={**self._headers(), "retry-after": "0"})
            body = {
                "data": {"answer": f"echo: {query}", "sources": [{"text": f"doc about {query}"}, {"text": "faq"}]},
                "meta": {"model": "echo-1", "seen": seen},
            }
            return JSONResponse(body, headers=self._headers())
        finally:
            self._leave()

    async def _ask(self, request: Request) -> JSONResponse:
        payload = await request.json()
        return await self._answer(str(payload.get("question", payload.get("query", ""))))

    async def _search(self, request: Request) -> JSONResponse:
        return await self._answer(request.query_params.get("q", ""))

    async def _chat(self, request: Request) -> JSONResponse:
        if request.headers.get("authorization") != f"Bearer {CHAT_KEY}":
            return JSONResponse({"error": {"message": "invalid api key"}}, 401, headers=self._headers())
        payload = await request.json()
        with self._lock:
            self.chat_bodies.append(payload)
        query = payload["messages"][-1]["content"]
        seen = await self._enter(query)
        try:
            if query.startswith("flaky") and seen == 1:
                return JSONResponse({"error": {"message": "overloaded"}}, 503, headers=self._headers())
            if query.startswith("fail400"):
                return JSONResponse({"error": {"message": "bad request"}}, 400, headers=self._headers())
            return JSONResponse(
                {
                    "id": f"chatcmpl-{seen}",
                    "object": "chat.completion",
                    "model": payload["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": query.upper()},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
                },
                headers=self._headers(),
            )
        finally:
            self._leave()


@contextlib.contextmanager
def running_server() -> Iterator[RunnersTestServer]:
    """Serve a fresh RunnersTestServer on 127.0.0.1 for the duration of the block."""
    state = RunnersTestServer()
    with serve(state.app()) as base_url:
        state.base_url = base_url
        try:
            yield state
        finally:
            state.release()  # never leave a handler waiting while the server shuts down
