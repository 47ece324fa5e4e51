from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.facet_spec_field import FacetSpecField
from ..types import FieldError

T = TypeVar("T", bound="FacetSpec")


@_attrs_define
class FacetSpec:
    """
    Attributes:
        name (str): The key the buckets are returned under.
        field (FacetSpecField):
    """

    name: str
    field: FacetSpecField

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field = self.field.value

        fields_: dict[str, Any] = {}

        fields_.update(
            {
                "name": name,
                "field": field,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            field = FacetSpecField(data_["field"])

        except Exception as error_:
            raise FieldError.at("field", data_, error_) from None
        instance_ = cls_(
            name=name,
            field=field,
        )

        return instance_
