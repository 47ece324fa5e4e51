from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="TotalResources")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("gpuQuota", "cpuQuota", "memoryQuota"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if gpu_quota is not UNSET:
            fields_["gpuQuota"] = gpu_quota
        if cpu_quota is not UNSET:
            fields_["cpuQuota"] = cpu_quota
        if memory_quota is not UNSET:
            fields_["memoryQuota"] = memory_quota

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _gpu_quota = data_.get("gpuQuota", UNSET)
            gpu_quota: float | None | Unset
            if _gpu_quota is None:
                gpu_quota = None
            elif isinstance(_gpu_quota, Unset):
                gpu_quota = UNSET
            elif isinstance(_gpu_quota, (int, float)) and not isinstance(_gpu_quota, bool):
                gpu_quota = _gpu_quota
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_gpu_quota).__name__}")

        except Exception as error_:
            raise FieldError.at("gpuQuota", data_, error_) from None
        try:
            _cpu_quota = data_.get("cpuQuota", UNSET)
            cpu_quota: float | None | Unset
            if _cpu_quota is None:
                cpu_quota = None
            elif isinstance(_cpu_quota, Unset):
                cpu_quota = UNSET
            elif isinstance(_cpu_quota, (int, float)) and not isinstance(_cpu_quota, bool):
                cpu_quota = _cpu_quota
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_cpu_quota).__name__}")

        except Exception as error_:
            raise FieldError.at("cpuQuota", data_, error_) from None
        try:
            _memory_quota = data_.get("memoryQuota", UNSET)
            memory_quota: float | None | Unset
            if _memory_quota is None:
                memory_quota = None
            elif isinstance(_memory_quota, Unset):
                memory_quota = UNSET
            elif isinstance(_memory_quota, (int, float)) and not isinstance(_memory_quota, bool):
                memory_quota = _memory_quota
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_memory_quota).__name__}")

        except Exception as error_:
            raise FieldError.at("memoryQuota", data_, error_) from None
        instance_ = cls_(
            gpu_quota=gpu_quota,
            cpu_quota=cpu_quota,
            memory_quota=memory_quota,
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
