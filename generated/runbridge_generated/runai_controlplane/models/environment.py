from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replica_type import ReplicaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_1 import Connection1


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """
    Attributes:
        name (str):
        id (str):
        connections (list[Connection1] | Unset):
        replica_type (None | ReplicaType | Unset):
    """

    name: str
    id: str
    connections: list[Connection1] | Unset = UNSET
    replica_type: None | ReplicaType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        replica_type: None | str | Unset
        if isinstance(self.replica_type, Unset):
            replica_type = UNSET
        elif isinstance(self.replica_type, ReplicaType):
            replica_type = self.replica_type.value
        else:
            replica_type = self.replica_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
            }
        )
        if connections is not UNSET:
            field_dict["connections"] = connections
        if replica_type is not UNSET:
            field_dict["replicaType"] = replica_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_1 import Connection1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        _connections = d.pop("connections", UNSET)
        connections: list[Connection1] | Unset = UNSET
        if _connections is not UNSET:
            connections = []
            for connections_item_data in _connections:
                connections_item = Connection1.from_dict(connections_item_data)

                connections.append(connections_item)

        def _parse_replica_type(data: object) -> None | ReplicaType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replica_type_type_0 = ReplicaType(data)

                return replica_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReplicaType | Unset, data)

        replica_type = _parse_replica_type(d.pop("replicaType", UNSET))

        instance_ = cls(
            name=name,
            id=id,
            connections=connections,
            replica_type=replica_type,
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
