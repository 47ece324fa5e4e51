from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ClusterReportedStatusOperandsAdditionalProperty")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("ready", "lastTransitionTime", "reasons", "unreadyThresholdCrossed"))


@_attrs_define
class ClusterReportedStatusOperandsAdditionalProperty:
    """
    Attributes:
        ready (bool):
        last_transition_time (datetime.datetime | Unset):
        reasons (list[str] | Unset):
        unready_threshold_crossed (bool | Unset):
    """

    ready: bool
    last_transition_time: datetime.datetime | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    unready_threshold_crossed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ready = self.ready

        last_transition_time: str | Unset = UNSET
        if not isinstance(self.last_transition_time, Unset):
            last_transition_time = self.last_transition_time.isoformat()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        unready_threshold_crossed = self.unready_threshold_crossed

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "ready": ready,
            }
        )
        if last_transition_time is not UNSET:
            fields_["lastTransitionTime"] = last_transition_time
        if reasons is not UNSET:
            fields_["reasons"] = reasons
        if unready_threshold_crossed is not UNSET:
            fields_["unreadyThresholdCrossed"] = unready_threshold_crossed

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            ready = data_["ready"]
            if not isinstance(ready, bool):
                raise TypeError(f"expected bool, got {type(ready).__name__}")
        except Exception as error_:
            raise FieldError.at("ready", data_, error_) from None
        try:
            _last_transition_time = data_.get("lastTransitionTime", UNSET)
            last_transition_time: datetime.datetime | Unset
            if isinstance(_last_transition_time, Unset):
                last_transition_time = UNSET
            else:
                last_transition_time = datetime.datetime.fromisoformat(_last_transition_time)

        except Exception as error_:
            raise FieldError.at("lastTransitionTime", data_, error_) from None
        try:
            reasons = cast_(list[str], checked_scalars_(data_.get("reasons", UNSET), str))

        except Exception as error_:
            raise FieldError.at("reasons", data_, error_) from None
        unready_threshold_crossed = data_.get("unreadyThresholdCrossed", UNSET)
        if (not isinstance(unready_threshold_crossed, bool)) and not isinstance(unready_threshold_crossed, Unset):
            raise FieldError.at(
                "unreadyThresholdCrossed",
                data_,
                TypeError(f"expected bool, got {type(unready_threshold_crossed).__name__}"),
            )
        instance_ = cls_(
            ready=ready,
            last_transition_time=last_transition_time,
            reasons=reasons,
            unready_threshold_crossed=unready_threshold_crossed,
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
