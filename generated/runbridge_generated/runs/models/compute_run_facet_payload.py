from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facet_spec import FacetSpec
    from ..models.run_search_query import RunSearchQuery


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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facets": facets,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facet_spec import FacetSpec  # noqa: PLC0415
        from ..models.run_search_query import RunSearchQuery  # noqa: PLC0415

        d = dict(src_dict)
        facets = []
        _facets = d.pop("facets")
        for facets_item_data in _facets:
            facets_item = FacetSpec.from_dict(facets_item_data)

            facets.append(facets_item)

        _query = d.pop("query", UNSET)
        query: RunSearchQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = RunSearchQuery.from_dict(_query)

        instance_ = cls(
            facets=facets,
            query=query,
        )

        return instance_
