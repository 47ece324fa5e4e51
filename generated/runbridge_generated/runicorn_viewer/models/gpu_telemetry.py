from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GpuTelemetry")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("available", "reason"))


@_attrs_define
class GpuTelemetry:
    """
    Attributes:
        available (bool):
        reason (str | Unset):
    """

    available: bool
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        reason = self.reason

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "available": available,
            }
        )
        if reason is not UNSET:
            fields_["reason"] = reason

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            available = data_["available"]
            if not isinstance(available, bool):
                raise TypeError(f"expected bool, got {type(available).__name__}")
        except Exception as error_:
            raise FieldError.at("available", data_, error_) from None
        reason = data_.get("reason", UNSET)
        if (not isinstance(reason, str)) and not isinstance(reason, Unset):
            raise FieldError.at("reason", data_, TypeError(f"expected str, got {type(reason).__name__}"))
        instance_ = cls_(
            available=available,
            reason=reason,
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
