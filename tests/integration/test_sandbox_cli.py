"""`runbridge sandbox` and the demo, run as a user would: in a subprocess, stopped with a signal."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from runbridge.errors import ConfigError
from runbridge.sandbox import SERVICES, Sandbox

ROOT = Path(__file__).resolve().parents[2]
HEALTH = {"runicorn": "/api/health", "runs": "/runs", "runagent": "/api/v1/health"}


@pytest.fixture
def sandbox_process() -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "runbridge", "sandbox", "--token-ttl", "30", "--stream-delay", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    urls: dict[str, str] = {}
    try:
        assert process.stdout is not None
        for line in process.stdout:
            match = re.match(r"\s+(\w+)\s+(http://127\.0\.0\.1:\d+)\s", line)
            if match:
                urls[match.group(1)] = match.group(2)
            if line.startswith("sandbox ready"):
                break
        yield process, urls
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_sandbox_command_serves_all_four_services_and_stops_on_sigterm(
    sandbox_process: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    process, urls = sandbox_process
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
    assert "2 token requests" in result.stdout
