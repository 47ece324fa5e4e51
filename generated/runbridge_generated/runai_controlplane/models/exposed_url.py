from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_type import AuthorizationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExposedUrl")


@_attrs_define
class ExposedUrl:
    """
    Attributes:
        container (int | None | Unset):
        url (None | str | Unset):
        authorization_type (AuthorizationType | None | Unset):
        authorized_users (list[str] | None | Unset):
        authorized_groups (list[str] | None | Unset):
        tool_type (None | str | Unset):
        tool_name (None | str | Unset):
        name (None | str | Unset):
        exclude (bool | None | Unset):
    """

    container: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    authorization_type: AuthorizationType | None | Unset = UNSET
    authorized_users: list[str] | None | Unset = UNSET
    authorized_groups: list[str] | None | Unset = UNSET
    tool_type: None | str | Unset = UNSET
    tool_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: int | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        authorization_type: None | str | Unset
        if isinstance(self.authorization_type, Unset):
            authorization_type = UNSET
        elif isinstance(self.authorization_type, AuthorizationType):
            authorization_type = self.authorization_type.value
        else:
            authorization_type = self.authorization_type

        authorized_users: list[str] | None | Unset
        if isinstance(self.authorized_users, Unset):
            authorized_users = UNSET
        elif isinstance(self.authorized_users, list):
            authorized_users = self.authorized_users

        else:
            authorized_users = self.authorized_users

        authorized_groups: list[str] | None | Unset
        if isinstance(self.authorized_groups, Unset):
            authorized_groups = UNSET
        elif isinstance(self.authorized_groups, list):
            authorized_groups = self.authorized_groups

        else:
            authorized_groups = self.authorized_groups

        tool_type: None | str | Unset
        if isinstance(self.tool_type, Unset):
            tool_type = UNSET
        else:
            tool_type = self.tool_type

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container is not UNSET:
            field_dict["container"] = container
        if url is not UNSET:
            field_dict["url"] = url
        if authorization_type is not UNSET:
            field_dict["authorizationType"] = authorization_type
        if authorized_users is not UNSET:
            field_dict["authorizedUsers"] = authorized_users
        if authorized_groups is not UNSET:
            field_dict["authorizedGroups"] = authorized_groups
        if tool_type is not UNSET:
            field_dict["toolType"] = tool_type
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if name is not UNSET:
            field_dict["name"] = name
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_container(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_authorization_type(data: object) -> AuthorizationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authorization_type_type_0 = AuthorizationType(data)

                return authorization_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationType | None | Unset, data)

        authorization_type = _parse_authorization_type(d.pop("authorizationType", UNSET))

        def _parse_authorized_users(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authorized_users_type_0 = cast(list[str], data)

                return authorized_users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        authorized_users = _parse_authorized_users(d.pop("authorizedUsers", UNSET))

        def _parse_authorized_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authorized_groups_type_0 = cast(list[str], data)

                return authorized_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        authorized_groups = _parse_authorized_groups(d.pop("authorizedGroups", UNSET))

        def _parse_tool_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_type = _parse_tool_type(d.pop("toolType", UNSET))

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_name = _parse_tool_name(d.pop("toolName", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_exclude(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude = _parse_exclude(d.pop("exclude", UNSET))

        instance_ = cls(
            container=container,
            url=url,
            authorization_type=authorization_type,
            authorized_users=authorized_users,
            authorized_groups=authorized_groups,
            tool_type=tool_type,
            tool_name=tool_name,
            name=name,
            exclude=exclude,
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
