from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_phase import NodepoolPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodepool_sync_fields_status import NodepoolSyncFieldsStatus


T = TypeVar("T", bound="NodepoolSyncFields")


@_attrs_define
class NodepoolSyncFields:
    """
    Attributes:
        name (str):
        phase (NodepoolPhase | Unset):
        phase_message (str | Unset):
        status (NodepoolSyncFieldsStatus | Unset):
    """

    name: str
    phase: NodepoolPhase | Unset = UNSET
    phase_message: str | Unset = UNSET
    status: NodepoolSyncFieldsStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        phase_message = self.phase_message

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if phase_message is not UNSET:
            field_dict["phaseMessage"] = phase_message
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodepool_sync_fields_status import NodepoolSyncFieldsStatus  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _phase = d.pop("phase", UNSET)
        phase: NodepoolPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = NodepoolPhase(_phase)

        phase_message = d.pop("phaseMessage", UNSET)

        _status = d.pop("status", UNSET)
        status: NodepoolSyncFieldsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodepoolSyncFieldsStatus.from_dict(_status)

        instance_ = cls(
            name=name,
            phase=phase,
            phase_message=phase_message,
            status=status,
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
