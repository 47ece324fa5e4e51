from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ConcurrencyHardLimitField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("concurrencyHardLimit",))


@_attrs_define
class ConcurrencyHardLimitField:
    """
    Attributes:
        concurrency_hard_limit (int | None | Unset):
    """

    concurrency_hard_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concurrency_hard_limit: int | None | Unset
        if isinstance(self.concurrency_hard_limit, Unset):
            concurrency_hard_limit = UNSET
        else:
            concurrency_hard_limit = self.concurrency_hard_limit

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if concurrency_hard_limit is not UNSET:
            fields_["concurrencyHardLimit"] = concurrency_hard_limit

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _concurrency_hard_limit = data_.get("concurrencyHardLimit", UNSET)
            concurrency_hard_limit: int | None | Unset
            if _concurrency_hard_limit is None:
                concurrency_hard_limit = None
            elif isinstance(_concurrency_hard_limit, Unset):
                concurrency_hard_limit = UNSET
            elif isinstance(_concurrency_hard_limit, int) and not isinstance(_concurrency_hard_limit, bool):
                concurrency_hard_limit = _concurrency_hard_limit
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_concurrency_hard_limit).__name__}")

        except Exception as error_:
            raise FieldError.at("concurrencyHardLimit", data_, error_) from None
        instance_ = cls_(
            concurrency_hard_limit=concurrency_hard_limit,
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
