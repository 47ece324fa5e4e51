from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_1 import Resource1


T = TypeVar("T", bound="AssignedResources")


@_attrs_define
class AssignedResources:
    """
    Attributes:
        id (float | Unset):
        gpu (Resource1 | Unset):
        cpu (Resource1 | Unset):
        memory (Resource1 | Unset):
    """

    id: float | Unset = UNSET
    gpu: Resource1 | Unset = UNSET
    cpu: Resource1 | Unset = UNSET
    memory: Resource1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_1 import Resource1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _gpu = d.pop("gpu", UNSET)
        gpu: Resource1 | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = Resource1.from_dict(_gpu)

        _cpu = d.pop("cpu", UNSET)
        cpu: Resource1 | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = Resource1.from_dict(_cpu)

        _memory = d.pop("memory", UNSET)
        memory: Resource1 | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = Resource1.from_dict(_memory)

        instance_ = cls(
            id=id,
            gpu=gpu,
            cpu=cpu,
            memory=memory,
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
