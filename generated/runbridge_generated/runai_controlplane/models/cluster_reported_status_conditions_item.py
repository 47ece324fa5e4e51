from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_reported_status_conditions_item_status import ClusterReportedStatusConditionsItemStatus
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClusterReportedStatusConditionsItem")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("lastTransitionTime", "message", "reason", "status", "type", "observedGeneration"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "lastTransitionTime": last_transition_time,
                "message": message,
                "reason": reason,
                "status": status,
                "type": type_,
            }
        )
        if observed_generation is not UNSET:
            fields_["observedGeneration"] = observed_generation

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            last_transition_time = datetime.datetime.fromisoformat(data_["lastTransitionTime"])

        except Exception as error_:
            raise FieldError.at("lastTransitionTime", data_, error_) from None
        try:
            message = data_["message"]
            if not isinstance(message, str):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        try:
            reason = data_["reason"]
            if not isinstance(reason, str):
                raise TypeError(f"expected str, got {type(reason).__name__}")
        except Exception as error_:
            raise FieldError.at("reason", data_, error_) from None
        try:
            status = ClusterReportedStatusConditionsItemStatus(data_["status"])

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            type_ = data_["type"]
            if not isinstance(type_, str):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        observed_generation = data_.get("observedGeneration", UNSET)
        if (
            not isinstance(observed_generation, int) or observed_generation is True or observed_generation is False
        ) and not isinstance(observed_generation, Unset):
            raise FieldError.at(
                "observedGeneration", data_, TypeError(f"expected int, got {type(observed_generation).__name__}")
            )
        instance_ = cls_(
            last_transition_time=last_transition_time,
            message=message,
            reason=reason,
            status=status,
            type_=type_,
            observed_generation=observed_generation,
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
