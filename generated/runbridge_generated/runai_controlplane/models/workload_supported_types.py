from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workload_supported_types_dist_framework_type_1 import WorkloadSupportedTypesDistFrameworkType1
from ..models.workload_supported_types_dist_framework_type_2_type_1 import WorkloadSupportedTypesDistFrameworkType2Type1
from ..models.workload_supported_types_dist_framework_type_3_type_1 import WorkloadSupportedTypesDistFrameworkType3Type1
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="WorkloadSupportedTypes")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("inference", "workspace", "training", "distributed", "distFramework"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if inference is not UNSET:
            fields_["inference"] = inference
        if workspace is not UNSET:
            fields_["workspace"] = workspace
        if training is not UNSET:
            fields_["training"] = training
        if distributed is not UNSET:
            fields_["distributed"] = distributed
        if dist_framework is not UNSET:
            fields_["distFramework"] = dist_framework

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _inference = data_.get("inference", UNSET)
            inference: bool | None | Unset
            if _inference is None:
                inference = None
            elif isinstance(_inference, Unset):
                inference = UNSET
            elif isinstance(_inference, bool):
                inference = _inference
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_inference).__name__}")

        except Exception as error_:
            raise FieldError.at("inference", data_, error_) from None
        try:
            _workspace = data_.get("workspace", UNSET)
            workspace: bool | None | Unset
            if _workspace is None:
                workspace = None
            elif isinstance(_workspace, Unset):
                workspace = UNSET
            elif isinstance(_workspace, bool):
                workspace = _workspace
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_workspace).__name__}")

        except Exception as error_:
            raise FieldError.at("workspace", data_, error_) from None
        try:
            _training = data_.get("training", UNSET)
            training: bool | None | Unset
            if _training is None:
                training = None
            elif isinstance(_training, Unset):
                training = UNSET
            elif isinstance(_training, bool):
                training = _training
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_training).__name__}")

        except Exception as error_:
            raise FieldError.at("training", data_, error_) from None
        try:
            _distributed = data_.get("distributed", UNSET)
            distributed: bool | None | Unset
            if _distributed is None:
                distributed = None
            elif isinstance(_distributed, Unset):
                distributed = UNSET
            elif isinstance(_distributed, bool):
                distributed = _distributed
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_distributed).__name__}")

        except Exception as error_:
            raise FieldError.at("distributed", data_, error_) from None
        try:
            _dist_framework = data_.get("distFramework", UNSET)
            dist_framework: (
                None
                | Unset
                | WorkloadSupportedTypesDistFrameworkType1
                | WorkloadSupportedTypesDistFrameworkType2Type1
                | WorkloadSupportedTypesDistFrameworkType3Type1
            )
            if _dist_framework is None:
                dist_framework = None
            elif isinstance(_dist_framework, Unset):
                dist_framework = UNSET
            elif isinstance(_dist_framework, str):
                _dist_framework_found_ = False
                try:
                    dist_framework_type_1 = WorkloadSupportedTypesDistFrameworkType1(_dist_framework)

                    dist_framework = dist_framework_type_1
                    _dist_framework_found_ = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

                if not _dist_framework_found_:
                    try:
                        dist_framework_type_2_type_1 = WorkloadSupportedTypesDistFrameworkType2Type1(_dist_framework)

                        dist_framework = dist_framework_type_2_type_1
                        _dist_framework_found_ = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not _dist_framework_found_:
                    dist_framework_type_3_type_1 = WorkloadSupportedTypesDistFrameworkType3Type1(_dist_framework)

                    dist_framework = dist_framework_type_3_type_1

            else:
                raise TypeError(
                    f"expected None | Unset | WorkloadSupportedTypesDistFrameworkType1 | WorkloadSupportedTypesDistFrameworkType2Type1 | WorkloadSupportedTypesDistFrameworkType3Type1, got {type(_dist_framework).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("distFramework", data_, error_) from None
        instance_ = cls_(
            inference=inference,
            workspace=workspace,
            training=training,
            distributed=distributed,
            dist_framework=dist_framework,
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
