from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_affinity_affinity_type import NodeAffinityAffinityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_type_for_project import NodeTypeForProject


T = TypeVar("T", bound="NodeAffinity")


@_attrs_define
class NodeAffinity:
    """
    Attributes:
        affinity_type (NodeAffinityAffinityType | Unset):
        selected_types (list[NodeTypeForProject] | Unset):
    """

    affinity_type: NodeAffinityAffinityType | Unset = UNSET
    selected_types: list[NodeTypeForProject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affinity_type: str | Unset = UNSET
        if not isinstance(self.affinity_type, Unset):
            affinity_type = self.affinity_type.value

        selected_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_types, Unset):
            selected_types = []
            for selected_types_item_data in self.selected_types:
                selected_types_item = selected_types_item_data.to_dict()
                selected_types.append(selected_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affinity_type is not UNSET:
            field_dict["affinityType"] = affinity_type
        if selected_types is not UNSET:
            field_dict["selectedTypes"] = selected_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_type_for_project import NodeTypeForProject  # noqa: PLC0415

        d = dict(src_dict)
        _affinity_type = d.pop("affinityType", UNSET)
        affinity_type: NodeAffinityAffinityType | Unset
        if isinstance(_affinity_type, Unset):
            affinity_type = UNSET
        else:
            affinity_type = NodeAffinityAffinityType(_affinity_type)

        _selected_types = d.pop("selectedTypes", UNSET)
        selected_types: list[NodeTypeForProject] | Unset = UNSET
        if _selected_types is not UNSET:
            selected_types = []
            for selected_types_item_data in _selected_types:
                selected_types_item = NodeTypeForProject.from_dict(selected_types_item_data)

                selected_types.append(selected_types_item)

        instance_ = cls(
            affinity_type=affinity_type,
            selected_types=selected_types,
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
