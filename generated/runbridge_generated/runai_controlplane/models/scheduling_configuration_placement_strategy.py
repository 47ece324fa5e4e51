from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.placement_strategy import PlacementStrategy
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="SchedulingConfigurationPlacementStrategy")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("cpu", "gpu"))


@_attrs_define
class SchedulingConfigurationPlacementStrategy:
    """
    Attributes:
        cpu (None | PlacementStrategy | Unset):
        gpu (None | PlacementStrategy | Unset):
    """

    cpu: None | PlacementStrategy | Unset = UNSET
    gpu: None | PlacementStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: None | str | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, PlacementStrategy):
            cpu = self.cpu.value
        else:
            cpu = self.cpu

        gpu: None | str | Unset
        if isinstance(self.gpu, Unset):
            gpu = UNSET
        elif isinstance(self.gpu, PlacementStrategy):
            gpu = self.gpu.value
        else:
            gpu = self.gpu

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if cpu is not UNSET:
            fields_["cpu"] = cpu
        if gpu is not UNSET:
            fields_["gpu"] = gpu

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _cpu = data_.get("cpu", UNSET)
            cpu: None | PlacementStrategy | Unset
            if _cpu is None:
                cpu = None
            elif isinstance(_cpu, Unset):
                cpu = UNSET
            elif isinstance(_cpu, str):
                cpu_type_0 = PlacementStrategy(_cpu)

                cpu = cpu_type_0

            else:
                raise TypeError(f"expected None | PlacementStrategy | Unset, got {type(_cpu).__name__}")

        except Exception as error_:
            raise FieldError.at("cpu", data_, error_) from None
        try:
            _gpu = data_.get("gpu", UNSET)
            gpu: None | PlacementStrategy | Unset
            if _gpu is None:
                gpu = None
            elif isinstance(_gpu, Unset):
                gpu = UNSET
            elif isinstance(_gpu, str):
                gpu_type_0 = PlacementStrategy(_gpu)

                gpu = gpu_type_0

            else:
                raise TypeError(f"expected None | PlacementStrategy | Unset, got {type(_gpu).__name__}")

        except Exception as error_:
            raise FieldError.at("gpu", data_, error_) from None
        instance_ = cls_(
            cpu=cpu,
            gpu=gpu,
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
