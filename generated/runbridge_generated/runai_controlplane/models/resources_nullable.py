from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ResourcesNullable")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("nodePool", "gpu", "cpu", "memory", "priority"))


@_attrs_define
class ResourcesNullable:
    """
    Attributes:
        node_pool (None | ResourcesNullableNodePoolType0 | Unset):
        gpu (NonNullResource | Unset):
        cpu (Resource | Unset):
        memory (None | ResourcesNullableMemoryType0 | Unset):
        priority (None | str | Unset):
    """

    node_pool: None | ResourcesNullableNodePoolType0 | Unset = UNSET
    gpu: NonNullResource | Unset = UNSET
    cpu: Resource | Unset = UNSET
    memory: None | ResourcesNullableMemoryType0 | Unset = UNSET
    priority: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool: dict[str, Any] | None | Unset
        if isinstance(self.node_pool, Unset):
            node_pool = UNSET
        elif isinstance(self.node_pool, ResourcesNullableNodePoolType0):
            node_pool = self.node_pool.to_dict()
        else:
            node_pool = self.node_pool

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory: dict[str, Any] | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        elif isinstance(self.memory, ResourcesNullableMemoryType0):
            memory = self.memory.to_dict()
        else:
            memory = self.memory

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if node_pool is not UNSET:
            fields_["nodePool"] = node_pool
        if gpu is not UNSET:
            fields_["gpu"] = gpu
        if cpu is not UNSET:
            fields_["cpu"] = cpu
        if memory is not UNSET:
            fields_["memory"] = memory
        if priority is not UNSET:
            fields_["priority"] = priority

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _node_pool = data_.get("nodePool", UNSET)
            node_pool: None | ResourcesNullableNodePoolType0 | Unset
            if _node_pool is None:
                node_pool = None
            elif isinstance(_node_pool, Unset):
                node_pool = UNSET
            elif isinstance(_node_pool, dict):
                node_pool_type_0 = ResourcesNullableNodePoolType0.from_dict(_node_pool)

                node_pool = node_pool_type_0

            else:
                raise TypeError(
                    f"expected None | ResourcesNullableNodePoolType0 | Unset, got {type(_node_pool).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("nodePool", data_, error_) from None
        try:
            _gpu = data_.get("gpu", UNSET)
            gpu: NonNullResource | Unset
            if isinstance(_gpu, Unset):
                gpu = UNSET
            else:
                gpu = NonNullResource.from_dict(_gpu)

        except Exception as error_:
            raise FieldError.at("gpu", data_, error_) from None
        try:
            _cpu = data_.get("cpu", UNSET)
            cpu: Resource | Unset
            if isinstance(_cpu, Unset):
                cpu = UNSET
            else:
                cpu = Resource.from_dict(_cpu)

        except Exception as error_:
            raise FieldError.at("cpu", data_, error_) from None
        try:
            _memory = data_.get("memory", UNSET)
            memory: None | ResourcesNullableMemoryType0 | Unset
            if _memory is None:
                memory = None
            elif isinstance(_memory, Unset):
                memory = UNSET
            elif isinstance(_memory, dict):
                memory_type_0 = ResourcesNullableMemoryType0.from_dict(_memory)

                memory = memory_type_0

            else:
                raise TypeError(f"expected None | ResourcesNullableMemoryType0 | Unset, got {type(_memory).__name__}")

        except Exception as error_:
            raise FieldError.at("memory", data_, error_) from None
        try:
            _priority = data_.get("priority", UNSET)
            priority: None | str | Unset
            if _priority is None:
                priority = None
            elif isinstance(_priority, Unset):
                priority = UNSET
            elif isinstance(_priority, str):
                priority = _priority
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_priority).__name__}")

        except Exception as error_:
            raise FieldError.at("priority", data_, error_) from None
        instance_ = cls_(
            node_pool=node_pool,
            gpu=gpu,
            cpu=cpu,
            memory=memory,
            priority=priority,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.non_null_resource import NonNullResource  # noqa: E402
from ..models.resource import Resource  # noqa: E402
from ..models.resources_nullable_memory_type_0 import ResourcesNullableMemoryType0  # noqa: E402
from ..models.resources_nullable_node_pool_type_0 import ResourcesNullableNodePoolType0  # noqa: E402
