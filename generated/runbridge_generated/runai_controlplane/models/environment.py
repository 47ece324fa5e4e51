from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replica_type import ReplicaType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Environment")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "id", "connections", "replicaType"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "id": id,
            }
        )
        if connections is not UNSET:
            fields_["connections"] = connections
        if replica_type is not UNSET:
            fields_["replicaType"] = replica_type

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
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            _connections = data_.get("connections", UNSET)
            connections: list[Connection1] | Unset = UNSET
            if _connections is not UNSET:
                if not isinstance(_connections, list):
                    raise TypeError(f"expected a list, got {type(_connections).__name__}")
                connections = []
                for connections_item_index_, connections_item_data in enumerate(_connections):
                    try:
                        connections_item = Connection1.from_dict(connections_item_data)

                    except Exception as error_:
                        raise FieldError.at(connections_item_index_, _connections, error_) from None
                    connections.append(connections_item)

        except Exception as error_:
            raise FieldError.at("connections", data_, error_) from None
        try:
            _replica_type = data_.get("replicaType", UNSET)
            replica_type: None | ReplicaType | Unset
            if _replica_type is None:
                replica_type = None
            elif isinstance(_replica_type, Unset):
                replica_type = UNSET
            elif isinstance(_replica_type, str):
                replica_type_type_0 = ReplicaType(_replica_type)

                replica_type = replica_type_type_0

            else:
                raise TypeError(f"expected None | ReplicaType | Unset, got {type(_replica_type).__name__}")

        except Exception as error_:
            raise FieldError.at("replicaType", data_, error_) from None
        instance_ = cls_(
            name=name,
            id=id,
            connections=connections,
            replica_type=replica_type,
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
from ..models.connection_1 import Connection1  # noqa: E402
