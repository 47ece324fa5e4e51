from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RoleV1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "createdAt",
        "updatedAt",
        "createdBy",
        "custom",
        "effectiveEnabled",
        "permissions",
        "name",
        "description",
        "deletedAt",
        "enabled",
        "kubernetesPermissions",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
            fields_["deletedAt"] = deleted_at
        if enabled is not UNSET:
            fields_["enabled"] = enabled
        if kubernetes_permissions is not UNSET:
            fields_["kubernetesPermissions"] = kubernetes_permissions

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
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
            custom = data_["custom"]
            if not isinstance(custom, bool):
                raise TypeError(f"expected bool, got {type(custom).__name__}")
        except Exception as error_:
            raise FieldError.at("custom", data_, error_) from None
        try:
            effective_enabled = data_["effectiveEnabled"]
            if not isinstance(effective_enabled, bool):
                raise TypeError(f"expected bool, got {type(effective_enabled).__name__}")
        except Exception as error_:
            raise FieldError.at("effectiveEnabled", data_, error_) from None
        try:
            _permissions = data_["permissions"]
            if not isinstance(_permissions, list):
                raise TypeError(f"expected a list, got {type(_permissions).__name__}")
            permissions = []
            for componentsschemas_permissions_item_index_, componentsschemas_permissions_item_data in enumerate(
                _permissions
            ):
                try:
                    componentsschemas_permissions_item = Permission.from_dict(componentsschemas_permissions_item_data)

                except Exception as error_:
                    raise FieldError.at(componentsschemas_permissions_item_index_, _permissions, error_) from None
                permissions.append(componentsschemas_permissions_item)

        except Exception as error_:
            raise FieldError.at("permissions", data_, error_) from None
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            description = data_["description"]
            if not isinstance(description, str):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except Exception as error_:
            raise FieldError.at("description", data_, error_) from None
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
            _enabled = data_.get("enabled", UNSET)
            enabled: bool | None | Unset
            if _enabled is None:
                enabled = None
            elif isinstance(_enabled, Unset):
                enabled = UNSET
            elif isinstance(_enabled, bool):
                enabled = _enabled
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_enabled).__name__}")

        except Exception as error_:
            raise FieldError.at("enabled", data_, error_) from None
        try:
            _kubernetes_permissions = data_.get("kubernetesPermissions", UNSET)
            kubernetes_permissions: KubernetesPermissions | Unset
            if isinstance(_kubernetes_permissions, Unset):
                kubernetes_permissions = UNSET
            else:
                kubernetes_permissions = KubernetesPermissions.from_dict(_kubernetes_permissions)

        except Exception as error_:
            raise FieldError.at("kubernetesPermissions", data_, error_) from None
        instance_ = cls_(
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
from ..models.kubernetes_permissions import KubernetesPermissions  # noqa: E402
from ..models.permission import Permission  # noqa: E402
