from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_supported_types import WorkloadSupportedTypes


T = TypeVar("T", bound="AssetCreationFields")


@_attrs_define
class AssetCreationFields:
    """
    Attributes:
        scope (Scope):
        cluster_id (str | Unset):
        department_id (None | str | Unset):
        project_id (int | None | Unset):
        auto_delete (bool | None | Unset):  Default: False.
        workload_supported_types (None | Unset | WorkloadSupportedTypes):
        private (bool | None | Unset):  Default: False.
    """

    scope: Scope
    cluster_id: str | Unset = UNSET
    department_id: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    auto_delete: bool | None | Unset = False
    workload_supported_types: None | Unset | WorkloadSupportedTypes = UNSET
    private: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workload_supported_types import WorkloadSupportedTypes  # noqa: PLC0415

        scope = self.scope.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if auto_delete is not UNSET:
            field_dict["autoDelete"] = auto_delete
        if workload_supported_types is not UNSET:
            field_dict["workloadSupportedTypes"] = workload_supported_types
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workload_supported_types import WorkloadSupportedTypes  # noqa: PLC0415

        d = dict(src_dict)
        scope = Scope(d.pop("scope"))

        cluster_id = d.pop("clusterId", UNSET)

        def _parse_department_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department_id = _parse_department_id(d.pop("departmentId", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_auto_delete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_delete = _parse_auto_delete(d.pop("autoDelete", UNSET))

        def _parse_workload_supported_types(data: object) -> None | Unset | WorkloadSupportedTypes:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workload_supported_types_type_0 = WorkloadSupportedTypes.from_dict(data)

                return workload_supported_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkloadSupportedTypes, data)

        workload_supported_types = _parse_workload_supported_types(d.pop("workloadSupportedTypes", UNSET))

        def _parse_private(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        private = _parse_private(d.pop("private", UNSET))

        instance_ = cls(
            scope=scope,
            cluster_id=cluster_id,
            department_id=department_id,
            project_id=project_id,
            auto_delete=auto_delete,
            workload_supported_types=workload_supported_types,
            private=private,
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
