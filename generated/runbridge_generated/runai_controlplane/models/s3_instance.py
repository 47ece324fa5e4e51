from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="S3Instance")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("name", "bucket", "path", "url", "accessKeySecret", "secretKeyOfAccessKeyId", "secretKeyOfSecretKey", "exclude")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if bucket is not UNSET:
            fields_["bucket"] = bucket
        if path is not UNSET:
            fields_["path"] = path
        if url is not UNSET:
            fields_["url"] = url
        if access_key_secret is not UNSET:
            fields_["accessKeySecret"] = access_key_secret
        if secret_key_of_access_key_id is not UNSET:
            fields_["secretKeyOfAccessKeyId"] = secret_key_of_access_key_id
        if secret_key_of_secret_key is not UNSET:
            fields_["secretKeyOfSecretKey"] = secret_key_of_secret_key
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
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
            _bucket = data_.get("bucket", UNSET)
            bucket: None | str | Unset
            if _bucket is None:
                bucket = None
            elif isinstance(_bucket, Unset):
                bucket = UNSET
            elif isinstance(_bucket, str):
                bucket = _bucket
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_bucket).__name__}")

        except Exception as error_:
            raise FieldError.at("bucket", data_, error_) from None
        try:
            _path = data_.get("path", UNSET)
            path: None | str | Unset
            if _path is None:
                path = None
            elif isinstance(_path, Unset):
                path = UNSET
            elif isinstance(_path, str):
                path = _path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_path).__name__}")

        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
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
            name=name,
            bucket=bucket,
            path=path,
            url=url,
            access_key_secret=access_key_secret,
            secret_key_of_access_key_id=secret_key_of_access_key_id,
            secret_key_of_secret_key=secret_key_of_secret_key,
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
