from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("asset_id", "asset_type", "name", "fingerprint", "role"))


@_attrs_define
class AssetRef:
    """
    Attributes:
        asset_id (str | Unset):
        asset_type (str | Unset):
        name (None | str | Unset):
        fingerprint (None | str | Unset):
        role (None | str | Unset):
    """

    asset_id: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    name: None | str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_type = self.asset_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if asset_id is not UNSET:
            fields_["asset_id"] = asset_id
        if asset_type is not UNSET:
            fields_["asset_type"] = asset_type
        if name is not UNSET:
            fields_["name"] = name
        if fingerprint is not UNSET:
            fields_["fingerprint"] = fingerprint
        if role is not UNSET:
            fields_["role"] = role

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        asset_id = data_.get("asset_id", UNSET)
        if (not isinstance(asset_id, str)) and not isinstance(asset_id, Unset):
            raise FieldError.at("asset_id", data_, TypeError(f"expected str, got {type(asset_id).__name__}"))
        asset_type = data_.get("asset_type", UNSET)
        if (not isinstance(asset_type, str)) and not isinstance(asset_type, Unset):
            raise FieldError.at("asset_type", data_, TypeError(f"expected str, got {type(asset_type).__name__}"))
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
            _fingerprint = data_.get("fingerprint", UNSET)
            fingerprint: None | str | Unset
            if _fingerprint is None:
                fingerprint = None
            elif isinstance(_fingerprint, Unset):
                fingerprint = UNSET
            elif isinstance(_fingerprint, str):
                fingerprint = _fingerprint
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_fingerprint).__name__}")

        except Exception as error_:
            raise FieldError.at("fingerprint", data_, error_) from None
        try:
            _role = data_.get("role", UNSET)
            role: None | str | Unset
            if _role is None:
                role = None
            elif isinstance(_role, Unset):
                role = UNSET
            elif isinstance(_role, str):
                role = _role
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_role).__name__}")

        except Exception as error_:
            raise FieldError.at("role", data_, error_) from None
        instance_ = cls_(
            asset_id=asset_id,
            asset_type=asset_type,
            name=name,
            fingerprint=fingerprint,
            role=role,
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
