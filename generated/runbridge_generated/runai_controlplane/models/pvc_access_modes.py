from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PvcAccessModes")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_write_once is not UNSET:
            field_dict["readWriteOnce"] = read_write_once
        if read_only_many is not UNSET:
            field_dict["readOnlyMany"] = read_only_many
        if read_write_many is not UNSET:
            field_dict["readWriteMany"] = read_write_many

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_read_write_once(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_write_once = _parse_read_write_once(d.pop("readWriteOnce", UNSET))

        def _parse_read_only_many(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only_many = _parse_read_only_many(d.pop("readOnlyMany", UNSET))

        def _parse_read_write_many(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_write_many = _parse_read_write_many(d.pop("readWriteMany", UNSET))

        instance_ = cls(
            read_write_once=read_write_once,
            read_only_many=read_only_many,
            read_write_many=read_write_many,
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
