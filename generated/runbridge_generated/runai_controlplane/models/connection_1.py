from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_1_authorization_type import Connection1AuthorizationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection1")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "toolType": tool_type,
                "connectionType": connection_type,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if authorization_type is not UNSET:
            field_dict["authorizationType"] = authorization_type
        if authorized_users is not UNSET:
            field_dict["authorizedUsers"] = authorized_users
        if authorized_groups is not UNSET:
            field_dict["authorizedGroups"] = authorized_groups
        if container_port is not UNSET:
            field_dict["containerPort"] = container_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        tool_type = d.pop("toolType")

        connection_type = d.pop("connectionType")

        url = d.pop("url", UNSET)

        _authorization_type = d.pop("authorizationType", UNSET)
        authorization_type: Connection1AuthorizationType | Unset
        if isinstance(_authorization_type, Unset):
            authorization_type = UNSET
        else:
            authorization_type = Connection1AuthorizationType(_authorization_type)

        authorized_users = cast(list[str], d.pop("authorizedUsers", UNSET))

        authorized_groups = cast(list[str], d.pop("authorizedGroups", UNSET))

        container_port = d.pop("containerPort", UNSET)

        instance_ = cls(
            name=name,
            tool_type=tool_type,
            connection_type=connection_type,
            url=url,
            authorization_type=authorization_type,
            authorized_users=authorized_users,
            authorized_groups=authorized_groups,
            container_port=container_port,
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
