from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="KeyValuePair")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("key", "value"))


@_attrs_define
class KeyValuePair:
    """
    Attributes:
        key (None | str | Unset):
        value (None | str | Unset):
    """

    key: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if key is not UNSET:
            fields_["key"] = key
        if value is not UNSET:
            fields_["value"] = value

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _key = data_.get("key", UNSET)
            key: None | str | Unset
            if _key is None:
                key = None
            elif isinstance(_key, Unset):
                key = UNSET
            elif isinstance(_key, str):
                key = _key
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_key).__name__}")

        except Exception as error_:
            raise FieldError.at("key", data_, error_) from None
        try:
            _value = data_.get("value", UNSET)
            value: None | str | Unset
            if _value is None:
                value = None
            elif isinstance(_value, Unset):
                value = UNSET
            elif isinstance(_value, str):
                value = _value
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_value).__name__}")

        except Exception as error_:
            raise FieldError.at("value", data_, error_) from None
        instance_ = cls_(
            key=key,
            value=value,
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
