from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="User2")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("id", "username", "createdBy", "createdAt", "updatedAt", "lastLogin", "isLocal", "groups")
)


@_attrs_define
class User2:
    """
    Attributes:
        id (str):
        username (str):
        created_by (str):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        last_login (datetime.datetime | None):
        is_local (bool | None):
        groups (list[str] | None | Unset):
    """

    id: str
    username: str
    created_by: str
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    last_login: datetime.datetime | None
    is_local: bool | None
    groups: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

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

        last_login: None | str
        if isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        is_local: bool | None
        is_local = self.is_local

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "username": username,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "lastLogin": last_login,
                "isLocal": is_local,
            }
        )
        if groups is not UNSET:
            fields_["groups"] = groups

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
            username = data_["username"]
            if not isinstance(username, str):
                raise TypeError(f"expected str, got {type(username).__name__}")
        except Exception as error_:
            raise FieldError.at("username", data_, error_) from None
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
            _is_local = data_["isLocal"]
            is_local: bool | None
            if _is_local is None:
                is_local = None
            elif isinstance(_is_local, bool):
                is_local = _is_local
            else:
                raise TypeError(f"expected bool | None, got {type(_is_local).__name__}")

        except Exception as error_:
            raise FieldError.at("isLocal", data_, error_) from None
        try:
            _groups = data_.get("groups", UNSET)
            groups: list[str] | None | Unset
            if _groups is None:
                groups = None
            elif isinstance(_groups, Unset):
                groups = UNSET
            elif isinstance(_groups, list):
                groups_type_0 = cast_(list[str], checked_scalars_(_groups, str))

                groups = groups_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_groups).__name__}")

        except Exception as error_:
            raise FieldError.at("groups", data_, error_) from None
        instance_ = cls_(
            id=id,
            username=username,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            last_login=last_login,
            is_local=is_local,
            groups=groups,
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
