"""Fault injection for every sandbox server, as ASGI middleware.

Switched on for a whole server by SandboxSettings, or for one request with the header

    x-sandbox-fault: 503            answer 503 with Retry-After: 1
                     429            answer 429 with Retry-After: 1
                     500            answer 500
                     drop           send headers, then close the connection mid-body
                     slow:MS        wait MS milliseconds before answering
                     html           answer 200 with an HTML page instead of JSON
                     badjson        answer 200 with truncated JSON

so users can exercise their own retry and error handling against a live server.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from typing import Any

from runbridge.sandbox.settings import SandboxSettings

FAULT_HEADER = b"x-sandbox-fault"

Scope = dict[str, Any]
Receive = Any
Send = Any


class FaultInjection:
    """Wraps a sandbox ASGI app with latency, random errors, rate limiting and per-request faults."""

    def __init__(self, app: Any, settings: SandboxSettings) -> None:
        self.app = app
        self.settings = settings
        self._recent: deque[float] = deque()
        self._random = random.Random()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fault = dict(scope.get("headers") or []).get(FAULT_HEADER, b"").decode()
        if self.settings.latency_ms:
            await asyncio.sleep(self.settings.latency_ms / 1000)
        if fault.startswith("slow:"):
            await asyncio.sleep(float(fault[5:]) / 1000)
        if fault in {"503", "429", "500"}:
            await _respond(send, int(fault), b'{"detail": "injected fault"}', retry_after=fault != "500")
            return
        if fault == "html":
            await _respond(send, 200, b"<!doctype html><html><body>not an API</body></html>", content_type=b"text/html")
            return
        if fault == "badjson":
            await _respond(send, 200, b'{"truncated": [1, 2')
            return
        if fault == "drop":
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
            raise ConnectionAbortedError("sandbox: injected dropped connection")
        if self._rate_limited():
            await _respond(send, 429, b'{"detail": "rate limit exceeded"}', retry_after=True)
            return
        if self.settings.error_rate and self._random.random() < self.settings.error_rate:
            await _respond(send, 503, b'{"detail": "injected random failure"}', retry_after=True)
            return
        await self.app(scope, receive, send)

    def _rate_limited(self) -> bool:
        if not self.settings.rate_limit:
            return False
        now = time.monotonic()
        while self._recent and now - self._recent[0] > 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.settings.rate_limit:
            return True
        self._recent.append(now)
        return False


async def _respond(
    send: Send, status: int, body: bytes, *, retry_after: bool = False, content_type: bytes = b"application/json"
) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    if retry_after:
        headers.append((b"retry-after", b"1"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
