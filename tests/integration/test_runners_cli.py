"""`runbridge call` / `runbridge batch`, including a batch killed with SIGKILL and resumed."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from runbridge.cli import main
from tests.integration.runners_server import RunnersTestServer, running_server
from tests.processes import stop_process_group

CONFIG = """\
http:
  url: ${RUNNERS_TEST_URL}/ask
  body: {question: "{query}"}
  output: data.answer
  headers: {X-Api-Key: "${RUNNERS_TEST_KEY}"}
  idempotent: true
"""
SECRET = "cli-secret-key-24680"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunnersTestServer]:
    with running_server() as state:
        monkeypatch.setenv("RUNNERS_TEST_URL", state.base_url)
        monkeypatch.setenv("RUNNERS_TEST_KEY", SECRET)
        yield state


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "runners.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_call_prints_the_answer(server: RunnersTestServer, config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "http", "hello", "--config", str(config)]) == 0
    assert capsys.readouterr().out.strip() == "echo: hello"

    assert main(["call", "http", "hello", "--config", str(config), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["actual_output"] == "echo: hello"
    assert printed["trace"]["status_codes"] == [200]


def test_call_errors_are_one_line(server: RunnersTestServer, config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "htp", "x", "--config", str(config)]) == 2
    assert "did you mean 'http'?" in capsys.readouterr().err

    assert main(["call", "http", "fail400 x", "--config", str(config)]) == 2
    assert "400" in capsys.readouterr().err

    assert main(["call", "--list"]) == 0
    assert "openai_chat" in capsys.readouterr().out


def test_missing_environment_variable_is_named(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNNERS_TEST_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("RUNNERS_TEST_KEY", raising=False)
    assert main(["call", "http", "x", "--config", str(config)]) == 2
    assert "RUNNERS_TEST_KEY is not set" in capsys.readouterr().err


def test_batch_from_csv_and_jsonl_to_stdout(
    server: RunnersTestServer, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_input = tmp_path / "queries.csv"
    csv_input.write_text('id,query\n1,first\n2,"second, with comma"\n3,fail400 third\n', encoding="utf-8")
    code = main(["batch", "http", str(csv_input), "--config", str(config), "--no-progress"])
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]

    assert code == 1  # one item failed
    assert [row["actual_output"] for row in rows] == ["echo: first", "echo: second, with comma", ""]
    assert rows[2]["trace"]["error"]["status_code"] == 400
    assert "3 items, 2 succeeded, 1 failed" in captured.err
    assert SECRET not in captured.out

    jsonl_input = tmp_path / "queries.jsonl"
    jsonl_input.write_text('"plain string"\n{"query": "from object"}\n', encoding="utf-8")
    code = main(["batch", "--runner", "http", "--input", str(jsonl_input), "--config", str(config), "--no-progress"])
    assert code == 0
    assert [json.loads(line)["actual_output"] for line in capsys.readouterr().out.splitlines()] == [
        "echo: plain string",
        "echo: from object",
    ]


def test_batch_refuses_to_overwrite_without_resume(
    server: RunnersTestServer, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = tmp_path / "queries.txt"
    queries.write_text("a\nb\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    args = ["batch", "--config", str(config), "--runner", "http", "--input", str(queries), "--output", str(output)]
    assert main([*args, "--no-progress"]) == 0
    assert main([*args, "--no-progress"]) == 2
    assert "add --resume" in capsys.readouterr().err
    assert main([*args, "--no-progress", "--resume"]) == 0
    assert server.requests["a"] == 1


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@contextlib.contextmanager
def _process_group(command: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        command, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        yield process
    finally:
        stop_process_group(process)


def test_batch_killed_mid_way_resumes_with_every_item_exactly_once(
    server: RunnersTestServer, config: Path, tmp_path: Path
) -> None:
    queries = [f"question {i}" for i in range(20)] + [f"hold {i}" for i in range(20, 40)]
    input_path = tmp_path / "queries.txt"
    input_path.write_text("\n".join(queries) + "\n", encoding="utf-8")
    output = tmp_path / "results.jsonl"
    command = [
        sys.executable,
        "-m",
        "runbridge",
        "batch",
        "--config",
        str(config),
        "--runner",
        "http",
        "--input",
        str(input_path),
        "--output",
        str(output),
        "--concurrency",
        "4",
        "--no-progress",
    ]

    with _process_group(command, dict(os.environ)) as process:
        # The first 20 items finish; the workers then sit on "hold" items that the server does not answer.
        deadline = time.monotonic() + 60
        while len(_lines(output)) < 20:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline, "the batch did not get through its first 20 items"
            time.sleep(0.02)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    finished = sorted(json.loads(line)["index"] for line in _lines(output))
    assert finished == list(range(20))
    server.release()

    assert main([*command[3:], "--resume"]) == 0

    records = [json.loads(line) for line in _lines(output)]
    assert [record["index"] for record in records] == list(range(40))
    assert [record["actual_output"] for record in records] == [f"echo: {query}" for query in queries]
    assert all(server.requests[query] == 1 for query in queries[:20])  # finished items were not sent again
    assert SECRET not in output.read_text(encoding="utf-8")


# `python -m runbridge` with Ctrl-C handled as in a terminal. A shell starts a background job (`make test &`) with
# SIGINT ignored, every process it starts inherits that, and Python then leaves SIGINT ignored: the batch would
# never see this test's Ctrl-C.
_HEARS_CTRL_C = (
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('runbridge', run_name='__main__')"
)


def _signal_state(pid: int) -> str:
    """The process's signal masks (pending, blocked, ignored, caught), where the system shows them."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return "signal state unknown"
    return ", ".join(
        line
        for line in status.read_text().splitlines()
        if line.startswith(("SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt"))
    )


def test_ctrl_c_saves_progress_and_says_how_to_resume(server: RunnersTestServer, config: Path, tmp_path: Path) -> None:
    queries = [f"question {i}" for i in range(10)] + [f"hold {i}" for i in range(10, 20)]
    input_path = tmp_path / "queries.txt"
    input_path.write_text("\n".join(queries) + "\n", encoding="utf-8")
    output = tmp_path / "results.jsonl"
    # -X faulthandler: should the batch not stop, SIGABRT makes it print where every thread is.
    command = [sys.executable, "-X", "faulthandler", "-c", _HEARS_CTRL_C, "batch", "http", str(input_path)]
    command += ["--config", str(config), "--output", str(output), "--concurrency", "3", "--no-progress"]

    with _process_group(command, dict(os.environ)) as process:
        deadline = time.monotonic() + 60
        while len(_lines(output)) < 10:
            assert process.poll() is None
            assert time.monotonic() < deadline, "the batch did not get through its first 10 items"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGINT)
        try:
            _, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            signals = _signal_state(process.pid)
            process.send_signal(signal.SIGABRT)
            _, stderr = process.communicate(timeout=10)
            pytest.fail(f"the batch did not stop within 30 s of Ctrl-C ({signals}); where it was:\n{stderr.decode()}")

    assert process.returncode == 130
    assert "interrupted: 10 of 20 results are in" in stderr.decode()
    assert "--resume" in stderr.decode()
    server.release()
    assert main([*command[5:], "--resume"]) == 0
    assert [json.loads(line)["index"] for line in _lines(output)] == list(range(20))
