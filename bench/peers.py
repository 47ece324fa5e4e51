"""Drive a vendor client in its own venv: a worker process that times calls there (see peer_worker.py)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench._measure import BLOCK_TIMEOUT, Samples
from bench._report import Unavailable
from bench.servers import peer_python, stop_process

WORKER = Path(__file__).resolve().parent / "peer_worker.py"


class PeerWorker:
    """One worker process in `.peers/<peer>` with one target set up; `block(n)` times n calls there."""

    def __init__(
        self, peer: str, target: str, params: Mapping[str, Any], *, env: Mapping[str, str] | None = None
    ) -> None:
        python = peer_python(peer)
        if python is None:
            raise Unavailable(f"`.peers/{peer}` is not installed (`make peers`)")
        self.peer = peer
        self.target = target
        self._home = tempfile.TemporaryDirectory(prefix="bench-peer-")
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        base_env.update(HOME=self._home.name, GIT_ALLOW_PROTOCOL="file", GIT_TERMINAL_PROMPT="0")
        self._popen = subprocess.Popen(
            [str(python), str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**base_env, **(env or {})},
            start_new_session=True,
        )
        try:
            answer = self._ask({"op": "setup", "target": target, "params": dict(params)})
        except BaseException:
            self.close()
            raise
        self.python_version = str(answer.get("python", "?"))

    def _ask(self, request: Mapping[str, Any]) -> dict[str, Any]:
        assert self._popen.stdin is not None
        assert self._popen.stdout is not None
        try:
            self._popen.stdin.write((json.dumps(request) + "\n").encode())
            self._popen.stdin.flush()
            ready, _, _ = select.select([self._popen.stdout], [], [], BLOCK_TIMEOUT)
            if not ready:
                raise Unavailable(f"{self.target} in {self.peer}: no answer within {BLOCK_TIMEOUT:.0f}s")
            line = self._popen.stdout.readline()
        except (BrokenPipeError, OSError) as exc:
            raise Unavailable(f"{self.peer} worker died: {exc}") from exc
        if not line:
            raise Unavailable(f"{self.peer} worker exited (code {self._popen.poll()})")
        answer: dict[str, Any] = json.loads(line)
        if not answer.get("ok"):
            raise Unavailable(f"{self.target} in {self.peer} failed: {answer.get('error')}")
        return answer

    def block(self, n: int) -> Samples:
        return Samples.from_dict(self._ask({"op": "run", "n": n}))

    def close(self) -> None:
        if self._popen.poll() is None and self._popen.stdin is not None:
            try:
                self._popen.stdin.write(b'{"op": "exit"}\n')
                self._popen.stdin.flush()
                self._popen.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                pass
        stop_process(self._popen)
        self._home.cleanup()

    def __enter__(self) -> PeerWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
