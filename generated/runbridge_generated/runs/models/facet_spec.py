from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.facet_spec_field import FacetSpecField

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        field = FacetSpecField(d.pop("field"))

        instance_ = cls(
            name=name,
            field=field,
        )

        return instance_
