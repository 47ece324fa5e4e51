from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AccessKeySpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("keyId", "existingSecretName", "accessKeyId", "secretAccessKey"))


@_attrs_define
class AccessKeySpec:
    """
    Attributes:
        key_id (int):
        existing_secret_name (None | str | Unset):
        access_key_id (None | str | Unset):
        secret_access_key (None | str | Unset):
    """

    key_id: int
    existing_secret_name: None | str | Unset = UNSET
    access_key_id: None | str | Unset = UNSET
    secret_access_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        existing_secret_name: None | str | Unset
        if isinstance(self.existing_secret_name, Unset):
            existing_secret_name = UNSET
        else:
            existing_secret_name = self.existing_secret_name

        access_key_id: None | str | Unset
        if isinstance(self.access_key_id, Unset):
            access_key_id = UNSET
        else:
            access_key_id = self.access_key_id

        secret_access_key: None | str | Unset
        if isinstance(self.secret_access_key, Unset):
            secret_access_key = UNSET
        else:
            secret_access_key = self.secret_access_key

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "keyId": key_id,
            }
        )
        if existing_secret_name is not UNSET:
            fields_["existingSecretName"] = existing_secret_name
        if access_key_id is not UNSET:
            fields_["accessKeyId"] = access_key_id
        if secret_access_key is not UNSET:
            fields_["secretAccessKey"] = secret_access_key

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
            _access_key_id = data_.get("accessKeyId", UNSET)
            access_key_id: None | str | Unset
            if _access_key_id is None:
                access_key_id = None
            elif isinstance(_access_key_id, Unset):
                access_key_id = UNSET
            elif isinstance(_access_key_id, str):
                access_key_id = _access_key_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_access_key_id).__name__}")

        except Exception as error_:
            raise FieldError.at("accessKeyId", data_, error_) from None
        try:
            _secret_access_key = data_.get("secretAccessKey", UNSET)
            secret_access_key: None | str | Unset
            if _secret_access_key is None:
                secret_access_key = None
            elif isinstance(_secret_access_key, Unset):
                secret_access_key = UNSET
            elif isinstance(_secret_access_key, str):
                secret_access_key = _secret_access_key
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_access_key).__name__}")

        except Exception as error_:
            raise FieldError.at("secretAccessKey", data_, error_) from None
        instance_ = cls_(
            key_id=key_id,
            existing_secret_name=existing_secret_name,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
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
