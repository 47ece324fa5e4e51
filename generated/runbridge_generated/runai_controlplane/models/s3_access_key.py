from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="S3AccessKey")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_secret is not UNSET:
            field_dict["accessKeySecret"] = access_key_secret
        if secret_key_of_access_key_id is not UNSET:
            field_dict["secretKeyOfAccessKeyId"] = secret_key_of_access_key_id
        if secret_key_of_secret_key is not UNSET:
            field_dict["secretKeyOfSecretKey"] = secret_key_of_secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_access_key_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_key_secret = _parse_access_key_secret(d.pop("accessKeySecret", UNSET))

        def _parse_secret_key_of_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key_of_access_key_id = _parse_secret_key_of_access_key_id(d.pop("secretKeyOfAccessKeyId", UNSET))

        def _parse_secret_key_of_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key_of_secret_key = _parse_secret_key_of_secret_key(d.pop("secretKeyOfSecretKey", UNSET))

        instance_ = cls(
            access_key_secret=access_key_secret,
            secret_key_of_access_key_id=secret_key_of_access_key_id,
            secret_key_of_secret_key=secret_key_of_secret_key,
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
