"""Batches: input order, captured failures, the concurrency bound, checkpoints, cancel-and-resume, progress."""

from __future__ import annotations

import asyncio
import contextvars
import io
import json
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from runbridge.runners import APIResponseData, BaseAPIRunner, CheckpointError, RunnerError
from runbridge.runners.progress import Progress


class CountingAsyncRunner(BaseAPIRunner):
    """Async: answers upper-cased, fails on queries starting with "bad", and tracks how many run at once."""

    name = "unit_counting_async"

    def __init__(self, config: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.running = 0
        self.peak = 0
        self.calls: list[str] = []
        self.started = 0
        self.stopped = 0
        self.gate: asyncio.Event | None = None
        self.block_from: str | None = None
        self.blocked = 0
        self.all_blocked: asyncio.Event | None = None

    async def astart(self) -> None:
        self.started += 1

    async def astop(self) -> None:
        self.stopped += 1

    async def aexecute(self, query: str, **kwargs: Any) -> APIResponseData:
        self.calls.append(query)
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            # Yield a few times so that other workers get going before this one finishes.
            for _ in range(3):
                await asyncio.sleep(0)
            if self.block_from is not None and query >= self.block_from:
                assert self.gate is not None
                assert self.all_blocked is not None
                self.blocked += 1
                if self.blocked == self.max_concurrent:
                    self.all_blocked.set()  # every worker waits here: all earlier items are written
                await self.gate.wait()
            if query.startswith("bad"):
                raise ValueError(f"cannot answer {query}")
            return APIResponseData(query=query, actual_output=query.upper() + kwargs.get("suffix", ""))
        finally:
            self.running -= 1


class CountingThreadRunner(BaseAPIRunner):
    """Sync-only: counts the threads inside execute() at once."""

    name = "unit_counting_sync"

    def __init__(self, config: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.lock = threading.Lock()
        self.running = 0
        self.peak = 0
        self.threads: set[str] = set()

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        with self.lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
            self.threads.add(threading.current_thread().name)
        try:
            if query.startswith("bad"):
                raise RunnerError(f"cannot answer {query}")
            return APIResponseData(query=query, actual_output=query[::-1])
        finally:
            with self.lock:
                self.running -= 1


def batch(runner: BaseAPIRunner, queries: list[str], **options: Any) -> list[APIResponseData]:
    options.setdefault("show_progress", False)
    return asyncio.run(runner.execute_batch(queries, **options))


def test_async_runner_order_failures_and_bound() -> None:
    runner = CountingAsyncRunner(max_concurrent=7)
    queries = [f"q{i:03d}" for i in range(100)]
    queries[3] = "bad 3"
    queries[60] = "bad 60"

    results = batch(runner, queries, suffix="!")

    assert [result.query for result in results] == queries
    assert results[0].actual_output == "Q000!"
    assert [i for i, result in enumerate(results) if result.failed] == [3, 60]
    assert isinstance(results[3].error, ValueError)
    assert results[3].trace["error"] == {"type": "ValueError", "message": "cannot answer bad 3"}
    assert runner.peak == 7
    assert (runner.started, runner.stopped) == (1, 1)


def test_sync_runner_runs_in_a_bounded_thread_pool() -> None:
    runner = CountingThreadRunner(max_concurrent=3)
    queries = [f"item {i}" for i in range(60)] + ["bad one"]

    results = batch(runner, queries)

    assert [result.actual_output for result in results[:-1]] == [query[::-1] for query in queries[:-1]]
    assert results[-1].failed
    assert runner.peak <= 3
    assert len(runner.threads) <= 3
    assert all(name.startswith("runbridge-unit_counting_sync") for name in runner.threads)


def test_max_concurrent_override_and_bad_values() -> None:
    runner = CountingAsyncRunner(max_concurrent=10)
    batch(runner, [f"q{i}" for i in range(30)], max_concurrent=2)
    assert runner.peak == 2
    with pytest.raises(RunnerError, match="not a single string"):
        batch(runner, "just one query")  # type: ignore[arg-type]
    with pytest.raises(RunnerError, match="query 1 is a int"):
        batch(runner, ["ok", 5])  # type: ignore[list-item]


def test_empty_batch() -> None:
    assert batch(CountingAsyncRunner(), []) == []


def test_checkpoint_lines_and_rerun_skips_finished(tmp_path: Path) -> None:
    checkpoint = tmp_path / "results.jsonl"
    queries = ["a", "bad b", "c"]
    first = CountingAsyncRunner()
    batch(first, queries, checkpoint=checkpoint)

    lines = [json.loads(line) for line in checkpoint.read_text().splitlines()]
    assert [line["index"] for line in lines] == [0, 1, 2]
    assert [line["status"] for line in lines] == ["success", "failed", "success"]
    assert lines[0]["runner"] == "unit_counting_async"
    assert checkpoint.stat().st_mode & 0o777 == 0o600  # results may hold sensitive answers

    again = CountingAsyncRunner()
    results = batch(again, queries, checkpoint=checkpoint)
    assert again.calls == []
    assert [result.actual_output for result in results] == ["A", "", "C"]
    assert results[1].failed
    assert results[1].trace["error"]["type"] == "ValueError"

    retried = CountingAsyncRunner()
    batch(retried, queries, checkpoint=checkpoint, retry_failed=True)
    assert retried.calls == ["bad b"]
    assert len(checkpoint.read_text().splitlines()) == 3


def test_cancelled_batch_resumes_with_every_item_exactly_once(tmp_path: Path) -> None:
    checkpoint = tmp_path / "results.jsonl"
    queries = [f"q{i:03d}" for i in range(50)]

    async def cancel_mid_way() -> None:
        runner = CountingAsyncRunner(max_concurrent=5)
        runner.gate = asyncio.Event()  # never set: items from q030 on hang until cancelled
        runner.block_from = "q030"
        runner.all_blocked = asyncio.Event()
        task = asyncio.ensure_future(runner.execute_batch(queries, checkpoint=checkpoint, show_progress=False))
        await asyncio.wait_for(runner.all_blocked.wait(), 60)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert runner.stopped == 1  # the runner's async resources were released

    asyncio.run(cancel_mid_way())
    finished = [json.loads(line)["index"] for line in checkpoint.read_text().splitlines()]
    assert sorted(finished) == list(range(30))

    resumed = CountingAsyncRunner(max_concurrent=5)
    results = batch(resumed, queries, checkpoint=checkpoint)

    assert sorted(resumed.calls) == queries[30:]
    assert [result.actual_output for result in results] == [query.upper() for query in queries]
    indexes = [json.loads(line)["index"] for line in checkpoint.read_text().splitlines()]
    assert indexes == list(range(50))


class GatedThreadRunner(BaseAPIRunner):
    """Sync-only: items from `block_from` on wait in their thread until `gate` opens; reads a caller's variable."""

    name = "unit_gated_sync"

    def __init__(self, config: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self.gate = threading.Event()
        self.block_from = "q030"
        self.blocked = threading.Semaphore(0)
        self.calls: list[str] = []

    def execute(self, query: str, **kwargs: Any) -> APIResponseData:
        self.calls.append(query)
        if query >= self.block_from:
            self.blocked.release()
            self.gate.wait(60)
        return APIResponseData(query=query, actual_output=f"{query} for {CALLER.get()}")


CALLER: contextvars.ContextVar[str] = contextvars.ContextVar("unit_caller", default="nobody")


def test_cancelled_thread_batch_drops_late_results_and_resumes_exactly_once(tmp_path: Path) -> None:
    checkpoint = tmp_path / "results.jsonl"
    queries = [f"q{i:03d}" for i in range(50)]
    runner = GatedThreadRunner(max_concurrent=5)

    async def cancel_mid_way() -> None:
        CALLER.set("the caller")
        task = asyncio.ensure_future(runner.execute_batch(queries, checkpoint=checkpoint, show_progress=False))
        for _ in range(5):  # every worker thread waits at the gate: all earlier items are written
            await asyncio.to_thread(runner.blocked.acquire)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cancel_mid_way())
    runner.gate.set()  # the calls still in threads now finish: their results must not reach the closed checkpoint
    for thread in threading.enumerate():
        if thread.name.startswith("runbridge-unit_gated_sync"):
            thread.join(60)
    lines = checkpoint.read_text().splitlines()
    assert sorted(json.loads(line)["index"] for line in lines) == list(range(30))
    assert json.loads(lines[0])["actual_output"] == "q000 for the caller"  # the caller's context reached the threads

    resumed = GatedThreadRunner(max_concurrent=5)
    resumed.gate.set()
    results = batch(resumed, queries, checkpoint=checkpoint)

    assert sorted(resumed.calls) == queries[30:]
    assert [result.query for result in results] == queries
    assert [json.loads(line)["index"] for line in checkpoint.read_text().splitlines()] == list(range(50))


def test_a_failing_checkpoint_write_fails_a_thread_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from runbridge.runners.checkpoint import Checkpoint

    def full_disk(self: Checkpoint, index: int, result: APIResponseData) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Checkpoint, "append", full_disk)
    with pytest.raises(OSError, match="No space left"):
        batch(CountingThreadRunner(max_concurrent=4), [f"q{i}" for i in range(20)], checkpoint=tmp_path / "r.jsonl")


def test_torn_last_line_is_dropped_and_rerun(tmp_path: Path) -> None:
    checkpoint = tmp_path / "results.jsonl"
    batch(CountingAsyncRunner(), ["a", "b", "c"], checkpoint=checkpoint)
    lines = checkpoint.read_text().splitlines()
    checkpoint.write_text(lines[0] + "\n" + lines[2] + "\n" + lines[1][:25], encoding="utf-8")

    runner = CountingAsyncRunner()
    results = batch(runner, ["a", "b", "c"], checkpoint=checkpoint)

    assert runner.calls == ["b"]
    assert [result.actual_output for result in results] == ["A", "B", "C"]
    assert [json.loads(line)["index"] for line in checkpoint.read_text().splitlines()] == [0, 1, 2]


def test_checkpoint_of_other_queries_or_runner_is_refused(tmp_path: Path) -> None:
    checkpoint = tmp_path / "results.jsonl"
    batch(CountingAsyncRunner(), ["a", "b"], checkpoint=checkpoint)

    with pytest.raises(CheckpointError, match="different queries"):
        batch(CountingAsyncRunner(), ["b", "a"], checkpoint=checkpoint)
    with pytest.raises(CheckpointError, match="runner 'unit_counting_async'"):
        batch(CountingThreadRunner(), ["a", "b"], checkpoint=checkpoint)

    garbage = tmp_path / "notes.jsonl"
    garbage.write_text("hello\n", encoding="utf-8")
    with pytest.raises(CheckpointError, match="not a JSON result line"):
        batch(CountingAsyncRunner(), ["a"], checkpoint=garbage)


def test_checkpoint_in_use_is_refused(tmp_path: Path) -> None:
    from runbridge.runners.checkpoint import Checkpoint

    checkpoint = tmp_path / "results.jsonl"
    holder = Checkpoint(checkpoint, runner="unit_counting_async", queries=["a"])
    holder.open()
    try:
        with pytest.raises(CheckpointError, match="in use by another running batch"):
            batch(CountingAsyncRunner(), ["a"], checkpoint=checkpoint)
    finally:
        holder.close()
    assert len(batch(CountingAsyncRunner(), ["a"], checkpoint=checkpoint)) == 1


def test_checkpoint_never_holds_config_secrets(tmp_path: Path) -> None:
    secret = "sk-live-abcdef123456"

    class Leaky(BaseAPIRunner):
        name = "unit_leaky"

        def execute(self, query: str, **kwargs: Any) -> APIResponseData:
            if query == "boom":
                raise RunnerError(f"request with key {self.config['api_key']} failed")
            return APIResponseData(
                query=query,
                actual_output=f"used {self.config['api_key']}",
                additional_output={
                    "token": "tok-1234567",
                    "echo": self.config["headers"]["Authorization"],
                    "quoted": f"the password is {self.config['password']}",
                },
            )

    checkpoint = tmp_path / "results.jsonl"
    quoted = 'pa"ss\\word-123'  # escaped in JSON: must be found all the same
    runner = Leaky({"api_key": secret, "password": quoted, "headers": {"Authorization": "Bearer hdr-token-987654"}})
    results = batch(runner, ["ok", "boom"], checkpoint=checkpoint)

    text = checkpoint.read_text()
    assert secret not in text
    assert "hdr-token-987654" not in text
    assert "tok-1234567" not in text
    assert not any(quoted in value for value in _strings([json.loads(line) for line in text.splitlines()]))
    assert 'pa\\"ss' not in text
    assert "[REDACTED]" in text
    assert results[0].actual_output == f"used {secret}"  # the live result is the caller's own data


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def test_progress_bar_shows_rate_and_failures() -> None:
    pytest.importorskip("tqdm")
    out = io.StringIO()
    progress = Progress(total=4, initial=1, failed=1, description="unit", file=out)
    progress.update(failed=False)
    progress.update(failed=True)
    progress.close()

    text = out.getvalue()
    assert "unit" in text
    assert "failed=2" in text
    assert "query/s" in text
    assert (progress.done, progress.failed) == (3, 2)


def test_progress_without_tqdm_still_counts(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)  # makes `from tqdm.auto import tqdm` fail
    caplog.set_level("INFO", logger="runbridge.runners")

    results = batch(CountingAsyncRunner(), ["a", "bad b"], show_progress=True)

    assert [result.failed for result in results] == [False, True]
    assert "2 of 2 done, 1 failed" in caplog.text
