from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.find_payload_query import FindPayloadQuery


T = TypeVar("T", bound="FindPayload")


@_attrs_define
class FindPayload:
    """
    Attributes:
        query (FindPayloadQuery): A MongoDB-style filter: `{field: value}`, `{field:
            {$eq|$ne|$in|$nin|$gt|$gte|$lt|$lte|$exists: ...}}`,
            `{$and: [...]}`, `{$or: [...]}`. Fields may be dotted (`interaction.id`, `token_use.total`).
        limit (int | Unset):
        offset (int | Unset):
        select (str | Unset): Space-separated fields to return (e.g. `id status created_at`).
    """

    query: FindPayloadQuery
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    select: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        limit = self.limit

        offset = self.offset

        select = self.select

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if select is not UNSET:
            field_dict["select"] = select

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.find_payload_query import FindPayloadQuery  # noqa: PLC0415

        d = dict(src_dict)
        query = FindPayloadQuery.from_dict(d.pop("query"))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        select = d.pop("select", UNSET)

        instance_ = cls(
            query=query,
            limit=limit,
            offset=offset,
            select=select,
        )

        return instance_
