from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetCreationRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "scope",
        "description",
        "clusterId",
        "departmentId",
        "projectId",
        "autoDelete",
        "workloadSupportedTypes",
        "private",
    )
)


@_attrs_define
class AssetCreationRequest:
    """
    Attributes:
        name (str):
        scope (Scope):
        description (str | Unset):
        cluster_id (str | Unset):
        department_id (None | str | Unset):
        project_id (int | None | Unset):
        auto_delete (bool | None | Unset):  Default: False.
        workload_supported_types (None | Unset | WorkloadSupportedTypes):
        private (bool | None | Unset):  Default: False.
    """

    name: str
    scope: Scope
    description: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    department_id: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    auto_delete: bool | None | Unset = False
    workload_supported_types: None | Unset | WorkloadSupportedTypes = UNSET
    private: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scope = self.scope.value

        description = self.description

        cluster_id = self.cluster_id

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        auto_delete: bool | None | Unset
        if isinstance(self.auto_delete, Unset):
            auto_delete = UNSET
        else:
            auto_delete = self.auto_delete

        workload_supported_types: dict[str, Any] | None | Unset
        if isinstance(self.workload_supported_types, Unset):
            workload_supported_types = UNSET
        elif isinstance(self.workload_supported_types, WorkloadSupportedTypes):
            workload_supported_types = self.workload_supported_types.to_dict()
        else:
            workload_supported_types = self.workload_supported_types

        private: bool | None | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        else:
            private = self.private

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "scope": scope,
            }
        )
        if description is not UNSET:
            fields_["description"] = description
        if cluster_id is not UNSET:
            fields_["clusterId"] = cluster_id
        if department_id is not UNSET:
            fields_["departmentId"] = department_id
        if project_id is not UNSET:
            fields_["projectId"] = project_id
        if auto_delete is not UNSET:
            fields_["autoDelete"] = auto_delete
        if workload_supported_types is not UNSET:
            fields_["workloadSupportedTypes"] = workload_supported_types
        if private is not UNSET:
            fields_["private"] = private

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            scope = Scope(data_["scope"])

        except Exception as error_:
            raise FieldError.at("scope", data_, error_) from None
        description = data_.get("description", UNSET)
        if (not isinstance(description, str)) and not isinstance(description, Unset):
            raise FieldError.at("description", data_, TypeError(f"expected str, got {type(description).__name__}"))
        cluster_id = data_.get("clusterId", UNSET)
        if (not isinstance(cluster_id, str)) and not isinstance(cluster_id, Unset):
            raise FieldError.at("clusterId", data_, TypeError(f"expected str, got {type(cluster_id).__name__}"))
        try:
            _department_id = data_.get("departmentId", UNSET)
            department_id: None | str | Unset
            if _department_id is None:
                department_id = None
            elif isinstance(_department_id, Unset):
                department_id = UNSET
            elif isinstance(_department_id, str):
                department_id = _department_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_department_id).__name__}")

        except Exception as error_:
            raise FieldError.at("departmentId", data_, error_) from None
        try:
            _project_id = data_.get("projectId", UNSET)
            project_id: int | None | Unset
            if _project_id is None:
                project_id = None
            elif isinstance(_project_id, Unset):
                project_id = UNSET
            elif isinstance(_project_id, int) and not isinstance(_project_id, bool):
                project_id = _project_id
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_project_id).__name__}")

        except Exception as error_:
            raise FieldError.at("projectId", data_, error_) from None
        try:
            _auto_delete = data_.get("autoDelete", UNSET)
            auto_delete: bool | None | Unset
            if _auto_delete is None:
                auto_delete = None
            elif isinstance(_auto_delete, Unset):
                auto_delete = UNSET
            elif isinstance(_auto_delete, bool):
                auto_delete = _auto_delete
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_auto_delete).__name__}")

        except Exception as error_:
            raise FieldError.at("autoDelete", data_, error_) from None
        try:
            _workload_supported_types = data_.get("workloadSupportedTypes", UNSET)
            workload_supported_types: None | Unset | WorkloadSupportedTypes
            if _workload_supported_types is None:
                workload_supported_types = None
            elif isinstance(_workload_supported_types, Unset):
                workload_supported_types = UNSET
            elif isinstance(_workload_supported_types, dict):
                workload_supported_types_type_0 = WorkloadSupportedTypes.from_dict(_workload_supported_types)

                workload_supported_types = workload_supported_types_type_0

            else:
                raise TypeError(
                    f"expected None | Unset | WorkloadSupportedTypes, got {type(_workload_supported_types).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("workloadSupportedTypes", data_, error_) from None
        try:
            _private = data_.get("private", UNSET)
            private: bool | None | Unset
            if _private is None:
                private = None
            elif isinstance(_private, Unset):
                private = UNSET
            elif isinstance(_private, bool):
                private = _private
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_private).__name__}")

        except Exception as error_:
            raise FieldError.at("private", data_, error_) from None
        instance_ = cls_(
            name=name,
            scope=scope,
            description=description,
            cluster_id=cluster_id,
            department_id=department_id,
            project_id=project_id,
            auto_delete=auto_delete,
            workload_supported_types=workload_supported_types,
            private=private,
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
from ..models.workload_supported_types import WorkloadSupportedTypes  # noqa: E402
