from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcurrencyHardLimitField")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if concurrency_hard_limit is not UNSET:
            field_dict["concurrencyHardLimit"] = concurrency_hard_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_concurrency_hard_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_hard_limit = _parse_concurrency_hard_limit(d.pop("concurrencyHardLimit", UNSET))

        instance_ = cls(
            concurrency_hard_limit=concurrency_hard_limit,
        )

        instance_.additional_properties = d
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
