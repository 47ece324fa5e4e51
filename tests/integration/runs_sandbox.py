"""Fixtures for the runs client tests: the runs sandbox on a loopback port and clients for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from runbridge.runs import RunsClient
from runbridge.sandbox.runs import create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings

API_KEY = "sk-integration-7f3a9c"


@pytest.fixture(scope="module")
def runs_url() -> Iterator[str]:
    """A runs sandbox with quick streams, shared by a module's tests."""
    with serve(create_app(SandboxSettings(stream_delay_ms=5))) as url:
        yield url


@pytest.fixture
def runs_client(runs_url: str) -> Iterator[RunsClient]:
    with RunsClient(runs_url, api_key=API_KEY) as client:
        yield client
