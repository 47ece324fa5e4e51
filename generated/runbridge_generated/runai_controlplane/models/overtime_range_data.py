from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OvertimeRangeData")


@_attrs_define
class OvertimeRangeData:
    """
    Attributes:
        average_gpu_allocation (float | Unset):
        average_gpu_utilization (float | Unset):
        average_gpu_memory_utilization (float | None | Unset):
        updated_at (datetime.datetime | Unset):
    """

    average_gpu_allocation: float | Unset = UNSET
    average_gpu_utilization: float | Unset = UNSET
    average_gpu_memory_utilization: float | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_gpu_allocation = self.average_gpu_allocation

        average_gpu_utilization = self.average_gpu_utilization

        average_gpu_memory_utilization: float | None | Unset
        if isinstance(self.average_gpu_memory_utilization, Unset):
            average_gpu_memory_utilization = UNSET
        else:
            average_gpu_memory_utilization = self.average_gpu_memory_utilization

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_gpu_allocation is not UNSET:
            field_dict["averageGpuAllocation"] = average_gpu_allocation
        if average_gpu_utilization is not UNSET:
            field_dict["averageGpuUtilization"] = average_gpu_utilization
        if average_gpu_memory_utilization is not UNSET:
            field_dict["averageGpuMemoryUtilization"] = average_gpu_memory_utilization
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_gpu_allocation = d.pop("averageGpuAllocation", UNSET)

        average_gpu_utilization = d.pop("averageGpuUtilization", UNSET)

        def _parse_average_gpu_memory_utilization(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_gpu_memory_utilization = _parse_average_gpu_memory_utilization(
            d.pop("averageGpuMemoryUtilization", UNSET)
        )

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        instance_ = cls(
            average_gpu_allocation=average_gpu_allocation,
            average_gpu_utilization=average_gpu_utilization,
            average_gpu_memory_utilization=average_gpu_memory_utilization,
            updated_at=updated_at,
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
