"""Streaming an entrypoint over the RunAgent WebSocket, sync and async, with one protocol interpreter.

The client sends one JSON frame (the run body); the server answers `status: stream_started`, `data` frames,
then `status: stream_completed`, or an `error` frame. The server never closes the socket itself after the
last frame, so the client always does (in a `finally`, so an early `break` or an error closes it too). A socket
that closes before `stream_completed` is a truncated stream and raises StreamInterruptedError; a refused
handshake raises the status error its code calls for, after retries when the refusal was transient.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from runbridge._redact import RedactingFilter, redact_headers, redact_text, redact_url
from runbridge.errors import parse_body, status_error_class
from runbridge.paths import path_segment
from runbridge.retry import FINAL, RETRYABLE_STATUS, Judgement, RetryConfig, Retrying
from runbridge.runagent import errors
from runbridge.runagent._wire import WireFormatError, decode_structured
from runbridge.transport import ssl_context

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncClientConnection
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import ClientConnection

__all__ = ["StreamProtocol", "StreamRequest", "astream", "stream", "websocket_url"]

logger = logging.getLogger("runbridge.runagent")
# websockets logs the handshake at DEBUG, request line (`?token=`) and headers (`Authorization`) included: its
# records go through this logger, which redacts them before any handler sees them.
wire_logger = logging.getLogger("runbridge.runagent.websocket")
wire_logger.addFilter(RedactingFilter())

_MAX_FRAME = 10 * 1024 * 1024  # the reference server's own serializer limit is 10 MB per chunk
_CLOSE_TIMEOUT = 5.0
# A stream abandoned mid-way (early `break`, error) may have unread frames queued behind the server's answer to
# our close frame; waiting the full close timeout for it would stall the caller, so give up on it quickly.
_ABANDON_CLOSE_TIMEOUT = 0.2


def websocket_url(base_url: str, agent_id: str, api_key: str | None) -> str:
    """`ws(s)://host/api/v1/agents/{id}/run-stream`; remote servers also take the key as `?token=`."""
    url = httpx.URL(base_url)
    scheme = "wss" if url.scheme == "https" else "ws"
    path = url.path.rstrip("/") + f"/api/v1/agents/{path_segment('agent_id', agent_id)}/run-stream"
    stream_url = url.copy_with(scheme=scheme, path=path, query=None)
    if api_key:
        stream_url = stream_url.copy_merge_params({"token": api_key})
    return str(stream_url)


@attrs.frozen
class StreamRequest:
    """Everything one stream needs: where, with which headers, the start frame, and the timeouts.

    The URL and headers carry the API key, so the repr shows them redacted.
    """

    url: str = attrs.field(repr=redact_url)
    headers: Mapping[str, str] = attrs.field(repr=lambda headers: repr(redact_headers(headers)))
    start_frame: Mapping[str, Any]
    open_timeout: float
    read_timeout: float
    user_agent: str
    retry: RetryConfig = attrs.field(factory=RetryConfig.none)
    verify: ssl.SSLContext | str | bool = True  # for wss:// URLs, as the REST calls' `verify=`

    @property
    def tls(self) -> ssl.SSLContext | None:
        """TLS settings for a wss:// URL (websockets refuses them for ws://)."""
        return ssl_context(self.verify) if self.url.startswith("wss://") else None

    @property
    def where(self) -> str:
        return redact_url(self.url)


@attrs.define
class StreamProtocol:
    """Interprets the server's frames for one stream; shared by the sync and async shells."""

    where: str
    started: bool = False
    completed: bool = False
    chunks: int = 0
    invocation_id: str | None = None

    def feed(self, message: str | bytes) -> tuple[bool, Any]:
        """Handle one frame: `(True, chunk)` for a data frame, `(False, None)` otherwise; raises on `error`."""
        try:
            frame = json.loads(message)
        except (ValueError, RecursionError):
            raise errors.InvalidResponseError(
                f"stream {self.where} sent a frame that is not JSON: {_preview(message)}"
            ) from None
        if not isinstance(frame, dict):
            raise errors.InvalidResponseError(
                f"stream {self.where} sent a frame that is not an object: {_preview(message)}"
            )
        kind = frame.get("type")
        if kind == "data":
            try:
                value = decode_structured(frame.get("content"), field="content")
            except WireFormatError as exc:
                raise errors.InvalidResponseError(f"stream {self.where}: {exc}", field=exc.field) from None
            self.chunks += 1
            return True, value
        if kind == "status":
            status = frame.get("status")
            if status == "stream_started":
                self.started = True
                invocation = frame.get("invocation_id")
                self.invocation_id = invocation if isinstance(invocation, str) else None
            elif status == "stream_completed":
                self.completed = True
            return False, None
        if kind == "error":
            raise self._error(frame)
        logger.debug("stream %s: ignoring a frame of type %r", self.where, kind)
        return False, None

    def _error(self, frame: Mapping[str, Any]) -> errors.RunAgentError:
        text = frame.get("error") or frame.get("detail") or frame.get("message") or "the stream failed"
        message = str(text)
        code = frame.get("code") if isinstance(frame.get("code"), str) else None
        if code is None:
            code = _classify(message, started=self.started)
        details = {"invocation_id": self.invocation_id, "chunks_received": self.chunks}
        return errors.error_from_code(code, message, details)

    def interrupted(self, exc: ConnectionClosed | None) -> errors.StreamInterruptedError:
        """The error for a socket that closed before the stream said it was complete."""
        close = exc.rcvd if exc is not None else None
        how = f"closed with code {close.code}" + (f" ({close.reason})" if close.reason else "") if close else "closed"
        return errors.StreamInterruptedError(
            f"stream {self.where} {how} after {self.chunks} chunk(s), before the server said stream_completed",
            details={"invocation_id": self.invocation_id, "chunks_received": self.chunks},
        )

    def timed_out(self, seconds: float) -> errors.TimeoutError:
        return errors.TimeoutError(
            f"stream {self.where}: no frame within {seconds:g}s after {self.chunks} chunk(s)",
            details={"invocation_id": self.invocation_id, "chunks_received": self.chunks},
        )


def stream(request: StreamRequest) -> Iterator[Any]:
    """Run one stream with the blocking websockets client, yielding decoded chunks."""
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    protocol = StreamProtocol(request.where)
    with contextlib.ExitStack() as stack:

        def open_socket(_number: int) -> ClientConnection:
            try:
                return stack.enter_context(
                    connect(
                        request.url,
                        additional_headers=dict(request.headers),
                        user_agent_header=request.user_agent,
                        open_timeout=request.open_timeout,
                        close_timeout=_CLOSE_TIMEOUT,
                        max_size=_MAX_FRAME,
                        logger=wire_logger,
                        ssl=request.tls,
                    )
                )
            except Exception as exc:
                raise _connect_error(exc, request) from exc

        websocket = _opening(request).call(open_socket)
        logger.debug("stream %s opened", request.where)
        # Leaving the block closes the socket: the server leaves it open after the last frame.
        try:
            websocket.send(json.dumps(request.start_frame))
            while not protocol.completed:
                try:
                    message = websocket.recv(timeout=request.read_timeout)
                except TimeoutError:
                    raise protocol.timed_out(request.read_timeout) from None
                has_value, value = protocol.feed(message)
                if has_value:
                    yield value
        except ConnectionClosed as exc:
            raise protocol.interrupted(exc) from exc
        finally:
            if not protocol.completed:
                websocket.close_timeout = _ABANDON_CLOSE_TIMEOUT
        logger.debug("stream %s completed: %d chunk(s)", request.where, protocol.chunks)


async def astream(request: StreamRequest) -> AsyncIterator[Any]:
    """Run one stream with the asyncio websockets client, yielding decoded chunks."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    protocol = StreamProtocol(request.where)

    async def open_socket(_number: int) -> AsyncClientConnection:
        try:
            return await connect(
                request.url,
                additional_headers=dict(request.headers),
                user_agent_header=request.user_agent,
                open_timeout=request.open_timeout,
                close_timeout=_CLOSE_TIMEOUT,
                max_size=_MAX_FRAME,
                logger=wire_logger,
                ssl=request.tls,
            )
        except Exception as exc:
            raise _connect_error(exc, request) from exc

    websocket = await _opening(request).acall(open_socket)
    logger.debug("stream %s opened", request.where)
    try:
        await websocket.send(json.dumps(request.start_frame))
        while not protocol.completed:
            try:
                async with asyncio.timeout(request.read_timeout):
                    message = await websocket.recv()
            except TimeoutError:
                raise protocol.timed_out(request.read_timeout) from None
            has_value, value = protocol.feed(message)
            if has_value:
                yield value
        logger.debug("stream %s completed: %d chunk(s)", request.where, protocol.chunks)
    except ConnectionClosed as exc:
        raise protocol.interrupted(exc) from exc
    finally:
        if not protocol.completed:
            websocket.close_timeout = _ABANDON_CLOSE_TIMEOUT
        await websocket.close()  # the server leaves the socket open after the last frame


def _opening(request: StreamRequest) -> Retrying[Any]:
    """The retry engine for opening the socket, which is always safe to retry: the agent starts only when the
    start frame arrives, which is sent after the handshake. So connection failures, handshake timeouts, 408,
    429 and 5xx are retried within the client's retry budget, honouring Retry-After; 401, 403 and 404 are not."""

    def judge(outcome: object) -> Judgement:
        status = getattr(outcome, "status_code", None) if isinstance(outcome, errors.RunAgentStatusError) else None
        if not (isinstance(outcome, errors.NetworkError) or status in RETRYABLE_STATUS):
            return FINAL
        cause = outcome.__cause__ if isinstance(outcome, BaseException) else None
        return Judgement(retry=True, headers=_refusal_headers(cause) if isinstance(cause, Exception) else None)

    def on_retry(outcome: object, number: int, delay: float) -> None:
        status = getattr(outcome, "status_code", None)
        cause = outcome.__cause__ if isinstance(outcome, BaseException) else None
        logger.info(
            "retrying stream %s in %.2fs (attempt %d of %d) after %s",
            request.where,
            delay,
            number + 1,
            request.retry.attempt_budget,
            f"status {status}" if status else type(cause or outcome).__name__,
        )

    return Retrying(request.retry, judge, on_retry=on_retry)


def _refusal_headers(exc: Exception) -> dict[str, str]:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return {}
    return {str(name).lower(): str(value) for name, value in headers.raw_items()}


def _connect_error(exc: Exception, request: StreamRequest) -> errors.RunAgentError:
    """A failed handshake as this service's error: the HTTP status if the server answered, else the network."""
    from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

    where = request.where
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        body = _body(exc.response.body)
        message = f"stream {where}: the server refused the WebSocket with {status}"
        if status == 403:
            message += (
                ": either no agent with this id is served there (a local server refuses an unknown agent id this"
                " way) or the API key may not use this agent"
            )
            return errors.AgentNotFoundOrForbiddenError(message, status_code=status, body=body)
        error_class = status_error_class(status, errors.RunAgentStatusError)
        return error_class(message, status_code=status, body=body)  # type: ignore[return-value]
    if isinstance(exc, TimeoutError):
        return errors.TimeoutError(f"stream {where}: the WebSocket did not open within {request.open_timeout:g}s")
    if isinstance(exc, InvalidURI):
        return errors.NetworkError(f"stream {where}: not a WebSocket URL")
    if isinstance(exc, OSError | InvalidHandshake | ConnectionClosed):
        detail = redact_text(str(exc)) or type(exc).__name__
        return errors.NetworkError(f"stream {where}: could not connect: {type(exc).__name__}: {detail}")
    raise exc


def _body(content: bytes | bytearray | None) -> object:
    if not content:
        return None
    return parse_body(httpx.Response(200, content=bytes(content)))


def _classify(message: str, *, started: bool) -> str:
    """A code for an `error` frame that came without one, from the reference server's fixed messages."""
    lowered = message.lower()
    if not started:
        if "not found" in lowered:
            return "NOT_FOUND"
        if "not a streaming entrypoint" in lowered:
            return "NON_STREAM_ENTRYPOINT"
        return "VALIDATION_ERROR"  # missing field, invalid JSON: the request was refused before it ran
    return "STREAM_ERROR"


def _preview(message: str | bytes) -> str:
    text = message if isinstance(message, str) else message.decode("utf-8", errors="replace")
    return repr(text[:120])
