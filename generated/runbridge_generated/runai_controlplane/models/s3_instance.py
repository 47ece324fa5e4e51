from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="S3Instance")


@_attrs_define
class S3Instance:
    """
    Attributes:
        name (None | str | Unset):
        bucket (None | str | Unset):
        path (None | str | Unset):
        url (None | str | Unset):
        access_key_secret (None | str | Unset):
        secret_key_of_access_key_id (None | str | Unset):
        secret_key_of_secret_key (None | str | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    name: None | str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    access_key_secret: None | str | Unset = UNSET
    secret_key_of_access_key_id: None | str | Unset = UNSET
    secret_key_of_secret_key: None | str | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if url is not UNSET:
            field_dict["url"] = url
        if access_key_secret is not UNSET:
            field_dict["accessKeySecret"] = access_key_secret
        if secret_key_of_access_key_id is not UNSET:
            field_dict["secretKeyOfAccessKeyId"] = secret_key_of_access_key_id
        if secret_key_of_secret_key is not UNSET:
            field_dict["secretKeyOfSecretKey"] = secret_key_of_secret_key
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

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

        def _parse_exclude(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude = _parse_exclude(d.pop("exclude", UNSET))

        instance_ = cls(
            name=name,
            bucket=bucket,
            path=path,
            url=url,
            access_key_secret=access_key_secret,
            secret_key_of_access_key_id=secret_key_of_access_key_id,
            secret_key_of_secret_key=secret_key_of_secret_key,
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
