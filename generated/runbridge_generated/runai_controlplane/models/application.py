from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Application")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("name", "createdBy", "createdAt", "updatedAt", "enabled", "lastLogin", "id", "clientId", "tenantId")
)


@_attrs_define
class Application:
    """
    Attributes:
        name (str):
        created_by (str):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        enabled (bool):
        last_login (datetime.datetime | None):
        id (str):
        client_id (str):
        tenant_id (str | Unset):
    """

    name: str
    created_by: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    enabled: bool
    last_login: datetime.datetime | None
    id: str
    client_id: str
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_by = self.created_by

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        enabled = self.enabled

        last_login: None | str
        if isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        id = self.id

        client_id = self.client_id

        tenant_id = self.tenant_id

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "enabled": enabled,
                "lastLogin": last_login,
                "id": id,
                "clientId": client_id,
            }
        )
        if tenant_id is not UNSET:
            fields_["tenantId"] = tenant_id

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
            created_by = data_["createdBy"]
            if not isinstance(created_by, str):
                raise TypeError(f"expected str, got {type(created_by).__name__}")
        except Exception as error_:
            raise FieldError.at("createdBy", data_, error_) from None
        try:
            _created_at = data_["createdAt"]
            created_at: datetime.datetime | None
            if _created_at is None:
                created_at = None
            elif isinstance(_created_at, str):
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None, got {type(_created_at).__name__}")

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            _updated_at = data_["updatedAt"]
            updated_at: datetime.datetime | None
            if _updated_at is None:
                updated_at = None
            elif isinstance(_updated_at, str):
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None, got {type(_updated_at).__name__}")

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            enabled = data_["enabled"]
            if not isinstance(enabled, bool):
                raise TypeError(f"expected bool, got {type(enabled).__name__}")
        except Exception as error_:
            raise FieldError.at("enabled", data_, error_) from None
        try:
            _last_login = data_["lastLogin"]
            last_login: datetime.datetime | None
            if _last_login is None:
                last_login = None
            elif isinstance(_last_login, str):
                last_login_type_0 = datetime.datetime.fromisoformat(_last_login)

                last_login = last_login_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None, got {type(_last_login).__name__}")

        except Exception as error_:
            raise FieldError.at("lastLogin", data_, error_) from None
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            client_id = data_["clientId"]
            if not isinstance(client_id, str):
                raise TypeError(f"expected str, got {type(client_id).__name__}")
        except Exception as error_:
            raise FieldError.at("clientId", data_, error_) from None
        tenant_id = data_.get("tenantId", UNSET)
        if (not isinstance(tenant_id, str)) and not isinstance(tenant_id, Unset):
            raise FieldError.at("tenantId", data_, TypeError(f"expected str, got {type(tenant_id).__name__}"))
        instance_ = cls_(
            name=name,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            enabled=enabled,
            last_login=last_login,
            id=id,
            client_id=client_id,
            tenant_id=tenant_id,
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
