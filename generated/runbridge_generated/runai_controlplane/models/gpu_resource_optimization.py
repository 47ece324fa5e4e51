from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GPUResourceOptimization")


@_attrs_define
class GPUResourceOptimization:
    """
    Attributes:
        swap_enabled (bool | None | Unset):  Default: False.
        cpu_swap_memory_size (None | str | Unset):  Default: '100G'.
        reserved_gpu_memory_for_swap_operations (None | str | Unset):  Default: '2G'.
        node_level_scheduler_enabled (bool | None | Unset):  Default: False.
    """

    swap_enabled: bool | None | Unset = False
    cpu_swap_memory_size: None | str | Unset = "100G"
    reserved_gpu_memory_for_swap_operations: None | str | Unset = "2G"
    node_level_scheduler_enabled: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        swap_enabled: bool | None | Unset
        if isinstance(self.swap_enabled, Unset):
            swap_enabled = UNSET
        else:
            swap_enabled = self.swap_enabled

        cpu_swap_memory_size: None | str | Unset
        if isinstance(self.cpu_swap_memory_size, Unset):
            cpu_swap_memory_size = UNSET
        else:
            cpu_swap_memory_size = self.cpu_swap_memory_size

        reserved_gpu_memory_for_swap_operations: None | str | Unset
        if isinstance(self.reserved_gpu_memory_for_swap_operations, Unset):
            reserved_gpu_memory_for_swap_operations = UNSET
        else:
            reserved_gpu_memory_for_swap_operations = self.reserved_gpu_memory_for_swap_operations

        node_level_scheduler_enabled: bool | None | Unset
        if isinstance(self.node_level_scheduler_enabled, Unset):
            node_level_scheduler_enabled = UNSET
        else:
            node_level_scheduler_enabled = self.node_level_scheduler_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if swap_enabled is not UNSET:
            field_dict["swapEnabled"] = swap_enabled
        if cpu_swap_memory_size is not UNSET:
            field_dict["cpuSwapMemorySize"] = cpu_swap_memory_size
        if reserved_gpu_memory_for_swap_operations is not UNSET:
            field_dict["reservedGpuMemoryForSwapOperations"] = reserved_gpu_memory_for_swap_operations
        if node_level_scheduler_enabled is not UNSET:
            field_dict["nodeLevelSchedulerEnabled"] = node_level_scheduler_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_swap_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        swap_enabled = _parse_swap_enabled(d.pop("swapEnabled", UNSET))

        def _parse_cpu_swap_memory_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_swap_memory_size = _parse_cpu_swap_memory_size(d.pop("cpuSwapMemorySize", UNSET))

        def _parse_reserved_gpu_memory_for_swap_operations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reserved_gpu_memory_for_swap_operations = _parse_reserved_gpu_memory_for_swap_operations(
            d.pop("reservedGpuMemoryForSwapOperations", UNSET)
        )

        def _parse_node_level_scheduler_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        node_level_scheduler_enabled = _parse_node_level_scheduler_enabled(d.pop("nodeLevelSchedulerEnabled", UNSET))

        instance_ = cls(
            swap_enabled=swap_enabled,
            cpu_swap_memory_size=cpu_swap_memory_size,
            reserved_gpu_memory_for_swap_operations=reserved_gpu_memory_for_swap_operations,
            node_level_scheduler_enabled=node_level_scheduler_enabled,
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
