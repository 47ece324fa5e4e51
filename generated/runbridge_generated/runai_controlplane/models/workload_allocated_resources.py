from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="WorkloadAllocatedResources")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("gpu", "gpuMemory", "cpu", "cpuMemory", "extendedResources"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if gpu is not UNSET:
            fields_["gpu"] = gpu
        if gpu_memory is not UNSET:
            fields_["gpuMemory"] = gpu_memory
        if cpu is not UNSET:
            fields_["cpu"] = cpu
        if cpu_memory is not UNSET:
            fields_["cpuMemory"] = cpu_memory
        if extended_resources is not UNSET:
            fields_["extendedResources"] = extended_resources

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _gpu = data_.get("gpu", UNSET)
            gpu: float | None | Unset
            if _gpu is None:
                gpu = None
            elif isinstance(_gpu, Unset):
                gpu = UNSET
            elif isinstance(_gpu, (int, float)) and not isinstance(_gpu, bool):
                gpu = _gpu
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_gpu).__name__}")

        except Exception as error_:
            raise FieldError.at("gpu", data_, error_) from None
        try:
            _gpu_memory = data_.get("gpuMemory", UNSET)
            gpu_memory: None | str | Unset
            if _gpu_memory is None:
                gpu_memory = None
            elif isinstance(_gpu_memory, Unset):
                gpu_memory = UNSET
            elif isinstance(_gpu_memory, str):
                gpu_memory = _gpu_memory
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_gpu_memory).__name__}")

        except Exception as error_:
            raise FieldError.at("gpuMemory", data_, error_) from None
        try:
            _cpu = data_.get("cpu", UNSET)
            cpu: float | None | Unset
            if _cpu is None:
                cpu = None
            elif isinstance(_cpu, Unset):
                cpu = UNSET
            elif isinstance(_cpu, (int, float)) and not isinstance(_cpu, bool):
                cpu = _cpu
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_cpu).__name__}")

        except Exception as error_:
            raise FieldError.at("cpu", data_, error_) from None
        try:
            _cpu_memory = data_.get("cpuMemory", UNSET)
            cpu_memory: None | str | Unset
            if _cpu_memory is None:
                cpu_memory = None
            elif isinstance(_cpu_memory, Unset):
                cpu_memory = UNSET
            elif isinstance(_cpu_memory, str):
                cpu_memory = _cpu_memory
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_cpu_memory).__name__}")

        except Exception as error_:
            raise FieldError.at("cpuMemory", data_, error_) from None
        try:
            _extended_resources = data_.get("extendedResources", UNSET)
            extended_resources: list[None | WorkloadsExtendedResource] | Unset = UNSET
            if _extended_resources is not UNSET:
                if not isinstance(_extended_resources, list):
                    raise TypeError(f"expected a list, got {type(_extended_resources).__name__}")
                extended_resources = []
                for (
                    componentsschemas_workloads_extended_resources_item_index_,
                    componentsschemas_workloads_extended_resources_item_data,
                ) in enumerate(_extended_resources):
                    try:
                        _componentsschemas_workloads_extended_resources_item = (
                            componentsschemas_workloads_extended_resources_item_data
                        )
                        componentsschemas_workloads_extended_resources_item: None | WorkloadsExtendedResource
                        if _componentsschemas_workloads_extended_resources_item is None:
                            componentsschemas_workloads_extended_resources_item = None
                        elif isinstance(_componentsschemas_workloads_extended_resources_item, dict):
                            componentsschemas_workloads_extended_resources_item_type_0 = (
                                WorkloadsExtendedResource.from_dict(
                                    _componentsschemas_workloads_extended_resources_item
                                )
                            )

                            componentsschemas_workloads_extended_resources_item = (
                                componentsschemas_workloads_extended_resources_item_type_0
                            )

                        else:
                            raise TypeError(
                                f"expected None | WorkloadsExtendedResource, got {type(_componentsschemas_workloads_extended_resources_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_workloads_extended_resources_item_index_, _extended_resources, error_
                        ) from None
                    extended_resources.append(componentsschemas_workloads_extended_resources_item)

        except Exception as error_:
            raise FieldError.at("extendedResources", data_, error_) from None
        instance_ = cls_(
            gpu=gpu,
            gpu_memory=gpu_memory,
            cpu=cpu,
            cpu_memory=cpu_memory,
            extended_resources=extended_resources,
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
from ..models.workloads_extended_resource import WorkloadsExtendedResource  # noqa: E402
