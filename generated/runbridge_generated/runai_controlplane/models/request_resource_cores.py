from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RequestResourceCores")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("limit", "request"))


@_attrs_define
class RequestResourceCores:
    """
    Attributes:
        limit (float | None | Unset):
        request (float | None | Unset):
    """

    limit: float | None | Unset = UNSET
    request: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        request: float | None | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        else:
            request = self.request

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if limit is not UNSET:
            fields_["limit"] = limit
        if request is not UNSET:
            fields_["request"] = request

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _limit = data_.get("limit", UNSET)
            limit: float | None | Unset
            if _limit is None:
                limit = None
            elif isinstance(_limit, Unset):
                limit = UNSET
            elif isinstance(_limit, (int, float)) and not isinstance(_limit, bool):
                limit = _limit
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_limit).__name__}")

        except Exception as error_:
            raise FieldError.at("limit", data_, error_) from None
        try:
            _request = data_.get("request", UNSET)
            request: float | None | Unset
            if _request is None:
                request = None
            elif isinstance(_request, Unset):
                request = UNSET
            elif isinstance(_request, (int, float)) and not isinstance(_request, bool):
                request = _request
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_request).__name__}")

        except Exception as error_:
            raise FieldError.at("request", data_, error_) from None
        instance_ = cls_(
            limit=limit,
            request=request,
        )

        if not _FIELDS.issuperset(data_):
            instance_.additional_properties = {key_: value_ for key_, value_ in data_.items() if key_ not in _FIELDS}
        return instance_

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
