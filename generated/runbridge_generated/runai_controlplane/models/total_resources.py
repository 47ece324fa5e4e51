from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalResources")


@_attrs_define
class TotalResources:
    """
    Attributes:
        gpu_quota (float | None | Unset):
        cpu_quota (float | None | Unset):
        memory_quota (float | None | Unset):
    """

    gpu_quota: float | None | Unset = UNSET
    cpu_quota: float | None | Unset = UNSET
    memory_quota: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_quota: float | None | Unset
        if isinstance(self.gpu_quota, Unset):
            gpu_quota = UNSET
        else:
            gpu_quota = self.gpu_quota

        cpu_quota: float | None | Unset
        if isinstance(self.cpu_quota, Unset):
            cpu_quota = UNSET
        else:
            cpu_quota = self.cpu_quota

        memory_quota: float | None | Unset
        if isinstance(self.memory_quota, Unset):
            memory_quota = UNSET
        else:
            memory_quota = self.memory_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_quota is not UNSET:
            field_dict["gpuQuota"] = gpu_quota
        if cpu_quota is not UNSET:
            field_dict["cpuQuota"] = cpu_quota
        if memory_quota is not UNSET:
            field_dict["memoryQuota"] = memory_quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_gpu_quota(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu_quota = _parse_gpu_quota(d.pop("gpuQuota", UNSET))

        def _parse_cpu_quota(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_quota = _parse_cpu_quota(d.pop("cpuQuota", UNSET))

        def _parse_memory_quota(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        memory_quota = _parse_memory_quota(d.pop("memoryQuota", UNSET))

        instance_ = cls(
            gpu_quota=gpu_quota,
            cpu_quota=cpu_quota,
            memory_quota=memory_quota,
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
