from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.non_null_resource import NonNullResource
    from ..models.resource import Resource
    from ..models.resources_memory_type_0 import ResourcesMemoryType0
    from ..models.resources_node_pool_type_0 import ResourcesNodePoolType0


T = TypeVar("T", bound="Resources")


@_attrs_define
class Resources:
    """
    Attributes:
        gpu (NonNullResource):
        node_pool (None | ResourcesNodePoolType0 | Unset):
        cpu (Resource | Unset):
        memory (None | ResourcesMemoryType0 | Unset):
        priority (None | str | Unset):
    """

    gpu: NonNullResource
    node_pool: None | ResourcesNodePoolType0 | Unset = UNSET
    cpu: Resource | Unset = UNSET
    memory: None | ResourcesMemoryType0 | Unset = UNSET
    priority: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resources_memory_type_0 import ResourcesMemoryType0  # noqa: PLC0415
        from ..models.resources_node_pool_type_0 import ResourcesNodePoolType0  # noqa: PLC0415

        gpu = self.gpu.to_dict()

        node_pool: dict[str, Any] | None | Unset
        if isinstance(self.node_pool, Unset):
            node_pool = UNSET
        elif isinstance(self.node_pool, ResourcesNodePoolType0):
            node_pool = self.node_pool.to_dict()
        else:
            node_pool = self.node_pool

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory: dict[str, Any] | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        elif isinstance(self.memory, ResourcesMemoryType0):
            memory = self.memory.to_dict()
        else:
            memory = self.memory

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gpu": gpu,
            }
        )
        if node_pool is not UNSET:
            field_dict["nodePool"] = node_pool
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.non_null_resource import NonNullResource  # noqa: PLC0415
        from ..models.resource import Resource  # noqa: PLC0415
        from ..models.resources_memory_type_0 import ResourcesMemoryType0  # noqa: PLC0415
        from ..models.resources_node_pool_type_0 import ResourcesNodePoolType0  # noqa: PLC0415

        d = dict(src_dict)
        gpu = NonNullResource.from_dict(d.pop("gpu"))

        def _parse_node_pool(data: object) -> None | ResourcesNodePoolType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_pool_type_0 = ResourcesNodePoolType0.from_dict(data)

                return node_pool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourcesNodePoolType0 | Unset, data)

        node_pool = _parse_node_pool(d.pop("nodePool", UNSET))

        _cpu = d.pop("cpu", UNSET)
        cpu: Resource | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = Resource.from_dict(_cpu)

        def _parse_memory(data: object) -> None | ResourcesMemoryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_type_0 = ResourcesMemoryType0.from_dict(data)

                return memory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourcesMemoryType0 | Unset, data)

        memory = _parse_memory(d.pop("memory", UNSET))

        def _parse_priority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        instance_ = cls(
            gpu=gpu,
            node_pool=node_pool,
            cpu=cpu,
            memory=memory,
            priority=priority,
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
