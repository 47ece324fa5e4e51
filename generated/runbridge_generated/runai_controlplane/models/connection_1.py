from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_1_authorization_type import Connection1AuthorizationType
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="Connection1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "toolType",
        "connectionType",
        "url",
        "authorizationType",
        "authorizedUsers",
        "authorizedGroups",
        "containerPort",
    )
)


@_attrs_define
class Connection1:
    """
    Attributes:
        name (str):
        tool_type (str):
        connection_type (str):
        url (str | Unset):
        authorization_type (Connection1AuthorizationType | Unset):
        authorized_users (list[str] | Unset):
        authorized_groups (list[str] | Unset):
        container_port (int | Unset):
    """

    name: str
    tool_type: str
    connection_type: str
    url: str | Unset = UNSET
    authorization_type: Connection1AuthorizationType | Unset = UNSET
    authorized_users: list[str] | Unset = UNSET
    authorized_groups: list[str] | Unset = UNSET
    container_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tool_type = self.tool_type

        connection_type = self.connection_type

        url = self.url

        authorization_type: str | Unset = UNSET
        if not isinstance(self.authorization_type, Unset):
            authorization_type = self.authorization_type.value

        authorized_users: list[str] | Unset = UNSET
        if not isinstance(self.authorized_users, Unset):
            authorized_users = self.authorized_users

        authorized_groups: list[str] | Unset = UNSET
        if not isinstance(self.authorized_groups, Unset):
            authorized_groups = self.authorized_groups

        container_port = self.container_port

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "toolType": tool_type,
                "connectionType": connection_type,
            }
        )
        if url is not UNSET:
            fields_["url"] = url
        if authorization_type is not UNSET:
            fields_["authorizationType"] = authorization_type
        if authorized_users is not UNSET:
            fields_["authorizedUsers"] = authorized_users
        if authorized_groups is not UNSET:
            fields_["authorizedGroups"] = authorized_groups
        if container_port is not UNSET:
            fields_["containerPort"] = container_port

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
            tool_type = data_["toolType"]
            if not isinstance(tool_type, str):
                raise TypeError(f"expected str, got {type(tool_type).__name__}")
        except Exception as error_:
            raise FieldError.at("toolType", data_, error_) from None
        try:
            connection_type = data_["connectionType"]
            if not isinstance(connection_type, str):
                raise TypeError(f"expected str, got {type(connection_type).__name__}")
        except Exception as error_:
            raise FieldError.at("connectionType", data_, error_) from None
        url = data_.get("url", UNSET)
        if (not isinstance(url, str)) and not isinstance(url, Unset):
            raise FieldError.at("url", data_, TypeError(f"expected str, got {type(url).__name__}"))
        try:
            _authorization_type = data_.get("authorizationType", UNSET)
            authorization_type: Connection1AuthorizationType | Unset
            if isinstance(_authorization_type, Unset):
                authorization_type = UNSET
            else:
                authorization_type = Connection1AuthorizationType(_authorization_type)

        except Exception as error_:
            raise FieldError.at("authorizationType", data_, error_) from None
        try:
            authorized_users = cast_(list[str], checked_scalars_(data_.get("authorizedUsers", UNSET), str))

        except Exception as error_:
            raise FieldError.at("authorizedUsers", data_, error_) from None
        try:
            authorized_groups = cast_(list[str], checked_scalars_(data_.get("authorizedGroups", UNSET), str))

        except Exception as error_:
            raise FieldError.at("authorizedGroups", data_, error_) from None
        container_port = data_.get("containerPort", UNSET)
        if (
            not isinstance(container_port, int) or container_port is True or container_port is False
        ) and not isinstance(container_port, Unset):
            raise FieldError.at("containerPort", data_, TypeError(f"expected int, got {type(container_port).__name__}"))
        instance_ = cls_(
            name=name,
            tool_type=tool_type,
            connection_type=connection_type,
            url=url,
            authorization_type=authorization_type,
            authorized_users=authorized_users,
            authorized_groups=authorized_groups,
            container_port=container_port,
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
