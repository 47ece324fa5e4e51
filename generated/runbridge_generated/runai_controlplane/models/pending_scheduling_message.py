from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_type import OrgType
from ..models.phase_reason import PhaseReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingSchedulingMessage")


@_attrs_define
class PendingSchedulingMessage:
    """
    Attributes:
        node_pool (str):
        phase_reason (PhaseReason):
        reason (str):
        org_type (OrgType | Unset):
        user_message (None | str | Unset):
    """

    node_pool: str
    phase_reason: PhaseReason
    reason: str
    org_type: OrgType | Unset = UNSET
    user_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool = self.node_pool

        phase_reason = self.phase_reason.value

        reason = self.reason

        org_type: str | Unset = UNSET
        if not isinstance(self.org_type, Unset):
            org_type = self.org_type.value

        user_message: None | str | Unset
        if isinstance(self.user_message, Unset):
            user_message = UNSET
        else:
            user_message = self.user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodePool": node_pool,
                "phaseReason": phase_reason,
                "reason": reason,
            }
        )
        if org_type is not UNSET:
            field_dict["orgType"] = org_type
        if user_message is not UNSET:
            field_dict["userMessage"] = user_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_pool = d.pop("nodePool")

        phase_reason = PhaseReason(d.pop("phaseReason"))

        reason = d.pop("reason")

        _org_type = d.pop("orgType", UNSET)
        org_type: OrgType | Unset
        if isinstance(_org_type, Unset):
            org_type = UNSET
        else:
            org_type = OrgType(_org_type)

        def _parse_user_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_message = _parse_user_message(d.pop("userMessage", UNSET))

        instance_ = cls(
            node_pool=node_pool,
            phase_reason=phase_reason,
            reason=reason,
            org_type=org_type,
            user_message=user_message,
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
