from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entrypoint import Entrypoint


T = TypeVar("T", bound="AgentArchitecture")


@_attrs_define
class AgentArchitecture:
    """
    Attributes:
        agent_id (str):
        entrypoints (list[Entrypoint]):
    """

    agent_id: str
    entrypoints: list[Entrypoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        entrypoints = []
        for entrypoints_item_data in self.entrypoints:
            entrypoints_item = entrypoints_item_data.to_dict()
            entrypoints.append(entrypoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "entrypoints": entrypoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entrypoint import Entrypoint  # noqa: PLC0415

        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        entrypoints = []
        _entrypoints = d.pop("entrypoints")
        for entrypoints_item_data in _entrypoints:
            entrypoints_item = Entrypoint.from_dict(entrypoints_item_data)

            entrypoints.append(entrypoints_item)

        instance_ = cls(
            agent_id=agent_id,
            entrypoints=entrypoints,
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
