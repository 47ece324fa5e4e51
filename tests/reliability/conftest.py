"""Fixtures for the cross-client reliability tests: the four sandboxes, fast retries and leak accounting."""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Iterator

import pytest

from runbridge import retry
from runbridge.sandbox import Sandbox, SandboxSettings
from tests.reliability.loopback import fast_runagent_retries


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _settle(baseline: int, *, limit: float = 10.0) -> int:
    """Threads of stopped servers finish a moment after `stop()` returns; wait for them (not a timing assertion:
    the count is what is asserted)."""
    deadline = time.monotonic() + limit
    while threading.active_count() > baseline and time.monotonic() < deadline:
        time.sleep(0.02)
    return threading.active_count()


@pytest.fixture(scope="module")
def leak_guard() -> Iterator[None]:
    """Around a whole module: no file descriptor (socket, pipe, file) and no thread may outlive it."""
    gc.collect()
    fds, threads = open_fds(), threading.active_count()
    yield
    gc.collect()
    threads_after = _settle(threads)
    fds_after = open_fds()
    # Fewer is fine for both: a thread or descriptor of an earlier module may end while this one runs.
    assert threads_after <= threads, f"{threads_after - threads} threads leaked: {threading.enumerate()}"
    assert fds_after <= fds, f"{fds_after - fds} file descriptors leaked"


@pytest.fixture(scope="module")
def fast_retries(leak_guard: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No client waits between tries (`runbridge.retry.testing()`), whatever its policy; the RunAgent client
    reads a config file of this module's own instead of the user's."""
    with pytest.MonkeyPatch.context() as patch, retry.testing():
        for name, value in fast_runagent_retries(tmp_path_factory.mktemp("runagent")).items():
            patch.setenv(name, value)
        patch.delenv("RUNAGENT_API_KEY", raising=False)
        patch.delenv("RUNAGENT_API_URL", raising=False)
        yield


@pytest.fixture(scope="module")
def sandbox(fast_retries: None) -> Iterator[Sandbox]:
    """The four reference servers, quick streams, started once per module (after the leak baseline)."""
    with Sandbox(SandboxSettings(stream_delay_ms=2)) as running:
        yield running
