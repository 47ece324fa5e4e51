"""Runs one vendor client's call in a timing loop, inside that vendor's own venv (stdlib only here).

Started by bench.peers as `<peer venv>/bin/python bench/peer_worker.py`; it speaks JSON lines on
stdin/stdout:

    {"op": "setup", "target": "runicorn.get_run", "params": {...}}  ->  {"ok": true}
    {"op": "run", "n": 50}                                          ->  {"ok": true, "wall_ns": [...], "cpu_ns": [...]}
    {"op": "exit"}

The loop is the same as bench._measure.time_sync / time_async (perf_counter_ns around each call;
thread_time_ns for sync calls, process_time_ns for asyncio calls). Anything the vendor code prints goes to
/dev/null so it cannot corrupt the protocol.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


def _runicorn_get_run(params: dict[str, Any]) -> tuple[SyncCall, Callable[[], None]]:
    from runicorn.client import RunicornClient  # type: ignore[import-not-found]

    client = RunicornClient(params["base_url"], timeout=30, max_retries=3)
    run_id = params["run_id"]
    return (lambda: client.get_run(run_id)), client.close


def _runagent_run(params: dict[str, Any]) -> tuple[SyncCall, Callable[[], None]]:
    from runagent import RunAgentClient  # type: ignore[import-not-found]

    client = RunAgentClient(params["agent_id"], "generic", local=True, host=params["host"], port=int(params["port"]))
    return (lambda: client.run(message="hi")), lambda: None


def _runapy_config(params: dict[str, Any]) -> Any:
    from runai.configuration import Configuration  # type: ignore[import-not-found]

    return Configuration(
        client_id=params["client_id"], client_secret=params["client_secret"], runai_base_url=params["base_url"]
    )


def _runapy_get_projects(params: dict[str, Any]) -> tuple[SyncCall, Callable[[], None]]:
    from runai.api_client import ApiClient  # type: ignore[import-not-found]
    from runai.runai_client import RunaiClient  # type: ignore[import-not-found]

    client = RunaiClient(ApiClient(_runapy_config(params)))
    return (lambda: client.organizations.projects.get_projects()), lambda: None


def _runapy_get_projects_async(params: dict[str, Any]) -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    from runai.api_client import AsyncApiClient
    from runai.runai_client import RunaiClient

    api_client = AsyncApiClient(_runapy_config(params))
    client = RunaiClient(api_client)

    async def close() -> None:
        await api_client.close()

    async def call() -> object:
        return await client.organizations.projects.get_projects()

    return call, close


def _httpx_get(params: dict[str, Any]) -> tuple[SyncCall, Callable[[], None]]:
    import httpx

    client = httpx.Client(base_url=params["base_url"])
    path = params["path"]
    return (lambda: client.get(path).json()), client.close


SYNC_TARGETS: dict[str, Callable[[dict[str, Any]], tuple[SyncCall, Callable[[], None]]]] = {
    "runicorn.get_run": _runicorn_get_run,
    "runagent.run": _runagent_run,
    "runapy.get_projects": _runapy_get_projects,
    "httpx.get": _httpx_get,
}
ASYNC_TARGETS: dict[str, Callable[[dict[str, Any]], tuple[AsyncCall, Callable[[], Awaitable[None]]]]] = {
    "runapy.get_projects.async": _runapy_get_projects_async,
}


def _time_sync(call: SyncCall, n: int) -> dict[str, list[int]]:
    wall_ns: list[int] = []
    cpu_ns: list[int] = []
    clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for _ in range(n):
        c0 = cpu_clock()
        t0 = clock()
        call()
        t1 = clock()
        c1 = cpu_clock()
        wall_ns.append(t1 - t0)
        cpu_ns.append(c1 - c0)
    return {"wall_ns": wall_ns, "cpu_ns": cpu_ns}


async def _time_async(call: AsyncCall, n: int) -> dict[str, list[int]]:
    wall_ns: list[int] = []
    cpu_ns: list[int] = []
    clock, cpu_clock = time.perf_counter_ns, time.process_time_ns
    for _ in range(n):
        c0 = cpu_clock()
        t0 = clock()
        await call()
        t1 = clock()
        c1 = cpu_clock()
        wall_ns.append(t1 - t0)
        cpu_ns.append(c1 - c0)
    return {"wall_ns": wall_ns, "cpu_ns": cpu_ns}


def main() -> None:
    # Keep the real stdout for the protocol; everything else that writes to fd 1 goes to /dev/null.
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    logging.disable(logging.CRITICAL)  # vendor clients log every call at INFO; logging is not what we time
    loop = asyncio.new_event_loop()
    sync_call: SyncCall | None = None
    async_call: AsyncCall | None = None
    closers: list[Callable[[], object]] = []

    def reply(message: dict[str, Any]) -> None:
        protocol.write(json.dumps(message) + "\n")

    for line in sys.stdin:
        request = json.loads(line)
        try:
            if request["op"] == "setup":
                target = request["target"]
                if target in SYNC_TARGETS:
                    sync_call, sync_close = SYNC_TARGETS[target](request["params"])
                    closers.append(sync_close)
                elif target in ASYNC_TARGETS:
                    async_call, aclose = loop.run_until_complete(_build_async(target, request["params"]))
                    closers.append(_closer(loop, aclose))
                else:
                    raise ValueError(f"unknown target {target!r}")
                reply({"ok": True, "python": sys.version.split()[0]})
            elif request["op"] == "run":
                if sync_call is not None:
                    reply({"ok": True, **_time_sync(sync_call, int(request["n"]))})
                elif async_call is not None:
                    reply({"ok": True, **loop.run_until_complete(_time_async(async_call, int(request["n"])))})
                else:
                    raise ValueError("run before setup")
            elif request["op"] == "exit":
                break
        except Exception as exc:
            reply({"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()[-3000:]})
    for closer in closers:
        with contextlib.suppress(Exception):  # best-effort cleanup of a vendor client on exit
            closer()
    loop.close()


def _closer(loop: asyncio.AbstractEventLoop, aclose: Callable[[], Awaitable[None]]) -> Callable[[], object]:
    return lambda: loop.run_until_complete(aclose())


async def _build_async(target: str, params: dict[str, Any]) -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    # Built inside the running loop: aiohttp sessions must be created in the loop that uses them.
    return ASYNC_TARGETS[target](params)


if __name__ == "__main__":
    main()
