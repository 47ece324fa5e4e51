from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ComputeRunFacetPayload")


@_attrs_define
class ComputeRunFacetPayload:
    """
    Attributes:
        facets (list[FacetSpec]):
        query (RunSearchQuery | Unset): All conditions must hold; list values match any of their items.
    """

    facets: list[FacetSpec]
    query: RunSearchQuery | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facets = []
        for facets_item_data in self.facets:
            facets_item = facets_item_data.to_dict()
            facets.append(facets_item)

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        fields_: dict[str, Any] = {}

        fields_.update(
            {
                "facets": facets,
            }
        )
        if query is not UNSET:
            fields_["query"] = query

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _facets = data_["facets"]
            if not isinstance(_facets, list):
                raise TypeError(f"expected a list, got {type(_facets).__name__}")
            facets = []
            for facets_item_index_, facets_item_data in enumerate(_facets):
                try:
                    facets_item = FacetSpec.from_dict(facets_item_data)

                except Exception as error_:
                    raise FieldError.at(facets_item_index_, _facets, error_) from None
                facets.append(facets_item)

        except Exception as error_:
            raise FieldError.at("facets", data_, error_) from None
        try:
            _query = data_.get("query", UNSET)
            query: RunSearchQuery | Unset
            if isinstance(_query, Unset):
                query = UNSET
            else:
                query = RunSearchQuery.from_dict(_query)

        except Exception as error_:
            raise FieldError.at("query", data_, error_) from None
        instance_ = cls_(
            facets=facets,
            query=query,
        )

        return instance_


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.facet_spec import FacetSpec  # noqa: E402
from ..models.run_search_query import RunSearchQuery  # noqa: E402
