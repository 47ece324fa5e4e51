from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodepoolCalculatedFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "tenantId",
        "clusterName",
        "createdBy",
        "createdAt",
        "updatedBy",
        "updatedAt",
        "isDefault",
        "deletedBy",
        "deletedAt",
    )
)


@_attrs_define
class NodepoolCalculatedFields:
    """
    Attributes:
        id (str):
        tenant_id (int):
        cluster_name (str):
        created_by (str):
        created_at (datetime.datetime):
        updated_by (str):
        updated_at (datetime.datetime):
        is_default (bool):
        deleted_by (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    id: str
    tenant_id: int
    cluster_name: str
    created_by: str
    created_at: datetime.datetime
    updated_by: str
    updated_at: datetime.datetime
    is_default: bool
    deleted_by: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        cluster_name = self.cluster_name

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_by = self.updated_by

        updated_at = self.updated_at.isoformat()

        is_default = self.is_default

        deleted_by = self.deleted_by

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "clusterName": cluster_name,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedBy": updated_by,
                "updatedAt": updated_at,
                "isDefault": is_default,
            }
        )
        if deleted_by is not UNSET:
            fields_["deletedBy"] = deleted_by
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            tenant_id = data_["tenantId"]
            if not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False:
                raise TypeError(f"expected int, got {type(tenant_id).__name__}")
        except Exception as error_:
            raise FieldError.at("tenantId", data_, error_) from None
        try:
            cluster_name = data_["clusterName"]
            if not isinstance(cluster_name, str):
                raise TypeError(f"expected str, got {type(cluster_name).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterName", data_, error_) from None
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
        try:
            is_default = data_["isDefault"]
            if not isinstance(is_default, bool):
                raise TypeError(f"expected bool, got {type(is_default).__name__}")
        except Exception as error_:
            raise FieldError.at("isDefault", data_, error_) from None
        deleted_by = data_.get("deletedBy", UNSET)
        if (not isinstance(deleted_by, str)) and not isinstance(deleted_by, Unset):
            raise FieldError.at("deletedBy", data_, TypeError(f"expected str, got {type(deleted_by).__name__}"))
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
        instance_ = cls_(
            id=id,
            tenant_id=tenant_id,
            cluster_name=cluster_name,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
            is_default=is_default,
            deleted_by=deleted_by,
            deleted_at=deleted_at,
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
