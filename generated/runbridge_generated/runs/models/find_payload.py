from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        limit = self.limit

        offset = self.offset

        select = self.select

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        find_payload = cls(
            query=query,
            limit=limit,
            offset=offset,
            select=select,
        )

        find_payload.additional_properties = d
        return find_payload

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
