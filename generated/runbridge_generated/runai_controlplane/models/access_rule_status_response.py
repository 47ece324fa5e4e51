from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_rule_phase import AccessRulePhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleStatusResponse")


@_attrs_define
class AccessRuleStatusResponse:
    """
    Attributes:
        phase (AccessRulePhase | Unset):
        message (str | Unset):
        details (str | Unset):
    """

    phase: AccessRulePhase | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _phase = d.pop("phase", UNSET)
        phase: AccessRulePhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AccessRulePhase(_phase)

        message = d.pop("message", UNSET)

        details = d.pop("details", UNSET)

        instance_ = cls(
            phase=phase,
            message=message,
            details=details,
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
