from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope_type import ScopeType
from ..models.subject_type import SubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_rule_status_response import AccessRuleStatusResponse


T = TypeVar("T", bound="AccessRuleById")


@_attrs_define
class AccessRuleById:
    """
    Attributes:
        subject_id (str):
        subject_type (SubjectType):
        role_id (int):
        scope_id (str):
        scope_type (ScopeType):
        role_name (str):
        scope_name (str):
        id (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by (str):
        tenant_id (int):
        cluster_id (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
        status (AccessRuleStatusResponse | Unset):
        scope_path (None | str | Unset):
    """

    subject_id: str
    subject_type: SubjectType
    role_id: int
    scope_id: str
    scope_type: ScopeType
    role_name: str
    scope_name: str
    id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str
    tenant_id: int
    cluster_id: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    status: AccessRuleStatusResponse | Unset = UNSET
    scope_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        subject_type = self.subject_type.value

        role_id = self.role_id

        scope_id = self.scope_id

        scope_type = self.scope_type.value

        role_name = self.role_name

        scope_name = self.scope_name

        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        tenant_id = self.tenant_id

        cluster_id = self.cluster_id

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        scope_path: None | str | Unset
        if isinstance(self.scope_path, Unset):
            scope_path = UNSET
        else:
            scope_path = self.scope_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectId": subject_id,
                "subjectType": subject_type,
                "roleId": role_id,
                "scopeId": scope_id,
                "scopeType": scope_type,
                "roleName": role_name,
                "scopeName": scope_name,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "createdBy": created_by,
                "tenantId": tenant_id,
            }
        )
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if status is not UNSET:
            field_dict["status"] = status
        if scope_path is not UNSET:
            field_dict["scopePath"] = scope_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_rule_status_response import AccessRuleStatusResponse  # noqa: PLC0415

        d = dict(src_dict)
        subject_id = d.pop("subjectId")

        subject_type = SubjectType(d.pop("subjectType"))

        role_id = d.pop("roleId")

        scope_id = d.pop("scopeId")

        scope_type = ScopeType(d.pop("scopeType"))

        role_name = d.pop("roleName")

        scope_name = d.pop("scopeName")

        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        created_by = d.pop("createdBy")

        tenant_id = d.pop("tenantId")

        cluster_id = d.pop("clusterId", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        _status = d.pop("status", UNSET)
        status: AccessRuleStatusResponse | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccessRuleStatusResponse.from_dict(_status)

        def _parse_scope_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope_path = _parse_scope_path(d.pop("scopePath", UNSET))

        instance_ = cls(
            subject_id=subject_id,
            subject_type=subject_type,
            role_id=role_id,
            scope_id=scope_id,
            scope_type=scope_type,
            role_name=role_name,
            scope_name=scope_name,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            tenant_id=tenant_id,
            cluster_id=cluster_id,
            deleted_at=deleted_at,
            status=status,
            scope_path=scope_path,
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
