from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_type import AuthorizationType
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ExposedUrl")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "container",
        "url",
        "authorizationType",
        "authorizedUsers",
        "authorizedGroups",
        "toolType",
        "toolName",
        "name",
        "exclude",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if container is not UNSET:
            fields_["container"] = container
        if url is not UNSET:
            fields_["url"] = url
        if authorization_type is not UNSET:
            fields_["authorizationType"] = authorization_type
        if authorized_users is not UNSET:
            fields_["authorizedUsers"] = authorized_users
        if authorized_groups is not UNSET:
            fields_["authorizedGroups"] = authorized_groups
        if tool_type is not UNSET:
            fields_["toolType"] = tool_type
        if tool_name is not UNSET:
            fields_["toolName"] = tool_name
        if name is not UNSET:
            fields_["name"] = name
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _container = data_.get("container", UNSET)
            container: int | None | Unset
            if _container is None:
                container = None
            elif isinstance(_container, Unset):
                container = UNSET
            elif isinstance(_container, int) and not isinstance(_container, bool):
                container = _container
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_container).__name__}")

        except Exception as error_:
            raise FieldError.at("container", data_, error_) from None
        try:
            _url = data_.get("url", UNSET)
            url: None | str | Unset
            if _url is None:
                url = None
            elif isinstance(_url, Unset):
                url = UNSET
            elif isinstance(_url, str):
                url = _url
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_url).__name__}")

        except Exception as error_:
            raise FieldError.at("url", data_, error_) from None
        try:
            _authorization_type = data_.get("authorizationType", UNSET)
            authorization_type: AuthorizationType | None | Unset
            if _authorization_type is None:
                authorization_type = None
            elif isinstance(_authorization_type, Unset):
                authorization_type = UNSET
            elif isinstance(_authorization_type, str):
                authorization_type_type_0 = AuthorizationType(_authorization_type)

                authorization_type = authorization_type_type_0

            else:
                raise TypeError(f"expected AuthorizationType | None | Unset, got {type(_authorization_type).__name__}")

        except Exception as error_:
            raise FieldError.at("authorizationType", data_, error_) from None
        try:
            _authorized_users = data_.get("authorizedUsers", UNSET)
            authorized_users: list[str] | None | Unset
            if _authorized_users is None:
                authorized_users = None
            elif isinstance(_authorized_users, Unset):
                authorized_users = UNSET
            elif isinstance(_authorized_users, list):
                authorized_users_type_0 = cast_(list[str], checked_scalars_(_authorized_users, str))

                authorized_users = authorized_users_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_authorized_users).__name__}")

        except Exception as error_:
            raise FieldError.at("authorizedUsers", data_, error_) from None
        try:
            _authorized_groups = data_.get("authorizedGroups", UNSET)
            authorized_groups: list[str] | None | Unset
            if _authorized_groups is None:
                authorized_groups = None
            elif isinstance(_authorized_groups, Unset):
                authorized_groups = UNSET
            elif isinstance(_authorized_groups, list):
                authorized_groups_type_0 = cast_(list[str], checked_scalars_(_authorized_groups, str))

                authorized_groups = authorized_groups_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_authorized_groups).__name__}")

        except Exception as error_:
            raise FieldError.at("authorizedGroups", data_, error_) from None
        try:
            _tool_type = data_.get("toolType", UNSET)
            tool_type: None | str | Unset
            if _tool_type is None:
                tool_type = None
            elif isinstance(_tool_type, Unset):
                tool_type = UNSET
            elif isinstance(_tool_type, str):
                tool_type = _tool_type
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_tool_type).__name__}")

        except Exception as error_:
            raise FieldError.at("toolType", data_, error_) from None
        try:
            _tool_name = data_.get("toolName", UNSET)
            tool_name: None | str | Unset
            if _tool_name is None:
                tool_name = None
            elif isinstance(_tool_name, Unset):
                tool_name = UNSET
            elif isinstance(_tool_name, str):
                tool_name = _tool_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_tool_name).__name__}")

        except Exception as error_:
            raise FieldError.at("toolName", data_, error_) from None
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        instance_ = cls_(
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
