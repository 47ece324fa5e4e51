from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_condition_details_status import NodepoolConditionDetailsStatus
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="NodepoolConditionDetails")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("type", "reason", "message", "status", "nodes"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "type": type_,
                "reason": reason,
            }
        )
        if message is not UNSET:
            fields_["message"] = message
        if status is not UNSET:
            fields_["status"] = status
        if nodes is not UNSET:
            fields_["nodes"] = nodes

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
            reason = data_["reason"]
            if not isinstance(reason, str):
                raise TypeError(f"expected str, got {type(reason).__name__}")
        except Exception as error_:
            raise FieldError.at("reason", data_, error_) from None
        message = data_.get("message", UNSET)
        if (not isinstance(message, str)) and not isinstance(message, Unset):
            raise FieldError.at("message", data_, TypeError(f"expected str, got {type(message).__name__}"))
        try:
            _status = data_.get("status", UNSET)
            status: NodepoolConditionDetailsStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = NodepoolConditionDetailsStatus(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            nodes = cast_(list[str], checked_scalars_(data_.get("nodes", UNSET), str))

        except Exception as error_:
            raise FieldError.at("nodes", data_, error_) from None
        instance_ = cls_(
            type_=type_,
            reason=reason,
            message=message,
            status=status,
            nodes=nodes,
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
