"""Run the Run:ai sandbox control plane on loopback for the integration tests."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from runbridge.auth import TokenAuth
from runbridge.runai import ApiClient, AsyncApiClient, Configuration
from runbridge.sandbox.faults import FaultInjection
from runbridge.sandbox.runai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, create_app
from runbridge.sandbox.server import serve
from runbridge.sandbox.settings import SandboxSettings


@attrs.frozen
class RunningSandbox:
    """A live sandbox: its URL, its app (for server-side counters) and a Configuration that logs in to it."""

    base_url: str
    app: Any

    @property
    def token_requests(self) -> int:
        return int(self.app.state.stats["token_requests"])

    def configuration(self, **options: Any) -> Configuration:
        credentials: dict[str, Any] = {"client_id": SANDBOX_CLIENT_ID, "client_secret": SANDBOX_CLIENT_SECRET}
        if "bearer_token" in options:
            credentials = {}
        return Configuration(runai_base_url=self.base_url, **{**credentials, **options})


def on_clock(api_client: ApiClient | AsyncApiClient, clock: Callable[[], float]) -> None:
    """Make the client judge its token's age by `clock` (the sandbox's clock, in the expiry tests)."""
    auth = api_client.auth
    assert isinstance(auth, TokenAuth)
    auth.clock = clock


@contextlib.contextmanager
def running(**settings: Any) -> Iterator[RunningSandbox]:
    app = create_app(SandboxSettings(**settings))
    with serve(FaultInjection(app, SandboxSettings(**settings))) as base_url:
        yield RunningSandbox(base_url, app)
