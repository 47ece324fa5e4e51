from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssignedResources")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "gpu", "cpu", "memory"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if id is not UNSET:
            fields_["id"] = id
        if gpu is not UNSET:
            fields_["gpu"] = gpu
        if cpu is not UNSET:
            fields_["cpu"] = cpu
        if memory is not UNSET:
            fields_["memory"] = memory

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        id = data_.get("id", UNSET)
        if (not isinstance(id, (int, float)) or id is True or id is False) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected int or float, got {type(id).__name__}"))
        try:
            _gpu = data_.get("gpu", UNSET)
            gpu: Resource1 | Unset
            if isinstance(_gpu, Unset):
                gpu = UNSET
            else:
                gpu = Resource1.from_dict(_gpu)

        except Exception as error_:
            raise FieldError.at("gpu", data_, error_) from None
        try:
            _cpu = data_.get("cpu", UNSET)
            cpu: Resource1 | Unset
            if isinstance(_cpu, Unset):
                cpu = UNSET
            else:
                cpu = Resource1.from_dict(_cpu)

        except Exception as error_:
            raise FieldError.at("cpu", data_, error_) from None
        try:
            _memory = data_.get("memory", UNSET)
            memory: Resource1 | Unset
            if isinstance(_memory, Unset):
                memory = UNSET
            else:
                memory = Resource1.from_dict(_memory)

        except Exception as error_:
            raise FieldError.at("memory", data_, error_) from None
        instance_ = cls_(
            id=id,
            gpu=gpu,
            cpu=cpu,
            memory=memory,
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
from ..models.resource_1 import Resource1  # noqa: E402
