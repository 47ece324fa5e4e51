from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compliance_info_reason import ComplianceInfoReason


T = TypeVar("T", bound="ComplianceInfo")


@_attrs_define
class ComplianceInfo:
    """
    Attributes:
        imposed (bool | Unset):
        compliance (bool | Unset):
        reason (list[ComplianceInfoReason] | Unset):
    """

    imposed: bool | Unset = UNSET
    compliance: bool | Unset = UNSET
    reason: list[ComplianceInfoReason] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imposed = self.imposed

        compliance = self.compliance

        reason: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = []
            for reason_item_data in self.reason:
                reason_item = reason_item_data.to_dict()
                reason.append(reason_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imposed is not UNSET:
            field_dict["imposed"] = imposed
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_info_reason import ComplianceInfoReason  # noqa: PLC0415

        d = dict(src_dict)
        imposed = d.pop("imposed", UNSET)

        compliance = d.pop("compliance", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: list[ComplianceInfoReason] | Unset = UNSET
        if _reason is not UNSET:
            reason = []
            for reason_item_data in _reason:
                reason_item = ComplianceInfoReason.from_dict(reason_item_data)

                reason.append(reason_item)

        instance_ = cls(
            imposed=imposed,
            compliance=compliance,
            reason=reason,
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
