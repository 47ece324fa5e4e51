from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope_type import ScopeType
from ..models.subject_type import SubjectType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AccessRuleById")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "subjectId",
        "subjectType",
        "roleId",
        "scopeId",
        "scopeType",
        "roleName",
        "scopeName",
        "id",
        "createdAt",
        "updatedAt",
        "createdBy",
        "tenantId",
        "clusterId",
        "deletedAt",
        "status",
        "scopePath",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
            fields_["clusterId"] = cluster_id
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at
        if status is not UNSET:
            fields_["status"] = status
        if scope_path is not UNSET:
            fields_["scopePath"] = scope_path

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            subject_id = data_["subjectId"]
            if not isinstance(subject_id, str):
                raise TypeError(f"expected str, got {type(subject_id).__name__}")
        except Exception as error_:
            raise FieldError.at("subjectId", data_, error_) from None
        try:
            subject_type = SubjectType(data_["subjectType"])

        except Exception as error_:
            raise FieldError.at("subjectType", data_, error_) from None
        try:
            role_id = data_["roleId"]
            if not isinstance(role_id, int) or role_id is True or role_id is False:
                raise TypeError(f"expected int, got {type(role_id).__name__}")
        except Exception as error_:
            raise FieldError.at("roleId", data_, error_) from None
        try:
            scope_id = data_["scopeId"]
            if not isinstance(scope_id, str):
                raise TypeError(f"expected str, got {type(scope_id).__name__}")
        except Exception as error_:
            raise FieldError.at("scopeId", data_, error_) from None
        try:
            scope_type = ScopeType(data_["scopeType"])

        except Exception as error_:
            raise FieldError.at("scopeType", data_, error_) from None
        try:
            role_name = data_["roleName"]
            if not isinstance(role_name, str):
                raise TypeError(f"expected str, got {type(role_name).__name__}")
        except Exception as error_:
            raise FieldError.at("roleName", data_, error_) from None
        try:
            scope_name = data_["scopeName"]
            if not isinstance(scope_name, str):
                raise TypeError(f"expected str, got {type(scope_name).__name__}")
        except Exception as error_:
            raise FieldError.at("scopeName", data_, error_) from None
        try:
            id = data_["id"]
            if not isinstance(id, int) or id is True or id is False:
                raise TypeError(f"expected int, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            created_by = data_["createdBy"]
            if not isinstance(created_by, str):
                raise TypeError(f"expected str, got {type(created_by).__name__}")
        except Exception as error_:
            raise FieldError.at("createdBy", data_, error_) from None
        try:
            tenant_id = data_["tenantId"]
            if not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False:
                raise TypeError(f"expected int, got {type(tenant_id).__name__}")
        except Exception as error_:
            raise FieldError.at("tenantId", data_, error_) from None
        cluster_id = data_.get("clusterId", UNSET)
        if (not isinstance(cluster_id, str)) and not isinstance(cluster_id, Unset):
            raise FieldError.at("clusterId", data_, TypeError(f"expected str, got {type(cluster_id).__name__}"))
        try:
            _deleted_at = data_.get("deletedAt", UNSET)
            deleted_at: datetime.datetime | None | Unset
            if _deleted_at is None:
                deleted_at = None
            elif isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(_deleted_at, str):
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_deleted_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        try:
            _status = data_.get("status", UNSET)
            status: AccessRuleStatusResponse | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AccessRuleStatusResponse.from_dict(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _scope_path = data_.get("scopePath", UNSET)
            scope_path: None | str | Unset
            if _scope_path is None:
                scope_path = None
            elif isinstance(_scope_path, Unset):
                scope_path = UNSET
            elif isinstance(_scope_path, str):
                scope_path = _scope_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_scope_path).__name__}")

        except Exception as error_:
            raise FieldError.at("scopePath", data_, error_) from None
        instance_ = cls_(
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
from ..models.access_rule_status_response import AccessRuleStatusResponse  # noqa: E402
