"""Loopback servers for the benchmarks, each in its own process, bound to 127.0.0.1 only.

A server under test runs in a separate process so that its CPU work never competes with the client's for
the GIL: client CPU figures then measure the client alone. Everything started here is stopped by the
context manager that started it (process group: SIGTERM, then SIGINT, then SIGKILL).

* `bench_server()`      the benchmarks' own ASGI app (run as `python -m bench.servers`):
    GET /json/{id}            a fixed run-shaped JSON document (per-call overhead)
    GET /sleep?ms=20          answers after a fixed latency (registry batch)
    GET /sse?events=N&size=B  N server-sent events of B bytes of data each, then `event: close`
    GET /sse/first            one event at once, then `event: close` (time to first chunk)
* `bench_server(app="sandbox:runs")` one of runbridge's sandbox servers (`runbridge.sandbox.<name>`).
* `runicorn_viewer(peer)`  the real Runicorn viewer from a `make peers` venv, seeded with runs.
* `runagent_server(peer)`  the real `runagent serve` from a `make peers` venv, with an echo agent.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

REPO = Path(__file__).resolve().parent.parent
PEERS = REPO / ".peers"
HOST = "127.0.0.1"


class ServerError(RuntimeError):
    """A benchmark server did not start (the message says which and shows the end of its output)."""


# -- the benchmarks' own app ----------------------------------------------------------------------------------

RUN_DOCUMENT = {
    "id": "run_0001",
    "status": "completed",
    "interaction": {"id": "int_42", "name": "summarize", "version": 3},
    "environment": {"id": "env_7", "name": "openai", "provider": "openai"},
    "modelId": "gpt-4o-mini",
    "parent": None,
    "tags": ["bench", "loopback"],
    "result": [{"type": "text", "value": "A short answer of a few words."}],
    "created_at": "2026-11-23T10:00:00Z",
    "updated_at": "2026-11-23T10:00:01Z",
    "finish_reason": "stop",
    "token_use": {"prompt": 120, "result": 12, "total": 132},
}
_RUN_BODY = json.dumps(RUN_DOCUMENT).encode()
_JSON_HEADERS = [(b"content-type", b"application/json")]
_SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]


def sse_body(events: int, size: int) -> bytes:
    """The exact bytes /sse sends: `events` unnamed events with `size` bytes of JSON data, then a close event."""
    return b"".join(_sse_event(index, size) for index in range(events)) + _SSE_CLOSE


def _sse_event(index: int, size: int) -> bytes:
    prefix = f'{{"i": {index}, "text": "'
    filler = "x" * max(0, size - len(prefix) - 2)
    return f'id: {index}\ndata: {prefix}{filler}"}}\n\n'.encode()


_SSE_CLOSE = b'event: close\ndata: {"status": "completed"}\n\n'


async def _respond(send: Any, status: int, body: bytes, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    all_headers = [*(headers or _JSON_HEADERS), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def bench_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The ASGI app behind `bench_server()` (see the module docstring for its routes)."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    path: str = scope["path"]
    query = {key: values[-1] for key, values in parse_qs(scope.get("query_string", b"").decode()).items()}
    if path.startswith("/json/"):
        await _respond(send, 200, _RUN_BODY)
    elif path == "/sleep":
        await asyncio.sleep(float(query.get("ms", "20")) / 1000)
        await _respond(send, 200, b'{"output": "ok"}')
    elif path == "/sse":
        await send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS})
        events, size = int(query.get("events", "1000")), int(query.get("size", "64"))
        batch = 64  # several events per write, as a busy server sends them
        for start in range(0, events, batch):
            body = b"".join(_sse_event(index, size) for index in range(start, min(events, start + batch)))
            await send({"type": "http.response.body", "body": body, "more_body": True})
        await send({"type": "http.response.body", "body": _SSE_CLOSE})
    elif path == "/sse/first":
        await send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS})
        await send({"type": "http.response.body", "body": _sse_event(0, 64), "more_body": True})
        await send({"type": "http.response.body", "body": _SSE_CLOSE})
    else:
        await _respond(send, 404, b'{"detail": "Not Found"}')


class GoStyleTokenKeys:
    """Read the JSON keys of `POST /api/v1/token` case-insensitively, as the real Run:ai server (Go) does.

    runapy 1.224 sends `{"grantType": "app_token", "AppId": ..., "AppSecret": ...}`; the vendor spec names the
    fields `appID`/`appSecret`, and the real control plane accepts both because Go's JSON decoding ignores
    case. The sandbox matches names exactly, so without this shim runapy cannot get a token from it.
    """

    _FIELDS = ("grantType", "appID", "appSecret", "clientID", "clientSecret")

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != "/api/v1/token":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict):
            names = {field.lower(): field for field in self._FIELDS}
            body = json.dumps({names.get(str(key).lower(), key): value for key, value in data.items()}).encode()
        headers = [(k, v) for k, v in scope["headers"] if k != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                return dict(await receive())
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app({**scope, "headers": headers}, replay, send)


def _load_app(name: str) -> Any:
    if name == "bench":
        return bench_app
    if name.startswith("sandbox:"):
        import importlib

        from runbridge.sandbox.faults import FaultInjection
        from runbridge.sandbox.settings import SandboxSettings

        # No pacing, and tokens that outlive a benchmark run: a refresh mid-run would be timed as overhead.
        settings = SandboxSettings(stream_delay_ms=0.0, token_ttl=3600.0)
        service = name.split(":", 1)[1]
        module = importlib.import_module(f"runbridge.sandbox.{service}")
        app = FaultInjection(module.create_app(settings), settings)
        return GoStyleTokenKeys(app) if service == "runai" else app
    raise ServerError(f"unknown app {name!r}: use 'bench' or 'sandbox:<service>'")


def _serve(app_name: str) -> None:
    import uvicorn

    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and a socket
    # made with proto 0 (the default) passes that on to every accepted connection. Without TCP_NODELAY a
    # response written as headers + body waits for the client's delayed ACK: about 40 ms per request.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    config = uvicorn.Config(_load_app(app_name), log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    port = sock.getsockname()[1]

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                await task
                return
            await asyncio.sleep(0.005)
        print(f"READY {port}", flush=True)
        await task

    asyncio.run(main())


# -- process handling -------------------------------------------------------------------------------------------


@dataclass
class Process:
    """A server process in its own session, and how to reach it."""

    name: str
    popen: subprocess.Popen[bytes]
    base_url: str
    extra: dict[str, Any] = field(default_factory=dict)
    log: Path | None = None

    def stop(self) -> None:
        stop_process(self.popen)


def stop_process(popen: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """End a process started with start_new_session=True and everything in its group."""
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGKILL):
        if popen.poll() is not None:
            break
        with contextlib.suppress(ProcessLookupError):
            os.killpg(popen.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            popen.wait(timeout=grace)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(popen.pid, signal.SIGKILL)  # stragglers left in the group after the leader exited
    popen.wait()
    for stream in (popen.stdout, popen.stderr, popen.stdin):
        if stream is not None:
            stream.close()


def _tail(path: Path | None) -> str:
    if path is None or not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-15:])


@contextlib.contextmanager
def bench_server(app: str = "bench", *, timeout: float = 30.0) -> Iterator[Process]:
    """Run `app` ('bench' or 'sandbox:<service>') under uvicorn in a child process on 127.0.0.1."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False) as log_file:
        log = Path(log_file.name)
    with log.open("wb") as stderr:
        popen = subprocess.Popen(
            [sys.executable, "-m", "bench.servers", "--app", app],
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=REPO,
            env=env,
            start_new_session=True,
        )
    try:
        port = _await_ready(popen, timeout, app, log)
        yield Process(app, popen, f"http://{HOST}:{port}", log=log)
    finally:
        stop_process(popen)
        log.unlink(missing_ok=True)


def _await_ready(popen: subprocess.Popen[bytes], timeout: float, app: str, log: Path) -> int:
    assert popen.stdout is not None
    deadline = time.monotonic() + timeout
    os.set_blocking(popen.stdout.fileno(), False)
    buffer = b""
    while time.monotonic() < deadline:
        chunk = popen.stdout.read()
        if chunk:
            buffer += chunk
            for line in buffer.splitlines():
                if line.startswith(b"READY "):
                    return int(line.split()[1])
        if popen.poll() is not None:
            break
        time.sleep(0.01)
    raise ServerError(f"server {app!r} did not start within {timeout:.0f}s:\n{_tail(log)}")


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago (for servers that only take a --port)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, timeout: float, popen: subprocess.Popen[bytes], accept: Callable[[bytes], bool]) -> None:
    """Poll `url` until it answers 200 with a body `accept` likes, or fail when the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if popen.poll() is not None:
            raise ServerError(f"{url}: the server exited with code {popen.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback URL built here
                if response.status == 200 and accept(response.read()):
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.1)
    raise ServerError(f"{url} did not become healthy within {timeout:.0f}s")


def peer_python(name: str) -> Path | None:
    """The interpreter of the `make peers` venv `name` (e.g. 'runicorn-0.7.2'), or None if it is not installed."""
    python = PEERS / name / "bin" / "python"
    return python if (PEERS / name / ".installed").exists() and python.exists() else None


def _isolated_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("RUNICORN_", "RUNAGENT_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), PYTHONDONTWRITEBYTECODE="1")
    # Vendor CLIs probe GitHub with git; refuse every remote protocol so nothing leaves this machine.
    env.update(GIT_ALLOW_PROTOCOL="file", GIT_TERMINAL_PROMPT="0")
    env.update(extra or {})
    env.pop("PYTHONPATH", None)
    return env


# -- the real Runicorn viewer --------------------------------------------------------------------------------------

_RUNICORN_SEED = textwrap.dedent(
    """
    import json, sys
    import runicorn as rn
    ids = []
    for index in range(3):
        run = rn.init(path="bench/resnet", alias=f"trial-{index}")
        run.log_config(args={"lr": 0.1, "bs": 32})
        for step in range(1, 51):
            run.log({"train_loss": 1 / step, "val_acc": 0.7 + 0.005 * step}, step=step)
        run.finish()
        ids.append(run.id)
    print(json.dumps(ids))
    """
)


@contextlib.contextmanager
def runicorn_viewer(peer: str = "runicorn-0.7.2", *, timeout: float = 60.0) -> Iterator[Process]:
    """The real viewer from `.peers/<peer>`, seeded with three runs; `extra['run_ids']` lists them."""
    python = peer_python(peer)
    if python is None:
        raise ServerError(f".peers/{peer} is not installed (run `make peers`)")
    with tempfile.TemporaryDirectory(prefix="bench-runicorn-") as tmp:
        root = Path(tmp)
        data, work = root / "data", root / "ws"
        for directory in (data, work, root / ".config"):
            directory.mkdir(parents=True)
        env = _isolated_env(root, {"RUNICORN_DIR": str(data)})
        seeded = subprocess.run(
            [str(python), "-c", _RUNICORN_SEED], env=env, cwd=work, capture_output=True, timeout=120, check=False
        )
        if seeded.returncode != 0:
            raise ServerError(f"seeding the Runicorn viewer failed:\n{seeded.stderr.decode(errors='replace')[-2000:]}")
        run_ids = json.loads(seeded.stdout.decode().strip().splitlines()[-1])
        port = free_port()
        log = root / "viewer.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(
                [
                    str(python.parent / "runicorn"),
                    "viewer",
                    "--host",
                    HOST,
                    "--port",
                    str(port),
                    "--storage",
                    str(data),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=work,
                start_new_session=True,
            )
        try:
            base_url = f"http://{HOST}:{port}"
            try:
                wait_http(f"{base_url}/api/health", timeout, popen, lambda body: b'"ok"' in body)
            except ServerError as exc:
                raise ServerError(f"{exc}\n{_tail(log)}") from None
            yield Process(f"runicorn {peer}", popen, base_url, {"run_ids": run_ids, "env": env}, log)
        finally:
            stop_process(popen)


# -- the real RunAgent server --------------------------------------------------------------------------------------

_AGENT_MAIN = textwrap.dedent(
    '''
    """An echo agent for the benchmarks."""


    def generic(**kwargs):
        return {"echo": kwargs}


    def generic_stream(**kwargs):
        for index in range(int(kwargs.get("n", 3))):
            yield f"chunk-{index}"
    '''
)


@contextlib.contextmanager
def runagent_server(peer: str = "runagent-0.1.49", *, timeout: float = 60.0) -> Iterator[Process]:
    """`runagent serve` from `.peers/<peer>` with an echo agent; `extra['agent_id']`, `extra['env']`."""
    python = peer_python(peer)
    if python is None:
        raise ServerError(f".peers/{peer} is not installed (run `make peers`)")
    runagent = str(python.parent / "runagent")
    with tempfile.TemporaryDirectory(prefix="bench-runagent-") as tmp:
        root = Path(tmp)
        agent = root / "agent"
        agent.mkdir()
        (agent / "main.py").write_text(_AGENT_MAIN)
        cache = root / "cache"
        env = _isolated_env(root, {"RUNAGENT_CACHE_DIR": str(cache), "RUNAGENT_TEMPLATE_REPO": f"file://{root}/none"})
        init = subprocess.run(
            [
                runagent,
                *("init", str(agent), "--existing", "--name", "bench-echo"),
                *("--description", "benchmark echo agent", "--use-auth", "none"),
            ],
            env=env,
            cwd=root,
            capture_output=True,
            timeout=120,
            check=False,
        )
        config_path = agent / "runagent.config.json"
        if init.returncode != 0 or not config_path.exists():
            output = (init.stdout + init.stderr).decode(errors="replace")[-2000:]
            raise ServerError(f"`runagent init --existing` failed:\n{output}")
        config = json.loads(config_path.read_text())
        config.setdefault("agent_architecture", {})["entrypoints"] = [
            {"file": "main.py", "module": "generic", "tag": "generic"},
            {"file": "main.py", "module": "generic_stream", "tag": "generic_stream"},
        ]
        config_path.write_text(json.dumps(config, indent=2))
        port = free_port()
        log = root / "serve.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(
                [runagent, "serve", str(agent), "--host", HOST, "--port", str(port), "--no-animation"],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=agent,
                start_new_session=True,
            )
        try:
            base_url = f"http://{HOST}:{port}"
            try:
                wait_http(f"{base_url}/api/v1/health", timeout, popen, lambda body: True)
            except ServerError as exc:
                raise ServerError(f"{exc}\n{_tail(log)}") from None
            yield Process(f"runagent {peer}", popen, base_url, {"agent_id": config["agent_id"], "env": env}, log)
        finally:
            stop_process(popen)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a benchmark app on 127.0.0.1 (prints 'READY <port>').")
    parser.add_argument("--app", default="bench", help="'bench' or 'sandbox:<service>'")
    _serve(parser.parse_args(argv).app)


if __name__ == "__main__":
    main()
