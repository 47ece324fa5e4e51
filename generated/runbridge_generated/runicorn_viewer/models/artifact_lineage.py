from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="ArtifactLineage")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("root_artifact", "nodes", "edges"))


@_attrs_define
class ArtifactLineage:
    """
    Attributes:
        root_artifact (str):
        nodes (list[LineageNode]):
        edges (list[LineageEdge]):
    """

    root_artifact: str
    nodes: list[LineageNode]
    edges: list[LineageEdge]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_artifact = self.root_artifact

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "root_artifact": root_artifact,
                "nodes": nodes,
                "edges": edges,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            root_artifact = data_["root_artifact"]
            if not isinstance(root_artifact, str):
                raise TypeError(f"expected str, got {type(root_artifact).__name__}")
        except Exception as error_:
            raise FieldError.at("root_artifact", data_, error_) from None
        try:
            _nodes = data_["nodes"]
            if not isinstance(_nodes, list):
                raise TypeError(f"expected a list, got {type(_nodes).__name__}")
            nodes = []
            for nodes_item_index_, nodes_item_data in enumerate(_nodes):
                try:
                    nodes_item = LineageNode.from_dict(nodes_item_data)

                except Exception as error_:
                    raise FieldError.at(nodes_item_index_, _nodes, error_) from None
                nodes.append(nodes_item)

        except Exception as error_:
            raise FieldError.at("nodes", data_, error_) from None
        try:
            _edges = data_["edges"]
            if not isinstance(_edges, list):
                raise TypeError(f"expected a list, got {type(_edges).__name__}")
            edges = []
            for edges_item_index_, edges_item_data in enumerate(_edges):
                try:
                    edges_item = LineageEdge.from_dict(edges_item_data)

                except Exception as error_:
                    raise FieldError.at(edges_item_index_, _edges, error_) from None
                edges.append(edges_item)

        except Exception as error_:
            raise FieldError.at("edges", data_, error_) from None
        instance_ = cls_(
            root_artifact=root_artifact,
            nodes=nodes,
            edges=edges,
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
from ..models.lineage_edge import LineageEdge  # noqa: E402
from ..models.lineage_node import LineageNode  # noqa: E402
