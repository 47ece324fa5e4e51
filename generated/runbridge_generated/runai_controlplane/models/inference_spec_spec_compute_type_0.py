from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_request_type import GpuRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extended_resource import ExtendedResource


T = TypeVar("T", bound="InferenceSpecSpecComputeType0")


@_attrs_define
class InferenceSpecSpecComputeType0:
    """
    Attributes:
        cpu_core_limit (float | Unset):
        cpu_core_request (float | Unset):
        cpu_memory_limit (str | Unset):
        cpu_memory_request (str | Unset):
        extended_resources (list[ExtendedResource | None] | Unset):
        gpu_devices_request (int | Unset):
        gpu_memory_limit (str | Unset):
        gpu_memory_request (str | Unset):
        gpu_portion_limit (float | Unset):
        gpu_portion_request (float | Unset):
        gpu_request_type (GpuRequestType | None | Unset):
        large_shm_request (bool | Unset):
    """

    cpu_core_limit: float | Unset = UNSET
    cpu_core_request: float | Unset = UNSET
    cpu_memory_limit: str | Unset = UNSET
    cpu_memory_request: str | Unset = UNSET
    extended_resources: list[ExtendedResource | None] | Unset = UNSET
    gpu_devices_request: int | Unset = UNSET
    gpu_memory_limit: str | Unset = UNSET
    gpu_memory_request: str | Unset = UNSET
    gpu_portion_limit: float | Unset = UNSET
    gpu_portion_request: float | Unset = UNSET
    gpu_request_type: GpuRequestType | None | Unset = UNSET
    large_shm_request: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.extended_resource import ExtendedResource  # noqa: PLC0415

        cpu_core_limit = self.cpu_core_limit

        cpu_core_request = self.cpu_core_request

        cpu_memory_limit = self.cpu_memory_limit

        cpu_memory_request = self.cpu_memory_request

        extended_resources: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.extended_resources, Unset):
            extended_resources = []
            for componentsschemas_extended_resources_item_data in self.extended_resources:
                componentsschemas_extended_resources_item: dict[str, Any] | None
                if isinstance(componentsschemas_extended_resources_item_data, ExtendedResource):
                    componentsschemas_extended_resources_item = componentsschemas_extended_resources_item_data.to_dict()
                else:
                    componentsschemas_extended_resources_item = componentsschemas_extended_resources_item_data
                extended_resources.append(componentsschemas_extended_resources_item)

        gpu_devices_request = self.gpu_devices_request

        gpu_memory_limit = self.gpu_memory_limit

        gpu_memory_request = self.gpu_memory_request

        gpu_portion_limit = self.gpu_portion_limit

        gpu_portion_request = self.gpu_portion_request

        gpu_request_type: None | str | Unset
        if isinstance(self.gpu_request_type, Unset):
            gpu_request_type = UNSET
        elif isinstance(self.gpu_request_type, GpuRequestType):
            gpu_request_type = self.gpu_request_type.value
        else:
            gpu_request_type = self.gpu_request_type

        large_shm_request = self.large_shm_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_core_limit is not UNSET:
            field_dict["cpuCoreLimit"] = cpu_core_limit
        if cpu_core_request is not UNSET:
            field_dict["cpuCoreRequest"] = cpu_core_request
        if cpu_memory_limit is not UNSET:
            field_dict["cpuMemoryLimit"] = cpu_memory_limit
        if cpu_memory_request is not UNSET:
            field_dict["cpuMemoryRequest"] = cpu_memory_request
        if extended_resources is not UNSET:
            field_dict["extendedResources"] = extended_resources
        if gpu_devices_request is not UNSET:
            field_dict["gpuDevicesRequest"] = gpu_devices_request
        if gpu_memory_limit is not UNSET:
            field_dict["gpuMemoryLimit"] = gpu_memory_limit
        if gpu_memory_request is not UNSET:
            field_dict["gpuMemoryRequest"] = gpu_memory_request
        if gpu_portion_limit is not UNSET:
            field_dict["gpuPortionLimit"] = gpu_portion_limit
        if gpu_portion_request is not UNSET:
            field_dict["gpuPortionRequest"] = gpu_portion_request
        if gpu_request_type is not UNSET:
            field_dict["gpuRequestType"] = gpu_request_type
        if large_shm_request is not UNSET:
            field_dict["largeShmRequest"] = large_shm_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extended_resource import ExtendedResource  # noqa: PLC0415

        d = dict(src_dict)
        cpu_core_limit = d.pop("cpuCoreLimit", UNSET)

        cpu_core_request = d.pop("cpuCoreRequest", UNSET)

        cpu_memory_limit = d.pop("cpuMemoryLimit", UNSET)

        cpu_memory_request = d.pop("cpuMemoryRequest", UNSET)

        _extended_resources = d.pop("extendedResources", UNSET)
        extended_resources: list[ExtendedResource | None] | Unset = UNSET
        if _extended_resources is not UNSET:
            extended_resources = []
            for componentsschemas_extended_resources_item_data in _extended_resources:

                def _parse_componentsschemas_extended_resources_item(data: object) -> ExtendedResource | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_extended_resources_item_type_0 = ExtendedResource.from_dict(data)

                        return componentsschemas_extended_resources_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ExtendedResource | None, data)

                componentsschemas_extended_resources_item = _parse_componentsschemas_extended_resources_item(
                    componentsschemas_extended_resources_item_data
                )

                extended_resources.append(componentsschemas_extended_resources_item)

        gpu_devices_request = d.pop("gpuDevicesRequest", UNSET)

        gpu_memory_limit = d.pop("gpuMemoryLimit", UNSET)

        gpu_memory_request = d.pop("gpuMemoryRequest", UNSET)

        gpu_portion_limit = d.pop("gpuPortionLimit", UNSET)

        gpu_portion_request = d.pop("gpuPortionRequest", UNSET)

        def _parse_gpu_request_type(data: object) -> GpuRequestType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gpu_request_type_type_0 = GpuRequestType(data)

                return gpu_request_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GpuRequestType | None | Unset, data)

        gpu_request_type = _parse_gpu_request_type(d.pop("gpuRequestType", UNSET))

        large_shm_request = d.pop("largeShmRequest", UNSET)

        instance_ = cls(
            cpu_core_limit=cpu_core_limit,
            cpu_core_request=cpu_core_request,
            cpu_memory_limit=cpu_memory_limit,
            cpu_memory_request=cpu_memory_request,
            extended_resources=extended_resources,
            gpu_devices_request=gpu_devices_request,
            gpu_memory_limit=gpu_memory_limit,
            gpu_memory_request=gpu_memory_request,
            gpu_portion_limit=gpu_portion_limit,
            gpu_portion_request=gpu_portion_request,
            gpu_request_type=gpu_request_type,
            large_shm_request=large_shm_request,
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
