from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_search_query import RunSearchQuery


T = TypeVar("T", bound="RunSearchPayload")


@_attrs_define
class RunSearchPayload:
    """
    Attributes:
        query (RunSearchQuery | Unset): All conditions must hold; list values match any of their items.
        limit (int | Unset):
        offset (int | Unset):
    """

    query: RunSearchQuery | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_search_query import RunSearchQuery  # noqa: PLC0415

        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: RunSearchQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = RunSearchQuery.from_dict(_query)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        instance_ = cls(
            query=query,
            limit=limit,
            offset=offset,
        )

        return instance_
