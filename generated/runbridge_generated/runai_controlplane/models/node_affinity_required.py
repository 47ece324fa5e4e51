from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodeAffinityRequired")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("nodeSelectorTerms",))


@_attrs_define
class NodeAffinityRequired:
    """
    Attributes:
        node_selector_terms (list[NodeSelectorTerm | None] | Unset):
    """

    node_selector_terms: list[NodeSelectorTerm | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if node_selector_terms is not UNSET:
            fields_["nodeSelectorTerms"] = node_selector_terms

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _node_selector_terms = data_.get("nodeSelectorTerms", UNSET)
            node_selector_terms: list[NodeSelectorTerm | None] | Unset = UNSET
            if _node_selector_terms is not UNSET:
                if not isinstance(_node_selector_terms, list):
                    raise TypeError(f"expected a list, got {type(_node_selector_terms).__name__}")
                node_selector_terms = []
                for node_selector_terms_item_index_, node_selector_terms_item_data in enumerate(_node_selector_terms):
                    try:
                        _node_selector_terms_item = node_selector_terms_item_data
                        node_selector_terms_item: NodeSelectorTerm | None
                        if _node_selector_terms_item is None:
                            node_selector_terms_item = None
                        elif isinstance(_node_selector_terms_item, dict):
                            node_selector_terms_item_type_0 = NodeSelectorTerm.from_dict(_node_selector_terms_item)

                            node_selector_terms_item = node_selector_terms_item_type_0

                        else:
                            raise TypeError(
                                f"expected NodeSelectorTerm | None, got {type(_node_selector_terms_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(node_selector_terms_item_index_, _node_selector_terms, error_) from None
                    node_selector_terms.append(node_selector_terms_item)

        except Exception as error_:
            raise FieldError.at("nodeSelectorTerms", data_, error_) from None
        instance_ = cls_(
            node_selector_terms=node_selector_terms,
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
from ..models.node_selector_term import NodeSelectorTerm  # noqa: E402
