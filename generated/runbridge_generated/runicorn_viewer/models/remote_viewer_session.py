from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

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
        except Exception as error_:
            raise FieldError.at("sessionId", data_, error_) from None
        host = data_.get("host", UNSET)
        ssh_port = data_.get("sshPort", UNSET)
        username = data_.get("username", UNSET)
        local_port = data_.get("localPort", UNSET)
        remote_port = data_.get("remotePort", UNSET)
        remote_root = data_.get("remoteRoot", UNSET)
        try:
            _remote_pid = data_.get("remotePid", UNSET)
            remote_pid: int | None | Unset
            if _remote_pid is None:
                remote_pid = None
            elif isinstance(_remote_pid, Unset):
                remote_pid = UNSET
            else:
                remote_pid = cast_(int | None | Unset, _remote_pid)

        except Exception as error_:
            raise FieldError.at("remotePid", data_, error_) from None
        status = data_.get("status", UNSET)
        started_at = data_.get("startedAt", UNSET)
        uptime_seconds = data_.get("uptimeSeconds", UNSET)
        is_active = data_.get("isActive", UNSET)
        url = data_.get("url", UNSET)
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
