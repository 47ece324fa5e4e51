from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Condition1")


@_attrs_define
class Condition1:
    """
    Attributes:
        type_ (str):
        status (str):
        message (str | Unset):
        reason (str | Unset):
        last_transition_time (datetime.datetime | None | Unset):
    """

    type_: str
    status: str
    message: str | Unset = UNSET
    reason: str | Unset = UNSET
    last_transition_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        message = self.message

        reason = self.reason

        last_transition_time: None | str | Unset
        if isinstance(self.last_transition_time, Unset):
            last_transition_time = UNSET
        elif isinstance(self.last_transition_time, datetime.datetime):
            last_transition_time = self.last_transition_time.isoformat()
        else:
            last_transition_time = self.last_transition_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if last_transition_time is not UNSET:
            field_dict["lastTransitionTime"] = last_transition_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        status = d.pop("status")

        message = d.pop("message", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_last_transition_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_transition_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_transition_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_transition_time = _parse_last_transition_time(d.pop("lastTransitionTime", UNSET))

        instance_ = cls(
            type_=type_,
            status=status,
            message=message,
            reason=reason,
            last_transition_time=last_transition_time,
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
