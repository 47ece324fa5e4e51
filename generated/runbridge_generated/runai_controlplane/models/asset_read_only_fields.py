from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_kind import AssetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetReadOnlyFields")


@_attrs_define
class AssetReadOnlyFields:
    """
    Attributes:
        id (str):
        kind (AssetKind):
        created_by (str):
        created_at (datetime.datetime):
        updated_by (str):
        updated_at (datetime.datetime):
        tenant_id (int | None | Unset):
        deleted_at (datetime.datetime | Unset):
        deleted_by (str | Unset):
        project_name (None | str | Unset):
        update_count (int | Unset):
    """

    id: str
    kind: AssetKind
    created_by: str
    created_at: datetime.datetime
    updated_by: str
    updated_at: datetime.datetime
    tenant_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    deleted_by: str | Unset = UNSET
    project_name: None | str | Unset = UNSET
    update_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_by = self.updated_by

        updated_at = self.updated_at.isoformat()

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
                "id": id,
                "kind": kind,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedBy": updated_by,
                "updatedAt": updated_at,
            }
        )
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
        d = dict(src_dict)
        id = d.pop("id")

        kind = AssetKind(d.pop("kind"))

        created_by = d.pop("createdBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_by = d.pop("updatedBy")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

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
            id=id,
            kind=kind,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
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
