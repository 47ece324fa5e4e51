from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.placement_strategy import PlacementStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodepoolCreateFieldsPlacementStrategy")


@_attrs_define
class NodepoolCreateFieldsPlacementStrategy:
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

        def _parse_cpu(data: object) -> None | PlacementStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cpu_type_0 = PlacementStrategy(data)

                return cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementStrategy | Unset, data)

        cpu = _parse_cpu(d.pop("cpu", UNSET))

        def _parse_gpu(data: object) -> None | PlacementStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gpu_type_0 = PlacementStrategy(data)

                return gpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementStrategy | Unset, data)

        gpu = _parse_gpu(d.pop("gpu", UNSET))

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
