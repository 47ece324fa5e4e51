from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloads_extended_resource import WorkloadsExtendedResource


T = TypeVar("T", bound="WorkloadAllocatedResources")


@_attrs_define
class WorkloadAllocatedResources:
    """
    Attributes:
        gpu (float | None | Unset):
        gpu_memory (None | str | Unset):
        cpu (float | None | Unset):
        cpu_memory (None | str | Unset):
        extended_resources (list[None | WorkloadsExtendedResource] | Unset):
    """

    gpu: float | None | Unset = UNSET
    gpu_memory: None | str | Unset = UNSET
    cpu: float | None | Unset = UNSET
    cpu_memory: None | str | Unset = UNSET
    extended_resources: list[None | WorkloadsExtendedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workloads_extended_resource import WorkloadsExtendedResource  # noqa: PLC0415

        gpu: float | None | Unset
        if isinstance(self.gpu, Unset):
            gpu = UNSET
        else:
            gpu = self.gpu

        gpu_memory: None | str | Unset
        if isinstance(self.gpu_memory, Unset):
            gpu_memory = UNSET
        else:
            gpu_memory = self.gpu_memory

        cpu: float | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        else:
            cpu = self.cpu

        cpu_memory: None | str | Unset
        if isinstance(self.cpu_memory, Unset):
            cpu_memory = UNSET
        else:
            cpu_memory = self.cpu_memory

        extended_resources: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.extended_resources, Unset):
            extended_resources = []
            for componentsschemas_workloads_extended_resources_item_data in self.extended_resources:
                componentsschemas_workloads_extended_resources_item: dict[str, Any] | None
                if isinstance(componentsschemas_workloads_extended_resources_item_data, WorkloadsExtendedResource):
                    componentsschemas_workloads_extended_resources_item = (
                        componentsschemas_workloads_extended_resources_item_data.to_dict()
                    )
                else:
                    componentsschemas_workloads_extended_resources_item = (
                        componentsschemas_workloads_extended_resources_item_data
                    )
                extended_resources.append(componentsschemas_workloads_extended_resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if gpu_memory is not UNSET:
            field_dict["gpuMemory"] = gpu_memory
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cpu_memory is not UNSET:
            field_dict["cpuMemory"] = cpu_memory
        if extended_resources is not UNSET:
            field_dict["extendedResources"] = extended_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloads_extended_resource import WorkloadsExtendedResource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_gpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gpu = _parse_gpu(d.pop("gpu", UNSET))

        def _parse_gpu_memory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_memory = _parse_gpu_memory(d.pop("gpuMemory", UNSET))

        def _parse_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu = _parse_cpu(d.pop("cpu", UNSET))

        def _parse_cpu_memory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_memory = _parse_cpu_memory(d.pop("cpuMemory", UNSET))

        _extended_resources = d.pop("extendedResources", UNSET)
        extended_resources: list[None | WorkloadsExtendedResource] | Unset = UNSET
        if _extended_resources is not UNSET:
            extended_resources = []
            for componentsschemas_workloads_extended_resources_item_data in _extended_resources:

                def _parse_componentsschemas_workloads_extended_resources_item(
                    data: object,
                ) -> None | WorkloadsExtendedResource:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_workloads_extended_resources_item_type_0 = (
                            WorkloadsExtendedResource.from_dict(data)
                        )

                        return componentsschemas_workloads_extended_resources_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | WorkloadsExtendedResource, data)

                componentsschemas_workloads_extended_resources_item = (
                    _parse_componentsschemas_workloads_extended_resources_item(
                        componentsschemas_workloads_extended_resources_item_data
                    )
                )

                extended_resources.append(componentsschemas_workloads_extended_resources_item)

        instance_ = cls(
            gpu=gpu,
            gpu_memory=gpu_memory,
            cpu=cpu,
            cpu_memory=cpu_memory,
            extended_resources=extended_resources,
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
