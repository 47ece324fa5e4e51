"""A Prism mock server for one of our specs, for contract tests.

Prism answers every operation with an example built from the spec and validates our requests against it, so a
client that sends what the spec does not allow gets a 422 with Prism's `sl-violations` header instead of data.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.processes import free_port, stop_process_group

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def prism_server(spec_path: Path | str, *, dynamic: bool = False, startup_timeout: float = 60.0) -> Iterator[str]:
    """Run `prism mock` for `spec_path` on a free 127.0.0.1 port; yield its base URL; stop it on exit.

    `dynamic=True` makes Prism generate random data from the schemas instead of returning examples.
    """
    if not PRISM.exists() and shutil.which("prism") is None:
        pytest.skip("Prism is not installed: run `make prism`")
    executable = str(PRISM) if PRISM.exists() else "prism"
    port = free_port()
    command = [executable, "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec_path)]
    if dynamic:
        command.append("--dynamic")
    # Prism logs every request; a file, unlike a pipe nobody reads, can never fill up and stall it.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT)
        try:
            deadline = time.monotonic() + startup_timeout
            while not _listening(port):
                if process.poll() is not None:
                    log.seek(0)
                    output = log.read().decode(errors="replace")
                    raise RuntimeError(f"prism exited with {process.returncode} for {spec_path}:\n{output[-2000:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"prism did not start within {startup_timeout:.0f}s for {spec_path}")
                time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop_process_group(process)
