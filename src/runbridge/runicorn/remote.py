"""`client.remote`: SSH connections and remote viewers, driven through the local viewer.

The local viewer makes the SSH connection itself, so these calls need the remote host to be reachable from the
viewer's machine. A failed connection is a 500 whose detail is the SSH error; it surfaces as ServerError with
that message in `str(exc)` and `exc.detail`, and is never retried (connecting twice is not harmless).

`start_viewer` takes the documented `connection_id` (`"user@host:port"`, `"user@host"`, or a `host` plus
`username=`) and sends the SSH fields the viewer expects. Remote viewer sessions come back with snake_case keys
(`session_id`, `local_port`, `remote_root`, `url`, ...) rather than the camelCase of the viewer's web UI.
Passwords, passphrases and keys travel only in the request body; they never appear in errors or logs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from runbridge.runicorn._driver import Call, Endpoint, Plan
from runbridge.runicorn._plans import check_text
from runbridge.runicorn.errors import InvalidArgumentError

if TYPE_CHECKING:
    from runbridge.runicorn._driver import AsyncRunner, SyncRunner


# Generated endpoints, imported on first call so that importing the client stays cheap (it would load httpx);
# the generated request models are imported inside the plans that send them, for the same reason.
connect_remote = Endpoint("remote.connect_remote")
disconnect_remote = Endpoint("remote.disconnect_remote")
get_remote_status = Endpoint("remote.get_remote_status")
get_remote_viewer_status = Endpoint("remote.get_remote_viewer_status")
list_remote_sessions = Endpoint("remote.list_remote_sessions")
list_remote_viewer_sessions = Endpoint("remote.list_remote_viewer_sessions")
start_remote_viewer = Endpoint("remote.start_remote_viewer")
stop_remote_viewer = Endpoint("remote.stop_remote_viewer")

__all__ = ["AsyncRemoteAPI", "RemoteAPI", "parse_connection_id", "session_record"]

_CONNECTION_ID = re.compile(r"^(?:(?P<username>[^@\s]+)@)?(?P<host>[^@:\s]+|\[[0-9a-fA-F:]+\])(?::(?P<port>\d+))?$")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def parse_connection_id(connection_id: str) -> tuple[str | None, str, int | None]:
    """`"alice@gpu01:2222"` -> ("alice", "gpu01", 2222); the user and the port are optional."""
    if not isinstance(connection_id, str):
        raise InvalidArgumentError(f"connection_id must be a string like 'user@host:22', not {connection_id!r}")
    match = _CONNECTION_ID.match(connection_id.strip())
    if match is None:
        raise InvalidArgumentError(f"connection_id {connection_id!r} is not 'user@host[:port]' or 'host'")
    port = match.group("port")
    return match.group("username"), match.group("host").strip("[]"), int(port) if port else None


def _check_port(port: object, name: str = "port") -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise InvalidArgumentError(f"{name} must be an integer from 1 to 65535, not {port!r}")
    return port


def _optional_port(port: object, name: str) -> int | None:
    return None if port is None else _check_port(port, name)


def session_record(session: dict[str, Any]) -> dict[str, Any]:
    """A remote viewer session with snake_case keys (`sessionId` -> `session_id`)."""
    return {_CAMEL.sub("_", key).lower(): value for key, value in session.items()}


def _credentials(
    host: str | None,
    username: str | None,
    saved_server_id: str | None,
) -> None:
    # The viewer would wrap this 400 in a 500 after trying; say it before sending anything.
    if saved_server_id is None and (not host or not username):
        raise InvalidArgumentError("host and username are required (or saved_server_id of a saved connection)")


def connect_plan(
    host: str | None,
    port: int = 22,
    username: str | None = None,
    password: str | None = None,
    private_key_path: str | None = None,
    passphrase: str | None = None,
    private_key: str | None = None,
    use_agent: bool = True,
    saved_server_id: str | None = None,
) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import SSHConnectRequest

    _credentials(host, username, saved_server_id)
    body = SSHConnectRequest(
        host=host,
        port=_check_port(port),
        username=username,
        password=password,
        private_key=private_key,
        private_key_path=private_key_path,
        passphrase=passphrase,
        use_agent=use_agent,
        saved_server_id=saved_server_id,
    )
    result: dict[str, Any] = yield Call(connect_remote, {"body": body})
    return result


def disconnect_plan(host: str, port: int = 22, username: str | None = None) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import DisconnectRequest

    body = DisconnectRequest(
        host=str(check_text("host", host, optional=False)),
        port=_check_port(port),
        username=str(check_text("username", username, optional=False)),
    )
    result: dict[str, Any] = yield Call(disconnect_remote, {"body": body})
    return result


def sessions_plan() -> Plan[list[dict[str, Any]]]:
    result: dict[str, Any] = yield Call(list_remote_sessions)
    return list(result.get("sessions") or [])


def status_plan() -> Plan[dict[str, Any]]:
    result: dict[str, Any] = yield Call(get_remote_status)
    result["viewer_sessions"] = [session_record(session) for session in result.get("viewer_sessions") or []]
    return result


def start_viewer_plan(
    connection_id: str | None,
    remote_root: str,
    local_port: int | None = None,
    remote_port: int | None = None,
    *,
    host: str | None = None,
    port: int | None = None,
    username: str | None = None,
    password: str | None = None,
    private_key: str | None = None,
    private_key_path: str | None = None,
    passphrase: str | None = None,
    use_agent: bool = True,
    conda_env: str | None = None,
    saved_server_id: str | None = None,
) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import RemoteViewerStartRequest

    remote_root = str(check_text("remote_root", remote_root, optional=False))
    if connection_id is not None:
        parsed_user, parsed_host, parsed_port = parse_connection_id(connection_id)
        username = username or parsed_user
        host = host or parsed_host
        port = port or parsed_port
    _credentials(host, username, saved_server_id)
    body = RemoteViewerStartRequest(
        remote_root=remote_root,
        host=host,
        port=_check_port(port or 22),
        username=username,
        password=password,
        private_key=private_key,
        private_key_path=private_key_path,
        passphrase=passphrase,
        use_agent=use_agent,
        local_port=_optional_port(local_port, "local_port"),
        remote_port=_optional_port(remote_port, "remote_port"),
        conda_env=conda_env,
        saved_server_id=saved_server_id,
    )
    result: dict[str, Any] = yield Call(start_remote_viewer, {"body": body})
    session = session_record(dict(result.get("session") or {}))
    if "message" in result:
        session["message"] = result["message"]
    return session


def stop_viewer_plan(session_id: str) -> Plan[dict[str, Any]]:
    from runbridge_generated.runicorn_viewer.models import StopViewerRequest

    body = StopViewerRequest(session_id=str(check_text("session_id", session_id, optional=False)))
    result: dict[str, Any] = yield Call(stop_remote_viewer, {"body": body})
    return result


def viewer_sessions_plan() -> Plan[list[dict[str, Any]]]:
    result: dict[str, Any] = yield Call(list_remote_viewer_sessions)
    return [session_record(session) for session in result.get("sessions") or []]


def viewer_status_plan(session_id: str) -> Plan[dict[str, Any]]:
    session_id = str(check_text("session_id", session_id, optional=False))
    result: dict[str, Any] = yield Call(get_remote_viewer_status, {"session_id": session_id})
    return session_record(result)


class RemoteAPI:
    """Remote viewers over SSH (`client.remote`)."""

    def __init__(self, run: SyncRunner) -> None:
        self._run = run

    def connect(
        self,
        host: str | None = None,
        port: int = 22,
        username: str | None = None,
        password: str | None = None,
        private_key_path: str | None = None,
        passphrase: str | None = None,
        *,
        private_key: str | None = None,
        use_agent: bool = True,
        saved_server_id: str | None = None,
    ) -> dict[str, Any]:
        """Open (or reuse) an SSH connection from the viewer; `connection_id` in the result is `user@host:port`."""
        return self._run(
            connect_plan(
                host, port, username, password, private_key_path, passphrase, private_key, use_agent, saved_server_id
            )
        )

    def disconnect(self, host: str, port: int = 22, username: str | None = None) -> dict[str, Any]:
        """Close an SSH connection; `{"ok": False}` when there was none."""
        return self._run(disconnect_plan(host, port, username))

    def list_sessions(self) -> list[dict[str, Any]]:
        """The open SSH connections."""
        return self._run(sessions_plan())

    def get_remote_status(self) -> dict[str, Any]:
        """Open connections and remote viewer sessions, with counts."""
        return self._run(status_plan())

    def start_viewer(
        self,
        connection_id: str | None = None,
        remote_root: str = "",
        local_port: int | None = None,
        remote_port: int | None = None,
        **ssh: Any,
    ) -> dict[str, Any]:
        """Start a viewer on the remote host and tunnel it here; the result has `local_port` and `url`.

        `ssh` takes host, port, username, password, private_key, private_key_path, passphrase, use_agent,
        conda_env and saved_server_id, for when `connection_id` does not say it all.
        """
        return self._run(start_viewer_plan(connection_id, remote_root, local_port, remote_port, **ssh))

    def stop_viewer(self, session_id: str) -> dict[str, Any]:
        """Stop a remote viewer session and its tunnel (NotFoundError for an unknown session)."""
        return self._run(stop_viewer_plan(session_id))

    def list_viewer_sessions(self) -> list[dict[str, Any]]:
        """The remote viewer sessions."""
        return self._run(viewer_sessions_plan())

    def get_viewer_status(self, session_id: str) -> dict[str, Any]:
        """One remote viewer session."""
        return self._run(viewer_status_plan(session_id))


class AsyncRemoteAPI:
    """The asyncio twin of RemoteAPI (`async_client.remote`)."""

    def __init__(self, run: AsyncRunner) -> None:
        self._run = run

    async def connect(
        self,
        host: str | None = None,
        port: int = 22,
        username: str | None = None,
        password: str | None = None,
        private_key_path: str | None = None,
        passphrase: str | None = None,
        *,
        private_key: str | None = None,
        use_agent: bool = True,
        saved_server_id: str | None = None,
    ) -> dict[str, Any]:
        """Open (or reuse) an SSH connection from the viewer."""
        return await self._run(
            connect_plan(
                host, port, username, password, private_key_path, passphrase, private_key, use_agent, saved_server_id
            )
        )

    async def disconnect(self, host: str, port: int = 22, username: str | None = None) -> dict[str, Any]:
        """Close an SSH connection."""
        return await self._run(disconnect_plan(host, port, username))

    async def list_sessions(self) -> list[dict[str, Any]]:
        """The open SSH connections."""
        return await self._run(sessions_plan())

    async def get_remote_status(self) -> dict[str, Any]:
        """Open connections and remote viewer sessions."""
        return await self._run(status_plan())

    async def start_viewer(
        self,
        connection_id: str | None = None,
        remote_root: str = "",
        local_port: int | None = None,
        remote_port: int | None = None,
        **ssh: Any,
    ) -> dict[str, Any]:
        """Start a viewer on the remote host and tunnel it here."""
        return await self._run(start_viewer_plan(connection_id, remote_root, local_port, remote_port, **ssh))

    async def stop_viewer(self, session_id: str) -> dict[str, Any]:
        """Stop a remote viewer session."""
        return await self._run(stop_viewer_plan(session_id))

    async def list_viewer_sessions(self) -> list[dict[str, Any]]:
        """The remote viewer sessions."""
        return await self._run(viewer_sessions_plan())

    async def get_viewer_status(self, session_id: str) -> dict[str, Any]:
        """One remote viewer session."""
        return await self._run(viewer_status_plan(session_id))
