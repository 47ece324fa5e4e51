from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_type import OrgType
from ..models.phase_reason import PhaseReason
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="PendingSchedulingMessage")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("nodePool", "phaseReason", "reason", "orgType", "userMessage"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "nodePool": node_pool,
                "phaseReason": phase_reason,
                "reason": reason,
            }
        )
        if org_type is not UNSET:
            fields_["orgType"] = org_type
        if user_message is not UNSET:
            fields_["userMessage"] = user_message

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            node_pool = data_["nodePool"]
            if not isinstance(node_pool, str):
                raise TypeError(f"expected str, got {type(node_pool).__name__}")
        except Exception as error_:
            raise FieldError.at("nodePool", data_, error_) from None
        try:
            phase_reason = PhaseReason(data_["phaseReason"])

        except Exception as error_:
            raise FieldError.at("phaseReason", data_, error_) from None
        try:
            reason = data_["reason"]
            if not isinstance(reason, str):
                raise TypeError(f"expected str, got {type(reason).__name__}")
        except Exception as error_:
            raise FieldError.at("reason", data_, error_) from None
        try:
            _org_type = data_.get("orgType", UNSET)
            org_type: OrgType | Unset
            if isinstance(_org_type, Unset):
                org_type = UNSET
            else:
                org_type = OrgType(_org_type)

        except Exception as error_:
            raise FieldError.at("orgType", data_, error_) from None
        try:
            _user_message = data_.get("userMessage", UNSET)
            user_message: None | str | Unset
            if _user_message is None:
                user_message = None
            elif isinstance(_user_message, Unset):
                user_message = UNSET
            elif isinstance(_user_message, str):
                user_message = _user_message
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_user_message).__name__}")

        except Exception as error_:
            raise FieldError.at("userMessage", data_, error_) from None
        instance_ = cls_(
            node_pool=node_pool,
            phase_reason=phase_reason,
            reason=reason,
            org_type=org_type,
            user_message=user_message,
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
