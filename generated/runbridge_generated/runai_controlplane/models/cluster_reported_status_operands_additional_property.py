from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedStatusOperandsAdditionalProperty")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ready": ready,
            }
        )
        if last_transition_time is not UNSET:
            field_dict["lastTransitionTime"] = last_transition_time
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if unready_threshold_crossed is not UNSET:
            field_dict["unreadyThresholdCrossed"] = unready_threshold_crossed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ready = d.pop("ready")

        _last_transition_time = d.pop("lastTransitionTime", UNSET)
        last_transition_time: datetime.datetime | Unset
        if isinstance(_last_transition_time, Unset):
            last_transition_time = UNSET
        else:
            last_transition_time = datetime.datetime.fromisoformat(_last_transition_time)

        reasons = cast(list[str], d.pop("reasons", UNSET))

        unready_threshold_crossed = d.pop("unreadyThresholdCrossed", UNSET)

        instance_ = cls(
            ready=ready,
            last_transition_time=last_transition_time,
            reasons=reasons,
            unready_threshold_crossed=unready_threshold_crossed,
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
