from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="HostKeyProblemHostKey")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("host", "port", "key_type", "public_key", "fingerprint_sha256"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if host is not UNSET:
            fields_["host"] = host
        if port is not UNSET:
            fields_["port"] = port
        if key_type is not UNSET:
            fields_["key_type"] = key_type
        if public_key is not UNSET:
            fields_["public_key"] = public_key
        if fingerprint_sha256 is not UNSET:
            fields_["fingerprint_sha256"] = fingerprint_sha256

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        host = data_.get("host", UNSET)
        if (not isinstance(host, str)) and not isinstance(host, Unset):
            raise FieldError.at("host", data_, TypeError(f"expected str, got {type(host).__name__}"))
        port = data_.get("port", UNSET)
        if (not isinstance(port, int) or port is True or port is False) and not isinstance(port, Unset):
            raise FieldError.at("port", data_, TypeError(f"expected int, got {type(port).__name__}"))
        key_type = data_.get("key_type", UNSET)
        if (not isinstance(key_type, str)) and not isinstance(key_type, Unset):
            raise FieldError.at("key_type", data_, TypeError(f"expected str, got {type(key_type).__name__}"))
        public_key = data_.get("public_key", UNSET)
        if (not isinstance(public_key, str)) and not isinstance(public_key, Unset):
            raise FieldError.at("public_key", data_, TypeError(f"expected str, got {type(public_key).__name__}"))
        fingerprint_sha256 = data_.get("fingerprint_sha256", UNSET)
        if (not isinstance(fingerprint_sha256, str)) and not isinstance(fingerprint_sha256, Unset):
            raise FieldError.at(
                "fingerprint_sha256", data_, TypeError(f"expected str, got {type(fingerprint_sha256).__name__}")
            )
        instance_ = cls_(
            host=host,
            port=port,
            key_type=key_type,
            public_key=public_key,
            fingerprint_sha256=fingerprint_sha256,
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
