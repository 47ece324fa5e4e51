from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Condition1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("type", "status", "message", "reason", "lastTransitionTime"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "type": type_,
                "status": status,
            }
        )
        if message is not UNSET:
            fields_["message"] = message
        if reason is not UNSET:
            fields_["reason"] = reason
        if last_transition_time is not UNSET:
            fields_["lastTransitionTime"] = last_transition_time

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            type_ = data_["type"]
            if not isinstance(type_, str):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        try:
            status = data_["status"]
            if not isinstance(status, str):
                raise TypeError(f"expected str, got {type(status).__name__}")
        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        message = data_.get("message", UNSET)
        if (not isinstance(message, str)) and not isinstance(message, Unset):
            raise FieldError.at("message", data_, TypeError(f"expected str, got {type(message).__name__}"))
        reason = data_.get("reason", UNSET)
        if (not isinstance(reason, str)) and not isinstance(reason, Unset):
            raise FieldError.at("reason", data_, TypeError(f"expected str, got {type(reason).__name__}"))
        try:
            _last_transition_time = data_.get("lastTransitionTime", UNSET)
            last_transition_time: datetime.datetime | None | Unset
            if _last_transition_time is None:
                last_transition_time = None
            elif isinstance(_last_transition_time, Unset):
                last_transition_time = UNSET
            elif isinstance(_last_transition_time, str):
                last_transition_time_type_0 = datetime.datetime.fromisoformat(_last_transition_time)

                last_transition_time = last_transition_time_type_0

            else:
                raise TypeError(
                    f"expected datetime.datetime | None | Unset, got {type(_last_transition_time).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("lastTransitionTime", data_, error_) from None
        instance_ = cls_(
            type_=type_,
            status=status,
            message=message,
            reason=reason,
            last_transition_time=last_transition_time,
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
