from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="StorageBackend")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("mode", "label", "available", "backend_class"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if mode is not UNSET:
            fields_["mode"] = mode
        if label is not UNSET:
            fields_["label"] = label
        if available is not UNSET:
            fields_["available"] = available
        if backend_class is not UNSET:
            fields_["backend_class"] = backend_class

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        mode = data_.get("mode", UNSET)
        if (not isinstance(mode, str)) and not isinstance(mode, Unset):
            raise FieldError.at("mode", data_, TypeError(f"expected str, got {type(mode).__name__}"))
        label = data_.get("label", UNSET)
        if (not isinstance(label, str)) and not isinstance(label, Unset):
            raise FieldError.at("label", data_, TypeError(f"expected str, got {type(label).__name__}"))
        available = data_.get("available", UNSET)
        if (not isinstance(available, bool)) and not isinstance(available, Unset):
            raise FieldError.at("available", data_, TypeError(f"expected bool, got {type(available).__name__}"))
        backend_class = data_.get("backend_class", UNSET)
        if (not isinstance(backend_class, str)) and not isinstance(backend_class, Unset):
            raise FieldError.at("backend_class", data_, TypeError(f"expected str, got {type(backend_class).__name__}"))
        instance_ = cls_(
            mode=mode,
            label=label,
            available=available,
            backend_class=backend_class,
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
