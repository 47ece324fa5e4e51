from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageBackend")


@_attrs_define
class StorageBackend:
    """
    Attributes:
        mode (str | Unset):
        label (str | Unset):
        available (bool | Unset):
        backend_class (str | Unset):
    """

    mode: str | Unset = UNSET
    label: str | Unset = UNSET
    available: bool | Unset = UNSET
    backend_class: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        label = self.label

        available = self.available

        backend_class = self.backend_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if label is not UNSET:
            field_dict["label"] = label
        if available is not UNSET:
            field_dict["available"] = available
        if backend_class is not UNSET:
            field_dict["backend_class"] = backend_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        label = d.pop("label", UNSET)

        available = d.pop("available", UNSET)

        backend_class = d.pop("backend_class", UNSET)

        instance_ = cls(
            mode=mode,
            label=label,
            available=available,
            backend_class=backend_class,
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
