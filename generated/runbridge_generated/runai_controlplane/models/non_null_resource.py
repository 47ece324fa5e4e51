from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NonNullResource")


@_attrs_define
class NonNullResource:
    """
    Attributes:
        deserved (float | Unset):  Default: 0.0.
        limit (float | None | Unset):
        over_quota_weight (float | None | Unset):
    """

    deserved: float | Unset = 0.0
    limit: float | None | Unset = UNSET
    over_quota_weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deserved = self.deserved

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        over_quota_weight: float | None | Unset
        if isinstance(self.over_quota_weight, Unset):
            over_quota_weight = UNSET
        else:
            over_quota_weight = self.over_quota_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deserved is not UNSET:
            field_dict["deserved"] = deserved
        if limit is not UNSET:
            field_dict["limit"] = limit
        if over_quota_weight is not UNSET:
            field_dict["overQuotaWeight"] = over_quota_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deserved = d.pop("deserved", UNSET)

        def _parse_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_over_quota_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        over_quota_weight = _parse_over_quota_weight(d.pop("overQuotaWeight", UNSET))

        instance_ = cls(
            deserved=deserved,
            limit=limit,
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
