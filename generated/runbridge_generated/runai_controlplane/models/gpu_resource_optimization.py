from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GPUResourceOptimization")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("swapEnabled", "cpuSwapMemorySize", "reservedGpuMemoryForSwapOperations", "nodeLevelSchedulerEnabled")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if swap_enabled is not UNSET:
            fields_["swapEnabled"] = swap_enabled
        if cpu_swap_memory_size is not UNSET:
            fields_["cpuSwapMemorySize"] = cpu_swap_memory_size
        if reserved_gpu_memory_for_swap_operations is not UNSET:
            fields_["reservedGpuMemoryForSwapOperations"] = reserved_gpu_memory_for_swap_operations
        if node_level_scheduler_enabled is not UNSET:
            fields_["nodeLevelSchedulerEnabled"] = node_level_scheduler_enabled

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _swap_enabled = data_.get("swapEnabled", UNSET)
            swap_enabled: bool | None | Unset
            if _swap_enabled is None:
                swap_enabled = None
            elif isinstance(_swap_enabled, Unset):
                swap_enabled = UNSET
            elif isinstance(_swap_enabled, bool):
                swap_enabled = _swap_enabled
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_swap_enabled).__name__}")

        except Exception as error_:
            raise FieldError.at("swapEnabled", data_, error_) from None
        try:
            _cpu_swap_memory_size = data_.get("cpuSwapMemorySize", UNSET)
            cpu_swap_memory_size: None | str | Unset
            if _cpu_swap_memory_size is None:
                cpu_swap_memory_size = None
            elif isinstance(_cpu_swap_memory_size, Unset):
                cpu_swap_memory_size = UNSET
            elif isinstance(_cpu_swap_memory_size, str):
                cpu_swap_memory_size = _cpu_swap_memory_size
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_cpu_swap_memory_size).__name__}")

        except Exception as error_:
            raise FieldError.at("cpuSwapMemorySize", data_, error_) from None
        try:
            _reserved_gpu_memory_for_swap_operations = data_.get("reservedGpuMemoryForSwapOperations", UNSET)
            reserved_gpu_memory_for_swap_operations: None | str | Unset
            if _reserved_gpu_memory_for_swap_operations is None:
                reserved_gpu_memory_for_swap_operations = None
            elif isinstance(_reserved_gpu_memory_for_swap_operations, Unset):
                reserved_gpu_memory_for_swap_operations = UNSET
            elif isinstance(_reserved_gpu_memory_for_swap_operations, str):
                reserved_gpu_memory_for_swap_operations = _reserved_gpu_memory_for_swap_operations
            else:
                raise TypeError(
                    f"expected None | str | Unset, got {type(_reserved_gpu_memory_for_swap_operations).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("reservedGpuMemoryForSwapOperations", data_, error_) from None
        try:
            _node_level_scheduler_enabled = data_.get("nodeLevelSchedulerEnabled", UNSET)
            node_level_scheduler_enabled: bool | None | Unset
            if _node_level_scheduler_enabled is None:
                node_level_scheduler_enabled = None
            elif isinstance(_node_level_scheduler_enabled, Unset):
                node_level_scheduler_enabled = UNSET
            elif isinstance(_node_level_scheduler_enabled, bool):
                node_level_scheduler_enabled = _node_level_scheduler_enabled
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_node_level_scheduler_enabled).__name__}")

        except Exception as error_:
            raise FieldError.at("nodeLevelSchedulerEnabled", data_, error_) from None
        instance_ = cls_(
            swap_enabled=swap_enabled,
            cpu_swap_memory_size=cpu_swap_memory_size,
            reserved_gpu_memory_for_swap_operations=reserved_gpu_memory_for_swap_operations,
            node_level_scheduler_enabled=node_level_scheduler_enabled,
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
