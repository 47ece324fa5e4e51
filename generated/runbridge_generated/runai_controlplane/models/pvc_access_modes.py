from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="PvcAccessModes")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("readWriteOnce", "readOnlyMany", "readWriteMany"))


@_attrs_define
class PvcAccessModes:
    """
    Attributes:
        read_write_once (bool | None | Unset):  Default: True.
        read_only_many (bool | None | Unset):  Default: False.
        read_write_many (bool | None | Unset):  Default: False.
    """

    read_write_once: bool | None | Unset = True
    read_only_many: bool | None | Unset = False
    read_write_many: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_write_once: bool | None | Unset
        if isinstance(self.read_write_once, Unset):
            read_write_once = UNSET
        else:
            read_write_once = self.read_write_once

        read_only_many: bool | None | Unset
        if isinstance(self.read_only_many, Unset):
            read_only_many = UNSET
        else:
            read_only_many = self.read_only_many

        read_write_many: bool | None | Unset
        if isinstance(self.read_write_many, Unset):
            read_write_many = UNSET
        else:
            read_write_many = self.read_write_many

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if read_write_once is not UNSET:
            fields_["readWriteOnce"] = read_write_once
        if read_only_many is not UNSET:
            fields_["readOnlyMany"] = read_only_many
        if read_write_many is not UNSET:
            fields_["readWriteMany"] = read_write_many

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _read_write_once = data_.get("readWriteOnce", UNSET)
            read_write_once: bool | None | Unset
            if _read_write_once is None:
                read_write_once = None
            elif isinstance(_read_write_once, Unset):
                read_write_once = UNSET
            elif isinstance(_read_write_once, bool):
                read_write_once = _read_write_once
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_read_write_once).__name__}")

        except Exception as error_:
            raise FieldError.at("readWriteOnce", data_, error_) from None
        try:
            _read_only_many = data_.get("readOnlyMany", UNSET)
            read_only_many: bool | None | Unset
            if _read_only_many is None:
                read_only_many = None
            elif isinstance(_read_only_many, Unset):
                read_only_many = UNSET
            elif isinstance(_read_only_many, bool):
                read_only_many = _read_only_many
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_read_only_many).__name__}")

        except Exception as error_:
            raise FieldError.at("readOnlyMany", data_, error_) from None
        try:
            _read_write_many = data_.get("readWriteMany", UNSET)
            read_write_many: bool | None | Unset
            if _read_write_many is None:
                read_write_many = None
            elif isinstance(_read_write_many, Unset):
                read_write_many = UNSET
            elif isinstance(_read_write_many, bool):
                read_write_many = _read_write_many
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_read_write_many).__name__}")

        except Exception as error_:
            raise FieldError.at("readWriteMany", data_, error_) from None
        instance_ = cls_(
            read_write_once=read_write_once,
            read_only_many=read_only_many,
            read_write_many=read_write_many,
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
