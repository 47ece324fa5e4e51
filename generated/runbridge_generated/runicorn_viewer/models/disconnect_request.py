from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DisconnectRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("host", "username", "port"))


@_attrs_define
class DisconnectRequest:
    """
    Attributes:
        host (str):
        username (str):
        port (int | Unset):  Default: 22.
    """

    host: str
    username: str
    port: int | Unset = 22
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        username = self.username

        port = self.port

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "host": host,
                "username": username,
            }
        )
        if port is not UNSET:
            fields_["port"] = port

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            host = data_["host"]
            if not isinstance(host, str):
                raise TypeError(f"expected str, got {type(host).__name__}")
        except Exception as error_:
            raise FieldError.at("host", data_, error_) from None
        try:
            username = data_["username"]
            if not isinstance(username, str):
                raise TypeError(f"expected str, got {type(username).__name__}")
        except Exception as error_:
            raise FieldError.at("username", data_, error_) from None
        port = data_.get("port", UNSET)
        if (not isinstance(port, int) or port is True or port is False) and not isinstance(port, Unset):
            raise FieldError.at("port", data_, TypeError(f"expected int, got {type(port).__name__}"))
        instance_ = cls_(
            host=host,
            username=username,
            port=port,
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
