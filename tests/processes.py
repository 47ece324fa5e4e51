"""Ports and process groups for the tests that start servers or CLIs as child processes."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago: for a server that only takes a port, or as one that is
    certainly closed."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_process_group(process: subprocess.Popen[bytes], *, grace: float = 5.0) -> None:
    """End a process started with `start_new_session=True` and everything in its group (node and uvicorn spawn
    children): SIGTERM, then SIGINT, then SIGKILL, each given `grace` seconds; then close its pipes."""
    if process.poll() is None:
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=grace)
            if process.poll() is not None:
                break
        # Children that outlived the leader. Only here, just after the leader was reaped: a group id is not reused
        # while the group has members, but an empty group's id could long since belong to someone else's.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    for stream in (process.stdout, process.stderr, process.stdin):
        if stream is not None:
            stream.close()
