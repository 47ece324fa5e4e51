from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="UsageTimesInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("lastUsedByWorkload",))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if last_used_by_workload is not UNSET:
            fields_["lastUsedByWorkload"] = last_used_by_workload

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _last_used_by_workload = data_.get("lastUsedByWorkload", UNSET)
            last_used_by_workload: datetime.datetime | None | Unset
            if _last_used_by_workload is None:
                last_used_by_workload = None
            elif isinstance(_last_used_by_workload, Unset):
                last_used_by_workload = UNSET
            elif isinstance(_last_used_by_workload, str):
                last_used_by_workload_type_0 = datetime.datetime.fromisoformat(_last_used_by_workload)

                last_used_by_workload = last_used_by_workload_type_0

            else:
                raise TypeError(
                    f"expected datetime.datetime | None | Unset, got {type(_last_used_by_workload).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("lastUsedByWorkload", data_, error_) from None
        instance_ = cls_(
            last_used_by_workload=last_used_by_workload,
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
