from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DockerRegistrySpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("keyId", "existingSecretName", "user", "password", "url"))


@_attrs_define
class DockerRegistrySpec:
    """
    Attributes:
        key_id (int):
        existing_secret_name (None | str | Unset):
        user (None | str | Unset):
        password (None | str | Unset):
        url (None | str | Unset):
    """

    key_id: int
    existing_secret_name: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        existing_secret_name: None | str | Unset
        if isinstance(self.existing_secret_name, Unset):
            existing_secret_name = UNSET
        else:
            existing_secret_name = self.existing_secret_name

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "keyId": key_id,
            }
        )
        if existing_secret_name is not UNSET:
            fields_["existingSecretName"] = existing_secret_name
        if user is not UNSET:
            fields_["user"] = user
        if password is not UNSET:
            fields_["password"] = password
        if url is not UNSET:
            fields_["url"] = url

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            key_id = data_["keyId"]
            if not isinstance(key_id, int) or key_id is True or key_id is False:
                raise TypeError(f"expected int, got {type(key_id).__name__}")
        except Exception as error_:
            raise FieldError.at("keyId", data_, error_) from None
        try:
            _existing_secret_name = data_.get("existingSecretName", UNSET)
            existing_secret_name: None | str | Unset
            if _existing_secret_name is None:
                existing_secret_name = None
            elif isinstance(_existing_secret_name, Unset):
                existing_secret_name = UNSET
            elif isinstance(_existing_secret_name, str):
                existing_secret_name = _existing_secret_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_existing_secret_name).__name__}")

        except Exception as error_:
            raise FieldError.at("existingSecretName", data_, error_) from None
        try:
            _user = data_.get("user", UNSET)
            user: None | str | Unset
            if _user is None:
                user = None
            elif isinstance(_user, Unset):
                user = UNSET
            elif isinstance(_user, str):
                user = _user
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_user).__name__}")

        except Exception as error_:
            raise FieldError.at("user", data_, error_) from None
        try:
            _password = data_.get("password", UNSET)
            password: None | str | Unset
            if _password is None:
                password = None
            elif isinstance(_password, Unset):
                password = UNSET
            elif isinstance(_password, str):
                password = _password
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_password).__name__}")

        except Exception as error_:
            raise FieldError.at("password", data_, error_) from None
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
        instance_ = cls_(
            key_id=key_id,
            existing_secret_name=existing_secret_name,
            user=user,
            password=password,
            url=url,
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
