from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.units import Units
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AggregatedResourcesMemory")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("units", "deserved"))


@_attrs_define
class AggregatedResourcesMemory:
    """
    Attributes:
        units (Units):
        deserved (float | None | Unset):
    """

    units: Units
    deserved: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        units = self.units.value

        deserved: float | None | Unset
        if isinstance(self.deserved, Unset):
            deserved = UNSET
        else:
            deserved = self.deserved

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "units": units,
            }
        )
        if deserved is not UNSET:
            fields_["deserved"] = deserved

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            units = Units(data_["units"])

        except Exception as error_:
            raise FieldError.at("units", data_, error_) from None
        try:
            _deserved = data_.get("deserved", UNSET)
            deserved: float | None | Unset
            if _deserved is None:
                deserved = None
            elif isinstance(_deserved, Unset):
                deserved = UNSET
            elif isinstance(_deserved, (int, float)) and not isinstance(_deserved, bool):
                deserved = _deserved
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_deserved).__name__}")

        except Exception as error_:
            raise FieldError.at("deserved", data_, error_) from None
        instance_ = cls_(
            units=units,
            deserved=deserved,
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
