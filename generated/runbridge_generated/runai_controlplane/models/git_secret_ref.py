from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.git_authentication_method import GitAuthenticationMethod
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GitSecretRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "authenticationMethod", "secretKeyOfUser", "secretKeyOfPassword"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if authentication_method is not UNSET:
            fields_["authenticationMethod"] = authentication_method
        if secret_key_of_user is not UNSET:
            fields_["secretKeyOfUser"] = secret_key_of_user
        if secret_key_of_password is not UNSET:
            fields_["secretKeyOfPassword"] = secret_key_of_password

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        try:
            _authentication_method = data_.get("authenticationMethod", UNSET)
            authentication_method: GitAuthenticationMethod | Unset
            if isinstance(_authentication_method, Unset):
                authentication_method = UNSET
            else:
                authentication_method = GitAuthenticationMethod(_authentication_method)

        except Exception as error_:
            raise FieldError.at("authenticationMethod", data_, error_) from None
        try:
            _secret_key_of_user = data_.get("secretKeyOfUser", UNSET)
            secret_key_of_user: None | str | Unset
            if _secret_key_of_user is None:
                secret_key_of_user = None
            elif isinstance(_secret_key_of_user, Unset):
                secret_key_of_user = UNSET
            elif isinstance(_secret_key_of_user, str):
                secret_key_of_user = _secret_key_of_user
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_key_of_user).__name__}")

        except Exception as error_:
            raise FieldError.at("secretKeyOfUser", data_, error_) from None
        try:
            _secret_key_of_password = data_.get("secretKeyOfPassword", UNSET)
            secret_key_of_password: None | str | Unset
            if _secret_key_of_password is None:
                secret_key_of_password = None
            elif isinstance(_secret_key_of_password, Unset):
                secret_key_of_password = UNSET
            elif isinstance(_secret_key_of_password, str):
                secret_key_of_password = _secret_key_of_password
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_key_of_password).__name__}")

        except Exception as error_:
            raise FieldError.at("secretKeyOfPassword", data_, error_) from None
        instance_ = cls_(
            name=name,
            authentication_method=authentication_method,
            secret_key_of_user=secret_key_of_user,
            secret_key_of_password=secret_key_of_password,
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
