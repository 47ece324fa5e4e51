from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_kind import AssetKind
from ..models.scope import Scope
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetMeta")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "scope",
        "id",
        "kind",
        "createdBy",
        "createdAt",
        "updatedBy",
        "updatedAt",
        "description",
        "clusterId",
        "departmentId",
        "projectId",
        "autoDelete",
        "workloadSupportedTypes",
        "private",
        "tenantId",
        "deletedAt",
        "deletedBy",
        "projectName",
        "updateCount",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
        if tenant_id is not UNSET:
            fields_["tenantId"] = tenant_id
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at
        if deleted_by is not UNSET:
            fields_["deletedBy"] = deleted_by
        if project_name is not UNSET:
            fields_["projectName"] = project_name
        if update_count is not UNSET:
            fields_["updateCount"] = update_count

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
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            kind = AssetKind(data_["kind"])

        except Exception as error_:
            raise FieldError.at("kind", data_, error_) from None
        try:
            created_by = data_["createdBy"]
            if not isinstance(created_by, str):
                raise TypeError(f"expected str, got {type(created_by).__name__}")
        except Exception as error_:
            raise FieldError.at("createdBy", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            updated_by = data_["updatedBy"]
            if not isinstance(updated_by, str):
                raise TypeError(f"expected str, got {type(updated_by).__name__}")
        except Exception as error_:
            raise FieldError.at("updatedBy", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
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
        try:
            _tenant_id = data_.get("tenantId", UNSET)
            tenant_id: int | None | Unset
            if _tenant_id is None:
                tenant_id = None
            elif isinstance(_tenant_id, Unset):
                tenant_id = UNSET
            elif isinstance(_tenant_id, int) and not isinstance(_tenant_id, bool):
                tenant_id = _tenant_id
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_tenant_id).__name__}")

        except Exception as error_:
            raise FieldError.at("tenantId", data_, error_) from None
        try:
            _deleted_at = data_.get("deletedAt", UNSET)
            deleted_at: datetime.datetime | Unset
            if isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            else:
                deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        deleted_by = data_.get("deletedBy", UNSET)
        if (not isinstance(deleted_by, str)) and not isinstance(deleted_by, Unset):
            raise FieldError.at("deletedBy", data_, TypeError(f"expected str, got {type(deleted_by).__name__}"))
        try:
            _project_name = data_.get("projectName", UNSET)
            project_name: None | str | Unset
            if _project_name is None:
                project_name = None
            elif isinstance(_project_name, Unset):
                project_name = UNSET
            elif isinstance(_project_name, str):
                project_name = _project_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_project_name).__name__}")

        except Exception as error_:
            raise FieldError.at("projectName", data_, error_) from None
        update_count = data_.get("updateCount", UNSET)
        if (not isinstance(update_count, int) or update_count is True or update_count is False) and not isinstance(
            update_count, Unset
        ):
            raise FieldError.at("updateCount", data_, TypeError(f"expected int, got {type(update_count).__name__}"))
        instance_ = cls_(
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
