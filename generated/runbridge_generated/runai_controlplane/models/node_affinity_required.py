from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_selector_term import NodeSelectorTerm


T = TypeVar("T", bound="NodeAffinityRequired")


@_attrs_define
class NodeAffinityRequired:
    """
    Attributes:
        node_selector_terms (list[NodeSelectorTerm | None] | Unset):
    """

    node_selector_terms: list[NodeSelectorTerm | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.node_selector_term import NodeSelectorTerm  # noqa: PLC0415

        node_selector_terms: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.node_selector_terms, Unset):
            node_selector_terms = []
            for node_selector_terms_item_data in self.node_selector_terms:
                node_selector_terms_item: dict[str, Any] | None
                if isinstance(node_selector_terms_item_data, NodeSelectorTerm):
                    node_selector_terms_item = node_selector_terms_item_data.to_dict()
                else:
                    node_selector_terms_item = node_selector_terms_item_data
                node_selector_terms.append(node_selector_terms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_selector_terms is not UNSET:
            field_dict["nodeSelectorTerms"] = node_selector_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_selector_term import NodeSelectorTerm  # noqa: PLC0415

        d = dict(src_dict)
        _node_selector_terms = d.pop("nodeSelectorTerms", UNSET)
        node_selector_terms: list[NodeSelectorTerm | None] | Unset = UNSET
        if _node_selector_terms is not UNSET:
            node_selector_terms = []
            for node_selector_terms_item_data in _node_selector_terms:

                def _parse_node_selector_terms_item(data: object) -> NodeSelectorTerm | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        node_selector_terms_item_type_0 = NodeSelectorTerm.from_dict(data)

                        return node_selector_terms_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(NodeSelectorTerm | None, data)

                node_selector_terms_item = _parse_node_selector_terms_item(node_selector_terms_item_data)

                node_selector_terms.append(node_selector_terms_item)

        instance_ = cls(
            node_selector_terms=node_selector_terms,
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
