from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="WorkloadTopologyType0")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "preferredPlacement", "requiredPlacement"))


@_attrs_define
class WorkloadTopologyType0:
    """
    Attributes:
        name (str | Unset):
        preferred_placement (str | Unset):
        required_placement (str | Unset):
    """

    name: str | Unset = UNSET
    preferred_placement: str | Unset = UNSET
    required_placement: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        preferred_placement = self.preferred_placement

        required_placement = self.required_placement

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if preferred_placement is not UNSET:
            fields_["preferredPlacement"] = preferred_placement
        if required_placement is not UNSET:
            fields_["requiredPlacement"] = required_placement

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        preferred_placement = data_.get("preferredPlacement", UNSET)
        if (not isinstance(preferred_placement, str)) and not isinstance(preferred_placement, Unset):
            raise FieldError.at(
                "preferredPlacement", data_, TypeError(f"expected str, got {type(preferred_placement).__name__}")
            )
        required_placement = data_.get("requiredPlacement", UNSET)
        if (not isinstance(required_placement, str)) and not isinstance(required_placement, Unset):
            raise FieldError.at(
                "requiredPlacement", data_, TypeError(f"expected str, got {type(required_placement).__name__}")
            )
        instance_ = cls_(
            name=name,
            preferred_placement=preferred_placement,
            required_placement=required_placement,
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
