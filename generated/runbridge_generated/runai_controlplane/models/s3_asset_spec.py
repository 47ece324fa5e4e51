from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="S3AssetSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("bucket", "path", "url", "accessKeyAssetId"))


@_attrs_define
class S3AssetSpec:
    """
    Attributes:
        bucket (None | str | Unset):
        path (None | str | Unset):
        url (None | str | Unset):
        access_key_asset_id (None | str | Unset):
    """

    bucket: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    access_key_asset_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        access_key_asset_id: None | str | Unset
        if isinstance(self.access_key_asset_id, Unset):
            access_key_asset_id = UNSET
        else:
            access_key_asset_id = self.access_key_asset_id

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if bucket is not UNSET:
            fields_["bucket"] = bucket
        if path is not UNSET:
            fields_["path"] = path
        if url is not UNSET:
            fields_["url"] = url
        if access_key_asset_id is not UNSET:
            fields_["accessKeyAssetId"] = access_key_asset_id

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
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
            _access_key_asset_id = data_.get("accessKeyAssetId", UNSET)
            access_key_asset_id: None | str | Unset
            if _access_key_asset_id is None:
                access_key_asset_id = None
            elif isinstance(_access_key_asset_id, Unset):
                access_key_asset_id = UNSET
            elif isinstance(_access_key_asset_id, str):
                access_key_asset_id = _access_key_asset_id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_access_key_asset_id).__name__}")

        except Exception as error_:
            raise FieldError.at("accessKeyAssetId", data_, error_) from None
        instance_ = cls_(
            bucket=bucket,
            path=path,
            url=url,
            access_key_asset_id=access_key_asset_id,
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
