from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RemoteConnectResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("ok", "connection_id", "host", "port", "username", "connected"))


@_attrs_define
class RemoteConnectResult:
    """
    Attributes:
        ok (bool):
        connection_id (str):
        host (str | Unset):
        port (int | Unset):
        username (str | Unset):
        connected (bool | Unset):
    """

    ok: bool
    connection_id: str
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    username: str | Unset = UNSET
    connected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        connection_id = self.connection_id

        host = self.host

        port = self.port

        username = self.username

        connected = self.connected

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "ok": ok,
                "connection_id": connection_id,
            }
        )
        if host is not UNSET:
            fields_["host"] = host
        if port is not UNSET:
            fields_["port"] = port
        if username is not UNSET:
            fields_["username"] = username
        if connected is not UNSET:
            fields_["connected"] = connected

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            ok = data_["ok"]
            if not isinstance(ok, bool):
                raise TypeError(f"expected bool, got {type(ok).__name__}")
        except Exception as error_:
            raise FieldError.at("ok", data_, error_) from None
        try:
            connection_id = data_["connection_id"]
            if not isinstance(connection_id, str):
                raise TypeError(f"expected str, got {type(connection_id).__name__}")
        except Exception as error_:
            raise FieldError.at("connection_id", data_, error_) from None
        host = data_.get("host", UNSET)
        if (not isinstance(host, str)) and not isinstance(host, Unset):
            raise FieldError.at("host", data_, TypeError(f"expected str, got {type(host).__name__}"))
        port = data_.get("port", UNSET)
        if (not isinstance(port, int) or port is True or port is False) and not isinstance(port, Unset):
            raise FieldError.at("port", data_, TypeError(f"expected int, got {type(port).__name__}"))
        username = data_.get("username", UNSET)
        if (not isinstance(username, str)) and not isinstance(username, Unset):
            raise FieldError.at("username", data_, TypeError(f"expected str, got {type(username).__name__}"))
        connected = data_.get("connected", UNSET)
        if (not isinstance(connected, bool)) and not isinstance(connected, Unset):
            raise FieldError.at("connected", data_, TypeError(f"expected bool, got {type(connected).__name__}"))
        instance_ = cls_(
            ok=ok,
            connection_id=connection_id,
            host=host,
            port=port,
            username=username,
            connected=connected,
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
