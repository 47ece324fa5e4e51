from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="OvertimeRangeData")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("averageGpuAllocation", "averageGpuUtilization", "averageGpuMemoryUtilization", "updatedAt")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if average_gpu_allocation is not UNSET:
            fields_["averageGpuAllocation"] = average_gpu_allocation
        if average_gpu_utilization is not UNSET:
            fields_["averageGpuUtilization"] = average_gpu_utilization
        if average_gpu_memory_utilization is not UNSET:
            fields_["averageGpuMemoryUtilization"] = average_gpu_memory_utilization
        if updated_at is not UNSET:
            fields_["updatedAt"] = updated_at

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        average_gpu_allocation = data_.get("averageGpuAllocation", UNSET)
        if (
            not isinstance(average_gpu_allocation, (int, float))
            or average_gpu_allocation is True
            or average_gpu_allocation is False
        ) and not isinstance(average_gpu_allocation, Unset):
            raise FieldError.at(
                "averageGpuAllocation",
                data_,
                TypeError(f"expected int or float, got {type(average_gpu_allocation).__name__}"),
            )
        average_gpu_utilization = data_.get("averageGpuUtilization", UNSET)
        if (
            not isinstance(average_gpu_utilization, (int, float))
            or average_gpu_utilization is True
            or average_gpu_utilization is False
        ) and not isinstance(average_gpu_utilization, Unset):
            raise FieldError.at(
                "averageGpuUtilization",
                data_,
                TypeError(f"expected int or float, got {type(average_gpu_utilization).__name__}"),
            )
        try:
            _average_gpu_memory_utilization = data_.get("averageGpuMemoryUtilization", UNSET)
            average_gpu_memory_utilization: float | None | Unset
            if _average_gpu_memory_utilization is None:
                average_gpu_memory_utilization = None
            elif isinstance(_average_gpu_memory_utilization, Unset):
                average_gpu_memory_utilization = UNSET
            elif isinstance(_average_gpu_memory_utilization, (int, float)) and not isinstance(
                _average_gpu_memory_utilization, bool
            ):
                average_gpu_memory_utilization = _average_gpu_memory_utilization
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_average_gpu_memory_utilization).__name__}")

        except Exception as error_:
            raise FieldError.at("averageGpuMemoryUtilization", data_, error_) from None
        try:
            _updated_at = data_.get("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        instance_ = cls_(
            average_gpu_allocation=average_gpu_allocation,
            average_gpu_utilization=average_gpu_utilization,
            average_gpu_memory_utilization=average_gpu_memory_utilization,
            updated_at=updated_at,
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
