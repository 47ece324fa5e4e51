from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.git_authentication_method import GitAuthenticationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="GitSecretRef")


@_attrs_define
class GitSecretRef:
    """
    Attributes:
        name (str | Unset):
        authentication_method (GitAuthenticationMethod | Unset):
        secret_key_of_user (None | str | Unset):
        secret_key_of_password (None | str | Unset):
    """

    name: str | Unset = UNSET
    authentication_method: GitAuthenticationMethod | Unset = UNSET
    secret_key_of_user: None | str | Unset = UNSET
    secret_key_of_password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        authentication_method: str | Unset = UNSET
        if not isinstance(self.authentication_method, Unset):
            authentication_method = self.authentication_method.value

        secret_key_of_user: None | str | Unset
        if isinstance(self.secret_key_of_user, Unset):
            secret_key_of_user = UNSET
        else:
            secret_key_of_user = self.secret_key_of_user

        secret_key_of_password: None | str | Unset
        if isinstance(self.secret_key_of_password, Unset):
            secret_key_of_password = UNSET
        else:
            secret_key_of_password = self.secret_key_of_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if authentication_method is not UNSET:
            field_dict["authenticationMethod"] = authentication_method
        if secret_key_of_user is not UNSET:
            field_dict["secretKeyOfUser"] = secret_key_of_user
        if secret_key_of_password is not UNSET:
            field_dict["secretKeyOfPassword"] = secret_key_of_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _authentication_method = d.pop("authenticationMethod", UNSET)
        authentication_method: GitAuthenticationMethod | Unset
        if isinstance(_authentication_method, Unset):
            authentication_method = UNSET
        else:
            authentication_method = GitAuthenticationMethod(_authentication_method)

        def _parse_secret_key_of_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key_of_user = _parse_secret_key_of_user(d.pop("secretKeyOfUser", UNSET))

        def _parse_secret_key_of_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key_of_password = _parse_secret_key_of_password(d.pop("secretKeyOfPassword", UNSET))

        instance_ = cls(
            name=name,
            authentication_method=authentication_method,
            secret_key_of_user=secret_key_of_user,
            secret_key_of_password=secret_key_of_password,
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
