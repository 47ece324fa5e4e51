from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="LineageNode")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("node_id", "node_type", "label", "metadata"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "node_id": node_id,
            }
        )
        if node_type is not UNSET:
            fields_["node_type"] = node_type
        if label is not UNSET:
            fields_["label"] = label
        if metadata is not UNSET:
            fields_["metadata"] = metadata

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            node_id = data_["node_id"]
            if not isinstance(node_id, str):
                raise TypeError(f"expected str, got {type(node_id).__name__}")
        except Exception as error_:
            raise FieldError.at("node_id", data_, error_) from None
        node_type = data_.get("node_type", UNSET)
        if (not isinstance(node_type, str)) and not isinstance(node_type, Unset):
            raise FieldError.at("node_type", data_, TypeError(f"expected str, got {type(node_type).__name__}"))
        label = data_.get("label", UNSET)
        if (not isinstance(label, str)) and not isinstance(label, Unset):
            raise FieldError.at("label", data_, TypeError(f"expected str, got {type(label).__name__}"))
        try:
            _metadata = data_.get("metadata", UNSET)
            metadata: LineageNodeMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = LineageNodeMetadata.from_dict(_metadata)

        except Exception as error_:
            raise FieldError.at("metadata", data_, error_) from None
        instance_ = cls_(
            node_id=node_id,
            node_type=node_type,
            label=label,
            metadata=metadata,
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
from ..models.lineage_node_metadata import LineageNodeMetadata  # noqa: E402
