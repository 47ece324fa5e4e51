from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lineage_node_metadata import LineageNodeMetadata


T = TypeVar("T", bound="LineageNode")


@_attrs_define
class LineageNode:
    """
    Attributes:
        node_id (str):
        node_type (str | Unset):
        label (str | Unset):
        metadata (LineageNodeMetadata | Unset):
    """

    node_id: str
    node_type: str | Unset = UNSET
    label: str | Unset = UNSET
    metadata: LineageNodeMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_type = self.node_type

        label = self.label

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
            }
        )
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if label is not UNSET:
            field_dict["label"] = label
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lineage_node_metadata import LineageNodeMetadata  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("node_id")

        node_type = d.pop("node_type", UNSET)

        label = d.pop("label", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: LineageNodeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = LineageNodeMetadata.from_dict(_metadata)

        instance_ = cls(
            node_id=node_id,
            node_type=node_type,
            label=label,
            metadata=metadata,
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
