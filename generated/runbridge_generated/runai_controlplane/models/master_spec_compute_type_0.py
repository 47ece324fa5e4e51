from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_request_type import GpuRequestType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="MasterSpecComputeType0")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "cpuCoreLimit",
        "cpuCoreRequest",
        "cpuMemoryLimit",
        "cpuMemoryRequest",
        "extendedResources",
        "gpuDevicesRequest",
        "gpuMemoryLimit",
        "gpuMemoryRequest",
        "gpuPortionLimit",
        "gpuPortionRequest",
        "gpuRequestType",
        "largeShmRequest",
    )
)


@_attrs_define
class MasterSpecComputeType0:
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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if cpu_core_limit is not UNSET:
            fields_["cpuCoreLimit"] = cpu_core_limit
        if cpu_core_request is not UNSET:
            fields_["cpuCoreRequest"] = cpu_core_request
        if cpu_memory_limit is not UNSET:
            fields_["cpuMemoryLimit"] = cpu_memory_limit
        if cpu_memory_request is not UNSET:
            fields_["cpuMemoryRequest"] = cpu_memory_request
        if extended_resources is not UNSET:
            fields_["extendedResources"] = extended_resources
        if gpu_devices_request is not UNSET:
            fields_["gpuDevicesRequest"] = gpu_devices_request
        if gpu_memory_limit is not UNSET:
            fields_["gpuMemoryLimit"] = gpu_memory_limit
        if gpu_memory_request is not UNSET:
            fields_["gpuMemoryRequest"] = gpu_memory_request
        if gpu_portion_limit is not UNSET:
            fields_["gpuPortionLimit"] = gpu_portion_limit
        if gpu_portion_request is not UNSET:
            fields_["gpuPortionRequest"] = gpu_portion_request
        if gpu_request_type is not UNSET:
            fields_["gpuRequestType"] = gpu_request_type
        if large_shm_request is not UNSET:
            fields_["largeShmRequest"] = large_shm_request

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        cpu_core_limit = data_.get("cpuCoreLimit", UNSET)
        if (
            not isinstance(cpu_core_limit, (int, float)) or cpu_core_limit is True or cpu_core_limit is False
        ) and not isinstance(cpu_core_limit, Unset):
            raise FieldError.at(
                "cpuCoreLimit", data_, TypeError(f"expected int or float, got {type(cpu_core_limit).__name__}")
            )
        cpu_core_request = data_.get("cpuCoreRequest", UNSET)
        if (
            not isinstance(cpu_core_request, (int, float)) or cpu_core_request is True or cpu_core_request is False
        ) and not isinstance(cpu_core_request, Unset):
            raise FieldError.at(
                "cpuCoreRequest", data_, TypeError(f"expected int or float, got {type(cpu_core_request).__name__}")
            )
        cpu_memory_limit = data_.get("cpuMemoryLimit", UNSET)
        if (not isinstance(cpu_memory_limit, str)) and not isinstance(cpu_memory_limit, Unset):
            raise FieldError.at(
                "cpuMemoryLimit", data_, TypeError(f"expected str, got {type(cpu_memory_limit).__name__}")
            )
        cpu_memory_request = data_.get("cpuMemoryRequest", UNSET)
        if (not isinstance(cpu_memory_request, str)) and not isinstance(cpu_memory_request, Unset):
            raise FieldError.at(
                "cpuMemoryRequest", data_, TypeError(f"expected str, got {type(cpu_memory_request).__name__}")
            )
        try:
            _extended_resources = data_.get("extendedResources", UNSET)
            extended_resources: list[ExtendedResource | None] | Unset = UNSET
            if _extended_resources is not UNSET:
                if not isinstance(_extended_resources, list):
                    raise TypeError(f"expected a list, got {type(_extended_resources).__name__}")
                extended_resources = []
                for (
                    componentsschemas_extended_resources_item_index_,
                    componentsschemas_extended_resources_item_data,
                ) in enumerate(_extended_resources):
                    try:
                        _componentsschemas_extended_resources_item = componentsschemas_extended_resources_item_data
                        componentsschemas_extended_resources_item: ExtendedResource | None
                        if _componentsschemas_extended_resources_item is None:
                            componentsschemas_extended_resources_item = None
                        elif isinstance(_componentsschemas_extended_resources_item, dict):
                            componentsschemas_extended_resources_item_type_0 = ExtendedResource.from_dict(
                                _componentsschemas_extended_resources_item
                            )

                            componentsschemas_extended_resources_item = componentsschemas_extended_resources_item_type_0

                        else:
                            raise TypeError(
                                f"expected ExtendedResource | None, got {type(_componentsschemas_extended_resources_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_extended_resources_item_index_, _extended_resources, error_
                        ) from None
                    extended_resources.append(componentsschemas_extended_resources_item)

        except Exception as error_:
            raise FieldError.at("extendedResources", data_, error_) from None
        gpu_devices_request = data_.get("gpuDevicesRequest", UNSET)
        if (
            not isinstance(gpu_devices_request, int) or gpu_devices_request is True or gpu_devices_request is False
        ) and not isinstance(gpu_devices_request, Unset):
            raise FieldError.at(
                "gpuDevicesRequest", data_, TypeError(f"expected int, got {type(gpu_devices_request).__name__}")
            )
        gpu_memory_limit = data_.get("gpuMemoryLimit", UNSET)
        if (not isinstance(gpu_memory_limit, str)) and not isinstance(gpu_memory_limit, Unset):
            raise FieldError.at(
                "gpuMemoryLimit", data_, TypeError(f"expected str, got {type(gpu_memory_limit).__name__}")
            )
        gpu_memory_request = data_.get("gpuMemoryRequest", UNSET)
        if (not isinstance(gpu_memory_request, str)) and not isinstance(gpu_memory_request, Unset):
            raise FieldError.at(
                "gpuMemoryRequest", data_, TypeError(f"expected str, got {type(gpu_memory_request).__name__}")
            )
        gpu_portion_limit = data_.get("gpuPortionLimit", UNSET)
        if (
            not isinstance(gpu_portion_limit, (int, float)) or gpu_portion_limit is True or gpu_portion_limit is False
        ) and not isinstance(gpu_portion_limit, Unset):
            raise FieldError.at(
                "gpuPortionLimit", data_, TypeError(f"expected int or float, got {type(gpu_portion_limit).__name__}")
            )
        gpu_portion_request = data_.get("gpuPortionRequest", UNSET)
        if (
            not isinstance(gpu_portion_request, (int, float))
            or gpu_portion_request is True
            or gpu_portion_request is False
        ) and not isinstance(gpu_portion_request, Unset):
            raise FieldError.at(
                "gpuPortionRequest",
                data_,
                TypeError(f"expected int or float, got {type(gpu_portion_request).__name__}"),
            )
        try:
            _gpu_request_type = data_.get("gpuRequestType", UNSET)
            gpu_request_type: GpuRequestType | None | Unset
            if _gpu_request_type is None:
                gpu_request_type = None
            elif isinstance(_gpu_request_type, Unset):
                gpu_request_type = UNSET
            elif isinstance(_gpu_request_type, str):
                gpu_request_type_type_0 = GpuRequestType(_gpu_request_type)

                gpu_request_type = gpu_request_type_type_0

            else:
                raise TypeError(f"expected GpuRequestType | None | Unset, got {type(_gpu_request_type).__name__}")

        except Exception as error_:
            raise FieldError.at("gpuRequestType", data_, error_) from None
        large_shm_request = data_.get("largeShmRequest", UNSET)
        if (not isinstance(large_shm_request, bool)) and not isinstance(large_shm_request, Unset):
            raise FieldError.at(
                "largeShmRequest", data_, TypeError(f"expected bool, got {type(large_shm_request).__name__}")
            )
        instance_ = cls_(
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
from ..models.extended_resource import ExtendedResource  # noqa: E402
