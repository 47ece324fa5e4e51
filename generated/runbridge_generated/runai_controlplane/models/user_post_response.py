from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="UserPostResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "username", "tempPassword"))


@_attrs_define
class UserPostResponse:
    """
    Attributes:
        id (str):
        username (str):
        temp_password (str):
    """

    id: str
    username: str
    temp_password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        temp_password = self.temp_password

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "username": username,
                "tempPassword": temp_password,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            username = data_["username"]
            if not isinstance(username, str):
                raise TypeError(f"expected str, got {type(username).__name__}")
        except Exception as error_:
            raise FieldError.at("username", data_, error_) from None
        try:
            temp_password = data_["tempPassword"]
            if not isinstance(temp_password, str):
                raise TypeError(f"expected str, got {type(temp_password).__name__}")
        except Exception as error_:
            raise FieldError.at("tempPassword", data_, error_) from None
        instance_ = cls_(
            id=id,
            username=username,
            temp_password=temp_password,
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
