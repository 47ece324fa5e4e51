from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostKeyProblemHostKey")


@_attrs_define
class HostKeyProblemHostKey:
    """
    Attributes:
        host (str | Unset):
        port (int | Unset):
        key_type (str | Unset):
        public_key (str | Unset):
        fingerprint_sha256 (str | Unset):
    """

    host: str | Unset = UNSET
    port: int | Unset = UNSET
    key_type: str | Unset = UNSET
    public_key: str | Unset = UNSET
    fingerprint_sha256: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        key_type = self.key_type

        public_key = self.public_key

        fingerprint_sha256 = self.fingerprint_sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if fingerprint_sha256 is not UNSET:
            field_dict["fingerprint_sha256"] = fingerprint_sha256

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        key_type = d.pop("key_type", UNSET)

        public_key = d.pop("public_key", UNSET)

        fingerprint_sha256 = d.pop("fingerprint_sha256", UNSET)

        instance_ = cls(
            host=host,
            port=port,
            key_type=key_type,
            public_key=public_key,
            fingerprint_sha256=fingerprint_sha256,
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
