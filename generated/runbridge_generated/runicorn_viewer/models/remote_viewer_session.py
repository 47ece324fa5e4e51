from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RemoteViewerSession")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "sessionId",
        "host",
        "sshPort",
        "username",
        "localPort",
        "remotePort",
        "remoteRoot",
        "remotePid",
        "status",
        "startedAt",
        "uptimeSeconds",
        "isActive",
        "url",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "sessionId": session_id,
            }
        )
        if host is not UNSET:
            fields_["host"] = host
        if ssh_port is not UNSET:
            fields_["sshPort"] = ssh_port
        if username is not UNSET:
            fields_["username"] = username
        if local_port is not UNSET:
            fields_["localPort"] = local_port
        if remote_port is not UNSET:
            fields_["remotePort"] = remote_port
        if remote_root is not UNSET:
            fields_["remoteRoot"] = remote_root
        if remote_pid is not UNSET:
            fields_["remotePid"] = remote_pid
        if status is not UNSET:
            fields_["status"] = status
        if started_at is not UNSET:
            fields_["startedAt"] = started_at
        if uptime_seconds is not UNSET:
            fields_["uptimeSeconds"] = uptime_seconds
        if is_active is not UNSET:
            fields_["isActive"] = is_active
        if url is not UNSET:
            fields_["url"] = url

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            session_id = data_["sessionId"]
            if not isinstance(session_id, str):
                raise TypeError(f"expected str, got {type(session_id).__name__}")
        except Exception as error_:
            raise FieldError.at("sessionId", data_, error_) from None
        host = data_.get("host", UNSET)
        if (not isinstance(host, str)) and not isinstance(host, Unset):
            raise FieldError.at("host", data_, TypeError(f"expected str, got {type(host).__name__}"))
        ssh_port = data_.get("sshPort", UNSET)
        if (not isinstance(ssh_port, int) or ssh_port is True or ssh_port is False) and not isinstance(ssh_port, Unset):
            raise FieldError.at("sshPort", data_, TypeError(f"expected int, got {type(ssh_port).__name__}"))
        username = data_.get("username", UNSET)
        if (not isinstance(username, str)) and not isinstance(username, Unset):
            raise FieldError.at("username", data_, TypeError(f"expected str, got {type(username).__name__}"))
        local_port = data_.get("localPort", UNSET)
        if (not isinstance(local_port, int) or local_port is True or local_port is False) and not isinstance(
            local_port, Unset
        ):
            raise FieldError.at("localPort", data_, TypeError(f"expected int, got {type(local_port).__name__}"))
        remote_port = data_.get("remotePort", UNSET)
        if (not isinstance(remote_port, int) or remote_port is True or remote_port is False) and not isinstance(
            remote_port, Unset
        ):
            raise FieldError.at("remotePort", data_, TypeError(f"expected int, got {type(remote_port).__name__}"))
        remote_root = data_.get("remoteRoot", UNSET)
        if (not isinstance(remote_root, str)) and not isinstance(remote_root, Unset):
            raise FieldError.at("remoteRoot", data_, TypeError(f"expected str, got {type(remote_root).__name__}"))
        try:
            _remote_pid = data_.get("remotePid", UNSET)
            remote_pid: int | None | Unset
            if _remote_pid is None:
                remote_pid = None
            elif isinstance(_remote_pid, Unset):
                remote_pid = UNSET
            elif isinstance(_remote_pid, int) and not isinstance(_remote_pid, bool):
                remote_pid = _remote_pid
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_remote_pid).__name__}")

        except Exception as error_:
            raise FieldError.at("remotePid", data_, error_) from None
        status = data_.get("status", UNSET)
        if (not isinstance(status, str)) and not isinstance(status, Unset):
            raise FieldError.at("status", data_, TypeError(f"expected str, got {type(status).__name__}"))
        started_at = data_.get("startedAt", UNSET)
        if (not isinstance(started_at, int) or started_at is True or started_at is False) and not isinstance(
            started_at, Unset
        ):
            raise FieldError.at("startedAt", data_, TypeError(f"expected int, got {type(started_at).__name__}"))
        uptime_seconds = data_.get("uptimeSeconds", UNSET)
        if (
            not isinstance(uptime_seconds, (int, float)) or uptime_seconds is True or uptime_seconds is False
        ) and not isinstance(uptime_seconds, Unset):
            raise FieldError.at(
                "uptimeSeconds", data_, TypeError(f"expected int or float, got {type(uptime_seconds).__name__}")
            )
        is_active = data_.get("isActive", UNSET)
        if (not isinstance(is_active, bool)) and not isinstance(is_active, Unset):
            raise FieldError.at("isActive", data_, TypeError(f"expected bool, got {type(is_active).__name__}"))
        url = data_.get("url", UNSET)
        if (not isinstance(url, str)) and not isinstance(url, Unset):
            raise FieldError.at("url", data_, TypeError(f"expected str, got {type(url).__name__}"))
        instance_ = cls_(
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

        if not _FIELDS.issuperset(data_):
            instance_.additional_properties = {key_: value_ for key_, value_ in data_.items() if key_ not in _FIELDS}
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
