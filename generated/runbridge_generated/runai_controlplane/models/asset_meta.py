from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_kind import AssetKind
from ..models.scope import Scope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload_supported_types import WorkloadSupportedTypes


T = TypeVar("T", bound="AssetMeta")


@_attrs_define
class AssetMeta:
    """
    Attributes:
        name (str):
        scope (Scope):
        id (str):
        kind (AssetKind):
        created_by (str):
        created_at (datetime.datetime):
        updated_by (str):
        updated_at (datetime.datetime):
        description (str | Unset):
        cluster_id (str | Unset):
        department_id (None | str | Unset):
        project_id (int | None | Unset):
        auto_delete (bool | None | Unset):  Default: False.
        workload_supported_types (None | Unset | WorkloadSupportedTypes):
        private (bool | None | Unset):  Default: False.
        tenant_id (int | None | Unset):
        deleted_at (datetime.datetime | Unset):
        deleted_by (str | Unset):
        project_name (None | str | Unset):
        update_count (int | Unset):
    """

    name: str
    scope: Scope
    id: str
    kind: AssetKind
    created_by: str
    created_at: datetime.datetime
    updated_by: str
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    department_id: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    auto_delete: bool | None | Unset = False
    workload_supported_types: None | Unset | WorkloadSupportedTypes = UNSET
    private: bool | None | Unset = False
    tenant_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    deleted_by: str | Unset = UNSET
    project_name: None | str | Unset = UNSET
    update_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workload_supported_types import WorkloadSupportedTypes  # noqa: PLC0415

        name = self.name

        scope = self.scope.value

        id = self.id

        kind = self.kind.value

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_by = self.updated_by

        updated_at = self.updated_at.isoformat()

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

        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        deleted_by = self.deleted_by

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        update_count = self.update_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "scope": scope,
                "id": id,
                "kind": kind,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedBy": updated_by,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if update_count is not UNSET:
            field_dict["updateCount"] = update_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workload_supported_types import WorkloadSupportedTypes  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        scope = Scope(d.pop("scope"))

        id = d.pop("id")

        kind = AssetKind(d.pop("kind"))

        created_by = d.pop("createdBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_by = d.pop("updatedBy")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        description = d.pop("description", UNSET)

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

        def _parse_tenant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        _deleted_at = d.pop("deletedAt", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        deleted_by = d.pop("deletedBy", UNSET)

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("projectName", UNSET))

        update_count = d.pop("updateCount", UNSET)

        instance_ = cls(
            name=name,
            scope=scope,
            id=id,
            kind=kind,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
            description=description,
            cluster_id=cluster_id,
            department_id=department_id,
            project_id=project_id,
            auto_delete=auto_delete,
            workload_supported_types=workload_supported_types,
            private=private,
            tenant_id=tenant_id,
            deleted_at=deleted_at,
            deleted_by=deleted_by,
            project_name=project_name,
            update_count=update_count,
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
