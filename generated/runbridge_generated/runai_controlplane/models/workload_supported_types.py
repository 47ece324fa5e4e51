from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workload_supported_types_dist_framework_type_1 import WorkloadSupportedTypesDistFrameworkType1
from ..models.workload_supported_types_dist_framework_type_2_type_1 import WorkloadSupportedTypesDistFrameworkType2Type1
from ..models.workload_supported_types_dist_framework_type_3_type_1 import WorkloadSupportedTypesDistFrameworkType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadSupportedTypes")


@_attrs_define
class WorkloadSupportedTypes:
    """
    Attributes:
        inference (bool | None | Unset):
        workspace (bool | None | Unset):
        training (bool | None | Unset):
        distributed (bool | None | Unset):
        dist_framework (None | Unset | WorkloadSupportedTypesDistFrameworkType1 |
            WorkloadSupportedTypesDistFrameworkType2Type1 | WorkloadSupportedTypesDistFrameworkType3Type1):
    """

    inference: bool | None | Unset = UNSET
    workspace: bool | None | Unset = UNSET
    training: bool | None | Unset = UNSET
    distributed: bool | None | Unset = UNSET
    dist_framework: (
        None
        | Unset
        | WorkloadSupportedTypesDistFrameworkType1
        | WorkloadSupportedTypesDistFrameworkType2Type1
        | WorkloadSupportedTypesDistFrameworkType3Type1
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inference: bool | None | Unset
        if isinstance(self.inference, Unset):
            inference = UNSET
        else:
            inference = self.inference

        workspace: bool | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        training: bool | None | Unset
        if isinstance(self.training, Unset):
            training = UNSET
        else:
            training = self.training

        distributed: bool | None | Unset
        if isinstance(self.distributed, Unset):
            distributed = UNSET
        else:
            distributed = self.distributed

        dist_framework: None | str | Unset
        if isinstance(self.dist_framework, Unset):
            dist_framework = UNSET
        elif isinstance(self.dist_framework, WorkloadSupportedTypesDistFrameworkType1):
            dist_framework = self.dist_framework.value
        elif isinstance(self.dist_framework, WorkloadSupportedTypesDistFrameworkType2Type1):
            dist_framework = self.dist_framework.value
        elif isinstance(self.dist_framework, WorkloadSupportedTypesDistFrameworkType3Type1):
            dist_framework = self.dist_framework.value
        else:
            dist_framework = self.dist_framework

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inference is not UNSET:
            field_dict["inference"] = inference
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if training is not UNSET:
            field_dict["training"] = training
        if distributed is not UNSET:
            field_dict["distributed"] = distributed
        if dist_framework is not UNSET:
            field_dict["distFramework"] = dist_framework

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_inference(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inference = _parse_inference(d.pop("inference", UNSET))

        def _parse_workspace(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        def _parse_training(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        training = _parse_training(d.pop("training", UNSET))

        def _parse_distributed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        distributed = _parse_distributed(d.pop("distributed", UNSET))

        def _parse_dist_framework(
            data: object,
        ) -> (
            None
            | Unset
            | WorkloadSupportedTypesDistFrameworkType1
            | WorkloadSupportedTypesDistFrameworkType2Type1
            | WorkloadSupportedTypesDistFrameworkType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dist_framework_type_1 = WorkloadSupportedTypesDistFrameworkType1(data)

                return dist_framework_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dist_framework_type_2_type_1 = WorkloadSupportedTypesDistFrameworkType2Type1(data)

                return dist_framework_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dist_framework_type_3_type_1 = WorkloadSupportedTypesDistFrameworkType3Type1(data)

                return dist_framework_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | WorkloadSupportedTypesDistFrameworkType1
                | WorkloadSupportedTypesDistFrameworkType2Type1
                | WorkloadSupportedTypesDistFrameworkType3Type1,
                data,
            )

        dist_framework = _parse_dist_framework(d.pop("distFramework", UNSET))

        instance_ = cls(
            inference=inference,
            workspace=workspace,
            training=training,
            distributed=distributed,
            dist_framework=dist_framework,
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
