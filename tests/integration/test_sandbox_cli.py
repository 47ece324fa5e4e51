"""`runbridge sandbox` and the demo, run as a user would: in a subprocess, stopped with a signal."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from runbridge.errors import ConfigError
from runbridge.sandbox import SERVICES, Sandbox

ROOT = Path(__file__).resolve().parents[2]
HEALTH = {"runicorn": "/api/health", "runs": "/runs", "runagent": "/api/v1/health"}


@dataclass
class SandboxProcess:
    """`runbridge sandbox` running, and what it printed under each URL: credentials and a line of Python."""

    process: subprocess.Popen[str]
    urls: dict[str, str] = field(default_factory=dict)
    credentials: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


@pytest.fixture
def sandbox_process() -> Iterator[SandboxProcess]:
    process = subprocess.Popen(
        [sys.executable, "-m", "runbridge", "sandbox", "--token-ttl", "30", "--stream-delay", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    running = SandboxProcess(process)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            match = re.match(r"\s+(\w+)\s+(http://127\.0\.0\.1:\d+)\s", line)
            if line.startswith("sandbox ready"):
                break
            if match:
                running.urls[match.group(1)] = match.group(2)
            elif line.strip().startswith("from runbridge"):
                running.examples.append(line.strip())
            elif running.urls:
                running.credentials.append(line.strip())
        yield running
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_sandbox_command_serves_all_four_services_and_stops_on_sigterm(sandbox_process: SandboxProcess) -> None:
    process, urls = sandbox_process.process, sandbox_process.urls
    assert set(urls) == {service.name for service in SERVICES}
    with httpx.Client(timeout=10) as client:
        assert client.get(urls["runicorn"] + HEALTH["runicorn"]).status_code == 200
        assert client.get(urls["runagent"] + HEALTH["runagent"]).json()["status"] == "healthy"
        # The token-protected services refuse a call without credentials, in their own error shape.
        assert client.get(urls["runs"] + HEALTH["runs"]).status_code == 401
        # A fault asked for by header, for users testing their own retry handling.
        faulty = client.get(urls["runicorn"] + HEALTH["runicorn"], headers={"x-sandbox-fault": "503"})
        assert faulty.status_code == 503
        assert "retry-after" in faulty.headers

    process.send_signal(signal.SIGTERM)
    remaining, _ = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "sandbox stopped" in remaining


def test_the_printed_lines_connect_a_newcomer_to_every_sandbox(sandbox_process: SandboxProcess) -> None:
    """Pasting each printed line gives a working client: the credentials and URLs shown are the ones accepted."""
    examples = sandbox_process.examples
    assert len(examples) == len(sandbox_process.credentials) == len(sandbox_process.urls) == 4
    assert any("client_secret=" in line for line in sandbox_process.credentials)
    calls = {
        "runicorn.connect": "result = client.get_config()",
        "RunaiClient": "result = client.organizations.projects.get_projects(limit=1)",
        "RunsClient": "result = list(client.runs.list(limit=1))",
        "RunAgentClient": 'result = agent.run_generic({"message": "hi"})',
    }
    for example in examples:
        (call,) = [call for name, call in calls.items() if name in example]
        namespace: dict[str, Any] = {}
        exec(f"{example}\n{call}", namespace)  # noqa: S102 - the line the sandbox tells a user to paste
        assert namespace["result"], example
        (namespace.get("client") or namespace["agent"]).close()


def test_sandbox_rejects_bad_options_with_a_one_line_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "runbridge", "sandbox", "--error-rate", "1.5"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "error_rate" in result.stderr
    assert "Traceback" not in result.stderr


def test_sandbox_port_base_out_of_range_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="port base"):
        Sandbox(port_base=70000)


def test_sandbox_class_gives_every_service_a_url_and_frees_the_ports() -> None:
    with Sandbox() as sandbox:
        urls = sandbox.urls
        with httpx.Client(timeout=10) as client:
            assert client.get(urls["runagent"] + HEALTH["runagent"]).status_code == 200
    assert sandbox.urls == {}
    with pytest.raises(httpx.ConnectError), httpx.Client(timeout=2) as client:
        client.get(urls["runagent"] + HEALTH["runagent"])


@pytest.mark.slow
def test_demo_runs_every_client_and_a_batch_and_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py"), "--queries", "40", "--token-ttl", "2"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = result.stdout.split("summary:")[1]
    for service in ("runicorn", "runai", "runs", "runagent", "registry"):
        assert re.search(rf"^{service}\s", summary, re.MULTILINE), service
    assert "40/40 succeeded" in result.stdout
    # One token for the first call, one refresh after the token aged past half its lifetime.
    aged = next((line for line in result.stdout.splitlines() if "after the token aged" in line), result.stdout)
    assert "2 token requests" in aged, aged
