from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteConnection")


@_attrs_define
class RemoteConnection:
    """
    Attributes:
        key (str):
        host (str):
        port (int | Unset):
        username (str | Unset):
        connected (bool | Unset):
    """

    key: str
    host: str
    port: int | Unset = UNSET
    username: str | Unset = UNSET
    connected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        host = self.host

        port = self.port

        username = self.username

        connected = self.connected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "host": host,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if connected is not UNSET:
            field_dict["connected"] = connected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        host = d.pop("host")

        port = d.pop("port", UNSET)

        username = d.pop("username", UNSET)

        connected = d.pop("connected", UNSET)

        instance_ = cls(
            key=key,
            host=host,
            port=port,
            username=username,
            connected=connected,
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
