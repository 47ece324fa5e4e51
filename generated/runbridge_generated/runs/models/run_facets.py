from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunFacets")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("total",))


@_attrs_define
class RunFacets:
    """`total` is the number of matching runs; every other key is a requested facet's buckets.

    Attributes:
        total (int | Unset):
    """

    total: int | Unset = UNSET
    additional_properties: dict[str, list[FacetBucket]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        fields_: dict[str, Any] = {}
        for key_, value_ in self.additional_properties.items():
            fields_[key_] = []
            for additional_property_item_data in value_:
                additional_property_item = additional_property_item_data.to_dict()
                fields_[key_].append(additional_property_item)

        fields_.update({})
        if total is not UNSET:
            fields_["total"] = total

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        total = data_.get("total", UNSET)
        if (not isinstance(total, int) or total is True or total is False) and not isinstance(total, Unset):
            raise FieldError.at("total", data_, TypeError(f"expected int, got {type(total).__name__}"))
        instance_ = cls_(
            total=total,
        )

        if not _FIELDS.issuperset(data_):
            extra_ = {}
            for key_, value_ in data_.items():
                if key_ in _FIELDS:
                    continue
                try:
                    _additional_property = value_
                    if not isinstance(_additional_property, list):
                        raise TypeError(f"expected a list, got {type(_additional_property).__name__}")
                    additional_property = []
                    for additional_property_item_index_, additional_property_item_data in enumerate(
                        _additional_property
                    ):
                        try:
                            additional_property_item = FacetBucket.from_dict(additional_property_item_data)

                        except Exception as error_:
                            raise FieldError.at(additional_property_item_index_, _additional_property, error_) from None
                        additional_property.append(additional_property_item)

                except Exception as error_:
                    raise FieldError.at(key_, data_, error_) from None
                extra_[key_] = additional_property
            instance_.additional_properties = extra_
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[FacetBucket]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[FacetBucket]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.facet_bucket import FacetBucket  # noqa: E402
