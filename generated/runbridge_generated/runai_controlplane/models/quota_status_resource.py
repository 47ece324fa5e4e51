from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="QuotaStatusResource")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("gpu", "cpu", "memory"))


@_attrs_define
class QuotaStatusResource:
    """
    Attributes:
        gpu (float | Unset):
        cpu (float | Unset):
        memory (float | Unset):
    """

    gpu: float | Unset = UNSET
    cpu: float | Unset = UNSET
    memory: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu = self.gpu

        cpu = self.cpu

        memory = self.memory

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
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
        gpu = data_.get("gpu", UNSET)
        if (not isinstance(gpu, (int, float)) or gpu is True or gpu is False) and not isinstance(gpu, Unset):
            raise FieldError.at("gpu", data_, TypeError(f"expected int or float, got {type(gpu).__name__}"))
        cpu = data_.get("cpu", UNSET)
        if (not isinstance(cpu, (int, float)) or cpu is True or cpu is False) and not isinstance(cpu, Unset):
            raise FieldError.at("cpu", data_, TypeError(f"expected int or float, got {type(cpu).__name__}"))
        memory = data_.get("memory", UNSET)
        if (not isinstance(memory, (int, float)) or memory is True or memory is False) and not isinstance(
            memory, Unset
        ):
            raise FieldError.at("memory", data_, TypeError(f"expected int or float, got {type(memory).__name__}"))
        instance_ = cls_(
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
