from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitPassword")


@_attrs_define
class GitPassword:
    """
    Attributes:
        password_secret (None | str | Unset):
        secret_key_of_user (None | str | Unset):
        secret_key_of_password (None | str | Unset):
    """

    password_secret: None | str | Unset = UNSET
    secret_key_of_user: None | str | Unset = UNSET
    secret_key_of_password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password_secret: None | str | Unset
        if isinstance(self.password_secret, Unset):
            password_secret = UNSET
        else:
            password_secret = self.password_secret

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
        if password_secret is not UNSET:
            field_dict["passwordSecret"] = password_secret
        if secret_key_of_user is not UNSET:
            field_dict["secretKeyOfUser"] = secret_key_of_user
        if secret_key_of_password is not UNSET:
            field_dict["secretKeyOfPassword"] = secret_key_of_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_password_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_secret = _parse_password_secret(d.pop("passwordSecret", UNSET))

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
            password_secret=password_secret,
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
