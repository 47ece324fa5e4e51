from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="S3AccessKey")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("accessKeySecret", "secretKeyOfAccessKeyId", "secretKeyOfSecretKey"))


@_attrs_define
class S3AccessKey:
    """
    Attributes:
        access_key_secret (None | str | Unset):
        secret_key_of_access_key_id (None | str | Unset):
        secret_key_of_secret_key (None | str | Unset):
    """

    access_key_secret: None | str | Unset = UNSET
    secret_key_of_access_key_id: None | str | Unset = UNSET
    secret_key_of_secret_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_secret: None | str | Unset
        if isinstance(self.access_key_secret, Unset):
            access_key_secret = UNSET
        else:
            access_key_secret = self.access_key_secret

        secret_key_of_access_key_id: None | str | Unset
        if isinstance(self.secret_key_of_access_key_id, Unset):
            secret_key_of_access_key_id = UNSET
        else:
            secret_key_of_access_key_id = self.secret_key_of_access_key_id

        secret_key_of_secret_key: None | str | Unset
        if isinstance(self.secret_key_of_secret_key, Unset):
            secret_key_of_secret_key = UNSET
        else:
            secret_key_of_secret_key = self.secret_key_of_secret_key

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if access_key_secret is not UNSET:
            fields_["accessKeySecret"] = access_key_secret
        if secret_key_of_access_key_id is not UNSET:
            fields_["secretKeyOfAccessKeyId"] = secret_key_of_access_key_id
        if secret_key_of_secret_key is not UNSET:
            fields_["secretKeyOfSecretKey"] = secret_key_of_secret_key

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _access_key_secret = data_.get("accessKeySecret", UNSET)
            access_key_secret: None | str | Unset
            if _access_key_secret is None:
                access_key_secret = None
            elif isinstance(_access_key_secret, Unset):
                access_key_secret = UNSET
            elif isinstance(_access_key_secret, str):
                access_key_secret = _access_key_secret
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_access_key_secret).__name__}")

        except Exception as error_:
            raise FieldError.at("accessKeySecret", data_, error_) from None
        try:
            _secret_key_of_access_key_id = data_.get("secretKeyOfAccessKeyId", UNSET)
            secret_key_of_access_key_id: None | str | Unset
            if _secret_key_of_access_key_id is None:
                secret_key_of_access_key_id = None
            elif isinstance(_secret_key_of_access_key_id, Unset):
                secret_key_of_access_key_id = UNSET
            elif isinstance(_secret_key_of_access_key_id, str):
                secret_key_of_access_key_id = _secret_key_of_access_key_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_key_of_access_key_id).__name__}")

        except Exception as error_:
            raise FieldError.at("secretKeyOfAccessKeyId", data_, error_) from None
        try:
            _secret_key_of_secret_key = data_.get("secretKeyOfSecretKey", UNSET)
            secret_key_of_secret_key: None | str | Unset
            if _secret_key_of_secret_key is None:
                secret_key_of_secret_key = None
            elif isinstance(_secret_key_of_secret_key, Unset):
                secret_key_of_secret_key = UNSET
            elif isinstance(_secret_key_of_secret_key, str):
                secret_key_of_secret_key = _secret_key_of_secret_key
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret_key_of_secret_key).__name__}")

        except Exception as error_:
            raise FieldError.at("secretKeyOfSecretKey", data_, error_) from None
        instance_ = cls_(
            access_key_secret=access_key_secret,
            secret_key_of_access_key_id=secret_key_of_access_key_id,
            secret_key_of_secret_key=secret_key_of_secret_key,
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
