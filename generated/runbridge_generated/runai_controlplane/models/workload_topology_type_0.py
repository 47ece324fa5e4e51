from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadTopologyType0")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_placement is not UNSET:
            field_dict["preferredPlacement"] = preferred_placement
        if required_placement is not UNSET:
            field_dict["requiredPlacement"] = required_placement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        preferred_placement = d.pop("preferredPlacement", UNSET)

        required_placement = d.pop("requiredPlacement", UNSET)

        instance_ = cls(
            name=name,
            preferred_placement=preferred_placement,
            required_placement=required_placement,
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
