from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, FieldError, Unset

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

        fields_: dict[str, Any] = {}

        fields_.update({})
        if query is not UNSET:
            fields_["query"] = query
        if limit is not UNSET:
            fields_["limit"] = limit
        if offset is not UNSET:
            fields_["offset"] = offset

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _query = data_.get("query", UNSET)
            query: RunSearchQuery | Unset
            if isinstance(_query, Unset):
                query = UNSET
            else:
                query = RunSearchQuery.from_dict(_query)

        except Exception as error_:
            raise FieldError.at("query", data_, error_) from None
        limit = data_.get("limit", UNSET)
        if (not isinstance(limit, int) or limit is True or limit is False) and not isinstance(limit, Unset):
            raise FieldError.at("limit", data_, TypeError(f"expected int, got {type(limit).__name__}"))
        offset = data_.get("offset", UNSET)
        if (not isinstance(offset, int) or offset is True or offset is False) and not isinstance(offset, Unset):
            raise FieldError.at("offset", data_, TypeError(f"expected int, got {type(offset).__name__}"))
        instance_ = cls_(
            query=query,
            limit=limit,
            offset=offset,
        )

        return instance_


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.run_search_query import RunSearchQuery  # noqa: E402
