from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_phase import NodepoolPhase
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodepoolSyncFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "phase", "phaseMessage", "status"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
            }
        )
        if phase is not UNSET:
            fields_["phase"] = phase
        if phase_message is not UNSET:
            fields_["phaseMessage"] = phase_message
        if status is not UNSET:
            fields_["status"] = status

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _phase = data_.get("phase", UNSET)
            phase: NodepoolPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = NodepoolPhase(_phase)

        except Exception as error_:
            raise FieldError.at("phase", data_, error_) from None
        phase_message = data_.get("phaseMessage", UNSET)
        if (not isinstance(phase_message, str)) and not isinstance(phase_message, Unset):
            raise FieldError.at("phaseMessage", data_, TypeError(f"expected str, got {type(phase_message).__name__}"))
        try:
            _status = data_.get("status", UNSET)
            status: NodepoolSyncFieldsStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = NodepoolSyncFieldsStatus.from_dict(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        instance_ = cls_(
            name=name,
            phase=phase,
            phase_message=phase_message,
            status=status,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.nodepool_sync_fields_status import NodepoolSyncFieldsStatus  # noqa: E402
