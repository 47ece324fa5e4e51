from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.placement_strategy_1_cpu import PlacementStrategy1Cpu
from ..models.placement_strategy_1_gpu import PlacementStrategy1Gpu
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacementStrategy1")


@_attrs_define
class PlacementStrategy1:
    """
    Attributes:
        cpu (PlacementStrategy1Cpu | Unset):
        gpu (PlacementStrategy1Gpu | Unset):
    """

    cpu: PlacementStrategy1Cpu | Unset = UNSET
    gpu: PlacementStrategy1Gpu | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: str | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.value

        gpu: str | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu is not UNSET:
            field_dict["gpu"] = gpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpu = d.pop("cpu", UNSET)
        cpu: PlacementStrategy1Cpu | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = PlacementStrategy1Cpu(_cpu)

        _gpu = d.pop("gpu", UNSET)
        gpu: PlacementStrategy1Gpu | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = PlacementStrategy1Gpu(_gpu)

        instance_ = cls(
            cpu=cpu,
            gpu=gpu,
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
