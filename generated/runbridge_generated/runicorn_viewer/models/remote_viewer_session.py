from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteViewerSession")


@_attrs_define
class RemoteViewerSession:
    """A remote viewer session, in the camelCase the viewer's web UI expects.

    Attributes:
        session_id (str):
        host (str | Unset):
        ssh_port (int | Unset):
        username (str | Unset):
        local_port (int | Unset):
        remote_port (int | Unset):
        remote_root (str | Unset):
        remote_pid (int | None | Unset):
        status (str | Unset):
        started_at (int | Unset): milliseconds since the epoch
        uptime_seconds (float | Unset):
        is_active (bool | Unset):
        url (str | Unset):
    """

    session_id: str
    host: str | Unset = UNSET
    ssh_port: int | Unset = UNSET
    username: str | Unset = UNSET
    local_port: int | Unset = UNSET
    remote_port: int | Unset = UNSET
    remote_root: str | Unset = UNSET
    remote_pid: int | None | Unset = UNSET
    status: str | Unset = UNSET
    started_at: int | Unset = UNSET
    uptime_seconds: float | Unset = UNSET
    is_active: bool | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        host = self.host

        ssh_port = self.ssh_port

        username = self.username

        local_port = self.local_port

        remote_port = self.remote_port

        remote_root = self.remote_root

        remote_pid: int | None | Unset
        if isinstance(self.remote_pid, Unset):
            remote_pid = UNSET
        else:
            remote_pid = self.remote_pid

        status = self.status

        started_at = self.started_at

        uptime_seconds = self.uptime_seconds

        is_active = self.is_active

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if ssh_port is not UNSET:
            field_dict["sshPort"] = ssh_port
        if username is not UNSET:
            field_dict["username"] = username
        if local_port is not UNSET:
            field_dict["localPort"] = local_port
        if remote_port is not UNSET:
            field_dict["remotePort"] = remote_port
        if remote_root is not UNSET:
            field_dict["remoteRoot"] = remote_root
        if remote_pid is not UNSET:
            field_dict["remotePid"] = remote_pid
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if uptime_seconds is not UNSET:
            field_dict["uptimeSeconds"] = uptime_seconds
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        host = d.pop("host", UNSET)

        ssh_port = d.pop("sshPort", UNSET)

        username = d.pop("username", UNSET)

        local_port = d.pop("localPort", UNSET)

        remote_port = d.pop("remotePort", UNSET)

        remote_root = d.pop("remoteRoot", UNSET)

        def _parse_remote_pid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remote_pid = _parse_remote_pid(d.pop("remotePid", UNSET))

        status = d.pop("status", UNSET)

        started_at = d.pop("startedAt", UNSET)

        uptime_seconds = d.pop("uptimeSeconds", UNSET)

        is_active = d.pop("isActive", UNSET)

        url = d.pop("url", UNSET)

        instance_ = cls(
            session_id=session_id,
            host=host,
            ssh_port=ssh_port,
            username=username,
            local_port=local_port,
            remote_port=remote_port,
            remote_root=remote_root,
            remote_pid=remote_pid,
            status=status,
            started_at=started_at,
            uptime_seconds=uptime_seconds,
            is_active=is_active,
            url=url,
        )

        instance_.additional_properties = d
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
