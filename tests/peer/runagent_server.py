"""A real `runagent serve` (0.1.49, from `make peers`) on 127.0.0.1, serving a small agent written to a temp dir.

`running_agent(workdir)` registers the agent offline (`runagent init --existing`, no template download), lists its
entrypoints in `runagent.config.json`, serves it on a free port with HOME and RUNAGENT_CACHE_DIR inside `workdir`,
waits until `/api/v1/health` names the agent, and on exit stops the whole process group (SIGTERM, then SIGKILL).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.processes import free_port, stop_process_group

ROOT = Path(__file__).resolve().parents[2]
PEER_BIN = ROOT / ".peers" / "runagent-0.1.49" / "bin"
RUNAGENT = PEER_BIN / "runagent"
PEER_PYTHON = PEER_BIN / "python"

AGENT_SOURCE = '''\
"""A loopback test agent: plain functions, no LLM, no network, no requirements.txt."""

import time


def generic(*args, **kwargs):
    return {"echo": kwargs, "args": list(args)}


def text(message=""):
    return f"echo: {message}"


def generic_stream(message="", **kwargs):
    for word in str(message).split():
        yield word


def dict_stream(n=3):
    for index in range(n):
        yield {"index": index, "square": index * index}


def fail(reason="boom"):
    raise RuntimeError(reason)


def fail_stream(reason="stream broke"):
    yield "partial"
    raise RuntimeError(reason)


def slow(seconds=1.0):
    time.sleep(seconds)
    return "done"
'''

ENTRYPOINTS = {
    "generic": "generic",
    "text": "text",
    "slow": "slow",
    "fail": "fail",
    "generic_stream": "generic_stream",
    "dict_stream": "dict_stream",
    "fail_stream": "fail_stream",
}


@dataclass(frozen=True)
class RunningAgent:
    """A served agent: where it is, its id, the server's log file, and the isolated environment it runs in."""

    base_url: str
    agent_id: str
    log_path: Path
    environment: dict[str, str]

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _environment(workdir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("RUNAGENT_")}
    env.update(
        HOME=str(workdir / "home"),
        RUNAGENT_CACHE_DIR=str(workdir / "cache"),
        PYTHONUNBUFFERED="1",
        GIT_TERMINAL_PROMPT="0",  # the CLI runs `git ls-remote` against GitHub; never let it wait for input
        NO_COLOR="1",
        TERM="dumb",
    )
    return env


def create_agent(workdir: Path, env: dict[str, str]) -> tuple[Path, str]:
    """Write the agent, register it with `runagent init --existing`, and declare its entrypoints."""
    agent_dir = workdir / "agent"
    agent_dir.mkdir(parents=True)
    (workdir / "home").mkdir()
    (workdir / "cache").mkdir()
    (agent_dir / "main.py").write_text(AGENT_SOURCE, encoding="utf-8")
    command = [str(RUNAGENT), "init", str(agent_dir), "--existing", "--name", "Loopback echo"]
    command += ["--description", "runbridge peer test agent", "--use-auth", "none"]
    result = subprocess.run(
        command, env=env, cwd=workdir, capture_output=True, timeout=120, start_new_session=True, check=False
    )
    config_path = agent_dir / "runagent.config.json"
    if result.returncode != 0 or not config_path.exists():
        output = (result.stdout + result.stderr).decode(errors="replace")
        raise RuntimeError(f"runagent init failed ({result.returncode}):\n{output[-3000:]}")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["agent_architecture"]["entrypoints"] = [
        {"file": "main.py", "module": module, "tag": tag} for tag, module in ENTRYPOINTS.items()
    ]
    config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return agent_dir, str(config["agent_id"])


@contextmanager
def running_agent(workdir: Path, *, startup_timeout: float = 90.0) -> Iterator[RunningAgent]:
    """Serve the test agent with the real RunAgent server for the duration of the block."""
    if not RUNAGENT.exists():
        pytest.skip("the real RunAgent server is not installed: run `make peers`")
    env = _environment(workdir)
    agent_dir, agent_id = create_agent(workdir, env)
    port = free_port()
    log_path = workdir / "serve.log"
    command = [str(RUNAGENT), "serve", str(agent_dir), "--host", "127.0.0.1", "--port", str(port), "--no-animation"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env=env, cwd=agent_dir, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(process, base_url, agent_id, log_path, startup_timeout)
        yield RunningAgent(base_url=base_url, agent_id=agent_id, log_path=log_path, environment=env)
    finally:
        stop_process_group(process)


def _wait_healthy(
    process: subprocess.Popen[bytes], base_url: str, agent_id: str, log_path: Path, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0, trust_env=False) as http:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"runagent serve exited with {process.returncode}:\n{_tail(log_path)}")
            try:
                answer = http.get(f"{base_url}/api/v1/health")
                if answer.status_code == 200 and answer.json().get("agent_id") == agent_id:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"runagent serve was not healthy within {timeout:.0f}s:\n{_tail(log_path)}")
            time.sleep(0.2)


def _tail(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-3000:]


if __name__ == "__main__":  # a manual check: serve until Ctrl-C
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, running_agent(Path(tmp)) as agent:
        print(agent.base_url, agent.agent_id, file=sys.stderr)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
