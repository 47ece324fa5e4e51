from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_affinity_affinity_type import NodeAffinityAffinityType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodeAffinity")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("affinityType", "selectedTypes"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if affinity_type is not UNSET:
            fields_["affinityType"] = affinity_type
        if selected_types is not UNSET:
            fields_["selectedTypes"] = selected_types

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _affinity_type = data_.get("affinityType", UNSET)
            affinity_type: NodeAffinityAffinityType | Unset
            if isinstance(_affinity_type, Unset):
                affinity_type = UNSET
            else:
                affinity_type = NodeAffinityAffinityType(_affinity_type)

        except Exception as error_:
            raise FieldError.at("affinityType", data_, error_) from None
        try:
            _selected_types = data_.get("selectedTypes", UNSET)
            selected_types: list[NodeTypeForProject] | Unset = UNSET
            if _selected_types is not UNSET:
                if not isinstance(_selected_types, list):
                    raise TypeError(f"expected a list, got {type(_selected_types).__name__}")
                selected_types = []
                for selected_types_item_index_, selected_types_item_data in enumerate(_selected_types):
                    try:
                        selected_types_item = NodeTypeForProject.from_dict(selected_types_item_data)

                    except Exception as error_:
                        raise FieldError.at(selected_types_item_index_, _selected_types, error_) from None
                    selected_types.append(selected_types_item)

        except Exception as error_:
            raise FieldError.at("selectedTypes", data_, error_) from None
        instance_ = cls_(
            affinity_type=affinity_type,
            selected_types=selected_types,
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
from ..models.node_type_for_project import NodeTypeForProject  # noqa: E402
