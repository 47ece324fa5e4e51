"""Start the four reference servers in one process, each behind the shared fault-injection layer."""

from __future__ import annotations

import importlib
from types import TracebackType
from typing import NamedTuple

from runbridge.errors import ConfigError
from runbridge.sandbox.faults import FaultInjection
from runbridge.sandbox.server import SandboxServer
from runbridge.sandbox.settings import SandboxSettings


class Service(NamedTuple):
    name: str
    module: str
    description: str


SERVICES: tuple[Service, ...] = (
    Service("runicorn", "runbridge.sandbox.runicorn", "experiment viewer (Runicorn)"),
    Service("runai", "runbridge.sandbox.runai", "cluster control plane (Run:ai)"),
    Service("runs", "runbridge.sandbox.runs", "runs/interactions service"),
    Service("runagent", "runbridge.sandbox.runagent", "agent service (RunAgent)"),
)


class Sandbox:
    """The four servers on 127.0.0.1, started on `__enter__` (or `start()`) and stopped on exit.

    `port_base=N` puts them on N, N+1, N+2, N+3 in the order of SERVICES; by default each gets a free port.
    """

    def __init__(self, settings: SandboxSettings | None = None, *, port_base: int | None = None) -> None:
        if port_base is not None and not 1 <= port_base <= 65535 - len(SERVICES):
            raise ConfigError(f"port base {port_base} is out of range (1..{65535 - len(SERVICES)})")
        self.settings = settings or SandboxSettings()
        self.port_base = port_base
        self._servers: dict[str, SandboxServer] = {}

    @property
    def urls(self) -> dict[str, str]:
        """Base URL of each running server, by service name."""
        return {name: server.base_url for name, server in self._servers.items()}

    def start(self) -> Sandbox:
        try:
            for index, service in enumerate(SERVICES):
                app = importlib.import_module(service.module).create_app(self.settings)
                port = 0 if self.port_base is None else self.port_base + index
                try:
                    server = SandboxServer(FaultInjection(app, self.settings), port=port)
                except OSError as exc:
                    raise ConfigError(f"cannot listen on 127.0.0.1:{port} for {service.name}: {exc.strerror}") from exc
                self._servers[service.name] = server.start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        servers, self._servers = self._servers, {}
        for server in servers.values():
            server.stop()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
