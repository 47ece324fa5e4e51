from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubernetes_permissions import KubernetesPermissions
    from ..models.permission import Permission


T = TypeVar("T", bound="RoleV1")


@_attrs_define
class RoleV1:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by (str):
        custom (bool):
        effective_enabled (bool):  Default: True.
        permissions (list[Permission]):
        name (str):
        description (str):
        deleted_at (datetime.datetime | None | Unset):
        enabled (bool | None | Unset):  Default: True.
        kubernetes_permissions (KubernetesPermissions | Unset):
    """

    id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str
    custom: bool
    permissions: list[Permission]
    name: str
    description: str
    effective_enabled: bool = True
    deleted_at: datetime.datetime | None | Unset = UNSET
    enabled: bool | None | Unset = True
    kubernetes_permissions: KubernetesPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        custom = self.custom

        effective_enabled = self.effective_enabled

        permissions = []
        for componentsschemas_permissions_item_data in self.permissions:
            componentsschemas_permissions_item = componentsschemas_permissions_item_data.to_dict()
            permissions.append(componentsschemas_permissions_item)

        name = self.name

        description = self.description

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        kubernetes_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubernetes_permissions, Unset):
            kubernetes_permissions = self.kubernetes_permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "createdBy": created_by,
                "custom": custom,
                "effectiveEnabled": effective_enabled,
                "permissions": permissions,
                "name": name,
                "description": description,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if kubernetes_permissions is not UNSET:
            field_dict["kubernetesPermissions"] = kubernetes_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kubernetes_permissions import KubernetesPermissions  # noqa: PLC0415
        from ..models.permission import Permission  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        created_by = d.pop("createdBy")

        custom = d.pop("custom")

        effective_enabled = d.pop("effectiveEnabled")

        permissions = []
        _permissions = d.pop("permissions")
        for componentsschemas_permissions_item_data in _permissions:
            componentsschemas_permissions_item = Permission.from_dict(componentsschemas_permissions_item_data)

            permissions.append(componentsschemas_permissions_item)

        name = d.pop("name")

        description = d.pop("description")

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

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _kubernetes_permissions = d.pop("kubernetesPermissions", UNSET)
        kubernetes_permissions: KubernetesPermissions | Unset
        if isinstance(_kubernetes_permissions, Unset):
            kubernetes_permissions = UNSET
        else:
            kubernetes_permissions = KubernetesPermissions.from_dict(_kubernetes_permissions)

        instance_ = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            custom=custom,
            effective_enabled=effective_enabled,
            permissions=permissions,
            name=name,
            description=description,
            deleted_at=deleted_at,
            enabled=enabled,
            kubernetes_permissions=kubernetes_permissions,
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
