from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_condition_details_status import NodepoolConditionDetailsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodepoolConditionDetails")


@_attrs_define
class NodepoolConditionDetails:
    """
    Attributes:
        type_ (str):
        reason (str):
        message (str | Unset):
        status (NodepoolConditionDetailsStatus | Unset):
        nodes (list[str] | Unset):
    """

    type_: str
    reason: str
    message: str | Unset = UNSET
    status: NodepoolConditionDetailsStatus | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reason = self.reason

        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "reason": reason,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        reason = d.pop("reason")

        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: NodepoolConditionDetailsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodepoolConditionDetailsStatus(_status)

        nodes = cast(list[str], d.pop("nodes", UNSET))

        instance_ = cls(
            type_=type_,
            reason=reason,
            message=message,
            status=status,
            nodes=nodes,
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
