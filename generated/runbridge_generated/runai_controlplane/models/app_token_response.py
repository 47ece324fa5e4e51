from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="AppTokenResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("access_token", "id_token"))


@_attrs_define
class AppTokenResponse:
    """
    Attributes:
        access_token (str):
        id_token (str):
    """

    access_token: str
    id_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        id_token = self.id_token

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "access_token": access_token,
                "id_token": id_token,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            access_token = data_["access_token"]
            if not isinstance(access_token, str):
                raise TypeError(f"expected str, got {type(access_token).__name__}")
        except Exception as error_:
            raise FieldError.at("access_token", data_, error_) from None
        try:
            id_token = data_["id_token"]
            if not isinstance(id_token, str):
                raise TypeError(f"expected str, got {type(id_token).__name__}")
        except Exception as error_:
            raise FieldError.at("id_token", data_, error_) from None
        instance_ = cls_(
            access_token=access_token,
            id_token=id_token,
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
