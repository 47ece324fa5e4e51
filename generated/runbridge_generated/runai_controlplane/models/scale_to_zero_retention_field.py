from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScaleToZeroRetentionField")


@_attrs_define
class ScaleToZeroRetentionField:
    """
    Attributes:
        scale_to_zero_retention_seconds (int | None | Unset):
    """

    scale_to_zero_retention_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_to_zero_retention_seconds: int | None | Unset
        if isinstance(self.scale_to_zero_retention_seconds, Unset):
            scale_to_zero_retention_seconds = UNSET
        else:
            scale_to_zero_retention_seconds = self.scale_to_zero_retention_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_to_zero_retention_seconds is not UNSET:
            field_dict["scaleToZeroRetentionSeconds"] = scale_to_zero_retention_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_scale_to_zero_retention_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale_to_zero_retention_seconds = _parse_scale_to_zero_retention_seconds(
            d.pop("scaleToZeroRetentionSeconds", UNSET)
        )

        instance_ = cls(
            scale_to_zero_retention_seconds=scale_to_zero_retention_seconds,
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
