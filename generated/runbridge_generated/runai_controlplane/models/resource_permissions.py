from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ResourcePermissions")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("users", "groups", "applications"))


@_attrs_define
class ResourcePermissions:
    """
    Attributes:
        users (list[str] | Unset):
        groups (list[str] | Unset):
        applications (list[str] | Unset):
    """

    users: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    applications: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if users is not UNSET:
            fields_["users"] = users
        if groups is not UNSET:
            fields_["groups"] = groups
        if applications is not UNSET:
            fields_["applications"] = applications

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            users = cast_(list[str], checked_scalars_(data_.get("users", UNSET), str))

        except Exception as error_:
            raise FieldError.at("users", data_, error_) from None
        try:
            groups = cast_(list[str], checked_scalars_(data_.get("groups", UNSET), str))

        except Exception as error_:
            raise FieldError.at("groups", data_, error_) from None
        try:
            applications = cast_(list[str], checked_scalars_(data_.get("applications", UNSET), str))

        except Exception as error_:
            raise FieldError.at("applications", data_, error_) from None
        instance_ = cls_(
            users=users,
            groups=groups,
            applications=applications,
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
