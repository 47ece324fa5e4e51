from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_reported_status_conditions_item_status import ClusterReportedStatusConditionsItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedStatusConditionsItem")


@_attrs_define
class ClusterReportedStatusConditionsItem:
    """
    Attributes:
        last_transition_time (datetime.datetime):
        message (str):
        reason (str):
        status (ClusterReportedStatusConditionsItemStatus):
        type_ (str):
        observed_generation (int | Unset):
    """

    last_transition_time: datetime.datetime
    message: str
    reason: str
    status: ClusterReportedStatusConditionsItemStatus
    type_: str
    observed_generation: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_transition_time = self.last_transition_time.isoformat()

        message = self.message

        reason = self.reason

        status = self.status.value

        type_ = self.type_

        observed_generation = self.observed_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastTransitionTime": last_transition_time,
                "message": message,
                "reason": reason,
                "status": status,
                "type": type_,
            }
        )
        if observed_generation is not UNSET:
            field_dict["observedGeneration"] = observed_generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_transition_time = datetime.datetime.fromisoformat(d.pop("lastTransitionTime"))

        message = d.pop("message")

        reason = d.pop("reason")

        status = ClusterReportedStatusConditionsItemStatus(d.pop("status"))

        type_ = d.pop("type")

        observed_generation = d.pop("observedGeneration", UNSET)

        instance_ = cls(
            last_transition_time=last_transition_time,
            message=message,
            reason=reason,
            status=status,
            type_=type_,
            observed_generation=observed_generation,
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
