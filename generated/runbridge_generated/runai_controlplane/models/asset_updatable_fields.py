from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetUpdatableFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "description"))


@_attrs_define
class AssetUpdatableFields:
    """
    Attributes:
        name (str):
        description (str | Unset):
    """

    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            fields_["description"] = description

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        description = data_.get("description", UNSET)
        if (not isinstance(description, str)) and not isinstance(description, Unset):
            raise FieldError.at("description", data_, TypeError(f"expected str, got {type(description).__name__}"))
        instance_ = cls_(
            name=name,
            description=description,
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
