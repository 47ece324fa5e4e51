"""Servers shared by the whole test session (one per xdist worker): the Prism mocks of our specs, the real
RunAgent server, and the four sandbox servers in their plain form.

Only servers whose state no test depends on are shared here. Tests that change a server's state in ways other
tests could see (the Runicorn viewers, schemathesis runs), that inject faults, or that need other settings (short
token lifetimes, API keys, a fake clock) keep servers of their own. Every server listens on a free port of
127.0.0.1 and is stopped at the end of the session.

It also tells xdist how many workers to start and how to share the work between them (see
`pytest_xdist_auto_num_workers`, `pytest_xdist_make_scheduler` and `pytest_collection_modifyitems`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling

from runbridge.codegen.proof import CACHE_VARIABLE
from runbridge.sandbox import Sandbox, SandboxSettings
from tests.contract.prism import prism_server
from tests.peer.runagent_server import RunningAgent, running_agent

OPENAPI = Path(__file__).resolve().parents[1] / "openapi"
# Modules whose tests share no module fixture and each take a minute or more of CPU: run as one unit, they would
# keep one worker busy for minutes while the other runs out of work.
INDEPENDENT_HEAVY_TESTS = ("tests/corpus/",)
# Modules that take 10 s or more, longest first. Work is handed out in collection order, and these go first:
# started last, one of them would keep one worker busy while the others have run out of work.
LONGEST_FIRST = (
    "tests/corpus/test_corpus.py",
    "tests/codegen/test_vendor_spec.py",
    "tests/codegen/test_bug_classes.py",
    "tests/reliability/test_fault_matrix.py",
    "tests/fuzz/test_config_fuzz.py",
    "tests/fuzz/test_generated_operations.py",
    "tests/unit/test_bench_smoke.py",
    "tests/contract/test_runai_prism.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules of LONGEST_FIRST before the rest, each in its collection order otherwise."""

    def rank(item: pytest.Item) -> int:
        module = item.nodeid.split("::", 1)[0]
        return LONGEST_FIRST.index(module) if module in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable


class _ModuleScopes(LoadScopeScheduling):
    """`--dist loadscope`, except that each test of INDEPENDENT_HEAVY_TESTS is a work unit of its own."""

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith(INDEPENDENT_HEAVY_TESTS):
            return nodeid
        return super()._split_scope(nodeid)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker per core, plus one. A worker spends about a third of its time waiting on sockets and
    clocks (read timeouts, Prism, WebSocket deadlines), and the extra worker runs tests in that time (2 cores:
    143 s with 2 workers, 122 s with 3, 127 s with 4, where collecting the suite once more costs more than it
    gains)."""
    return len(os.sched_getaffinity(0)) + 1 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1) + 1


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> LoadScopeScheduling | None:
    """A module's tests stay on one worker (so its servers and generated packages are made once), but the heavy
    independent tests are spread over all workers."""
    if config.getoption("dist") != "loadscope":
        return None
    return _ModuleScopes(config, log)


@pytest.fixture(scope="session", autouse=True)
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One mypy cache for every generation proof of this worker, as `make generate` keeps one: the standard
    library and httpx are analysed once per worker rather than once per proof (about 1.8 s each)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_VARIABLE, str(tmp_path_factory.mktemp("mypy-cache")))
        yield


@pytest.fixture(scope="session")
def prism_mock() -> Iterator[Callable[[str, bool], str]]:
    """`prism_mock(spec, dynamic)`: the base URL of a Prism mock of openapi/<spec>.yaml, started on first use.

    Prism keeps no state between requests, so one mock per spec and mode serves every test that needs it."""
    started: dict[tuple[str, bool], str] = {}
    with contextlib.ExitStack() as stack:

        def url(spec: str, dynamic: bool) -> str:
            if (spec, dynamic) not in started:
                started[spec, dynamic] = stack.enter_context(prism_server(OPENAPI / f"{spec}.yaml", dynamic=dynamic))
            return started[spec, dynamic]

        yield url


@pytest.fixture(scope="session")
def runagent_peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningAgent]:
    """The real `runagent serve` with the test agent; its functions keep no state between calls."""
    with running_agent(tmp_path_factory.mktemp("runagent-peer")) as agent:
        yield agent


@pytest.fixture(scope="session")
def sandbox_servers() -> Iterator[Sandbox]:
    """The four sandbox servers with unpaced streams and no API key, for tests that only add their own data."""
    with Sandbox(SandboxSettings(stream_delay_ms=0)) as running:
        yield running
