from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, FieldError, Unset

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

        fields_: dict[str, Any] = {}

        fields_.update(
            {
                "query": query,
            }
        )
        if limit is not UNSET:
            fields_["limit"] = limit
        if offset is not UNSET:
            fields_["offset"] = offset
        if select is not UNSET:
            fields_["select"] = select

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            query = FindPayloadQuery.from_dict(data_["query"])

        except Exception as error_:
            raise FieldError.at("query", data_, error_) from None
        limit = data_.get("limit", UNSET)
        if (not isinstance(limit, int) or limit is True or limit is False) and not isinstance(limit, Unset):
            raise FieldError.at("limit", data_, TypeError(f"expected int, got {type(limit).__name__}"))
        offset = data_.get("offset", UNSET)
        if (not isinstance(offset, int) or offset is True or offset is False) and not isinstance(offset, Unset):
            raise FieldError.at("offset", data_, TypeError(f"expected int, got {type(offset).__name__}"))
        select = data_.get("select", UNSET)
        if (not isinstance(select, str)) and not isinstance(select, Unset):
            raise FieldError.at("select", data_, TypeError(f"expected str, got {type(select).__name__}"))
        instance_ = cls_(
            query=query,
            limit=limit,
            offset=offset,
            select=select,
        )

        return instance_


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.find_payload_query import FindPayloadQuery  # noqa: E402
