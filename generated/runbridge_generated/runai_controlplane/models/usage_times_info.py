from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageTimesInfo")


@_attrs_define
class UsageTimesInfo:
    """
    Attributes:
        last_used_by_workload (datetime.datetime | None | Unset):
    """

    last_used_by_workload: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_used_by_workload: None | str | Unset
        if isinstance(self.last_used_by_workload, Unset):
            last_used_by_workload = UNSET
        elif isinstance(self.last_used_by_workload, datetime.datetime):
            last_used_by_workload = self.last_used_by_workload.isoformat()
        else:
            last_used_by_workload = self.last_used_by_workload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_used_by_workload is not UNSET:
            field_dict["lastUsedByWorkload"] = last_used_by_workload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_last_used_by_workload(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_by_workload_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_by_workload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_by_workload = _parse_last_used_by_workload(d.pop("lastUsedByWorkload", UNSET))

        instance_ = cls(
            last_used_by_workload=last_used_by_workload,
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
