from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Resource1")


@_attrs_define
class Resource1:
    """
    Attributes:
        deserved (float | Unset):
        max_allowed (float | Unset):
        over_quota_weight (float | Unset):
    """

    deserved: float | Unset = UNSET
    max_allowed: float | Unset = UNSET
    over_quota_weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deserved = self.deserved

        max_allowed = self.max_allowed

        over_quota_weight = self.over_quota_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deserved is not UNSET:
            field_dict["deserved"] = deserved
        if max_allowed is not UNSET:
            field_dict["maxAllowed"] = max_allowed
        if over_quota_weight is not UNSET:
            field_dict["overQuotaWeight"] = over_quota_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deserved = d.pop("deserved", UNSET)

        max_allowed = d.pop("maxAllowed", UNSET)

        over_quota_weight = d.pop("overQuotaWeight", UNSET)

        instance_ = cls(
            deserved=deserved,
            max_allowed=max_allowed,
            over_quota_weight=over_quota_weight,
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
