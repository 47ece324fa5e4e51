from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="MetricsTableRowsItem")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(())


@_attrs_define
class MetricsTableRowsItem:
    additional_properties: dict[str, bool | float | None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        fields_: dict[str, Any] = {}
        for key_, value_ in self.additional_properties.items():
            fields_[key_] = value_

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        instance_ = cls_()

        if not _FIELDS.issuperset(data_):
            extra_ = {}
            for key_, value_ in data_.items():
                if key_ in _FIELDS:
                    continue
                try:
                    _additional_property = value_
                    additional_property: bool | float | None | str
                    if _additional_property is None:
                        additional_property = None
                    elif isinstance(_additional_property, (int, float, str, bool)):
                        additional_property = _additional_property
                    else:
                        raise TypeError(
                            f"expected bool | float | None | str, got {type(_additional_property).__name__}"
                        )

                except Exception as error_:
                    raise FieldError.at(key_, data_, error_) from None
                extra_[key_] = additional_property
            instance_.additional_properties = extra_
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
