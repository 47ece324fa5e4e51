from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RemoteStatus")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("connections", "viewer_sessions", "connection_count", "viewer_session_count"))


@_attrs_define
class RemoteStatus:
    """
    Attributes:
        connections (list[RemoteConnection]):
        viewer_sessions (list[RemoteViewerSession]):
        connection_count (int | Unset):
        viewer_session_count (int | Unset):
    """

    connections: list[RemoteConnection]
    viewer_sessions: list[RemoteViewerSession]
    connection_count: int | Unset = UNSET
    viewer_session_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        viewer_sessions = []
        for viewer_sessions_item_data in self.viewer_sessions:
            viewer_sessions_item = viewer_sessions_item_data.to_dict()
            viewer_sessions.append(viewer_sessions_item)

        connection_count = self.connection_count

        viewer_session_count = self.viewer_session_count

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "connections": connections,
                "viewer_sessions": viewer_sessions,
            }
        )
        if connection_count is not UNSET:
            fields_["connection_count"] = connection_count
        if viewer_session_count is not UNSET:
            fields_["viewer_session_count"] = viewer_session_count

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _connections = data_["connections"]
            if not isinstance(_connections, list):
                raise TypeError(f"expected a list, got {type(_connections).__name__}")
            connections = []
            for connections_item_index_, connections_item_data in enumerate(_connections):
                try:
                    connections_item = RemoteConnection.from_dict(connections_item_data)

                except Exception as error_:
                    raise FieldError.at(connections_item_index_, _connections, error_) from None
                connections.append(connections_item)

        except Exception as error_:
            raise FieldError.at("connections", data_, error_) from None
        try:
            _viewer_sessions = data_["viewer_sessions"]
            if not isinstance(_viewer_sessions, list):
                raise TypeError(f"expected a list, got {type(_viewer_sessions).__name__}")
            viewer_sessions = []
            for viewer_sessions_item_index_, viewer_sessions_item_data in enumerate(_viewer_sessions):
                try:
                    viewer_sessions_item = RemoteViewerSession.from_dict(viewer_sessions_item_data)

                except Exception as error_:
                    raise FieldError.at(viewer_sessions_item_index_, _viewer_sessions, error_) from None
                viewer_sessions.append(viewer_sessions_item)

        except Exception as error_:
            raise FieldError.at("viewer_sessions", data_, error_) from None
        connection_count = data_.get("connection_count", UNSET)
        if (
            not isinstance(connection_count, int) or connection_count is True or connection_count is False
        ) and not isinstance(connection_count, Unset):
            raise FieldError.at(
                "connection_count", data_, TypeError(f"expected int, got {type(connection_count).__name__}")
            )
        viewer_session_count = data_.get("viewer_session_count", UNSET)
        if (
            not isinstance(viewer_session_count, int) or viewer_session_count is True or viewer_session_count is False
        ) and not isinstance(viewer_session_count, Unset):
            raise FieldError.at(
                "viewer_session_count", data_, TypeError(f"expected int, got {type(viewer_session_count).__name__}")
            )
        instance_ = cls_(
            connections=connections,
            viewer_sessions=viewer_sessions,
            connection_count=connection_count,
            viewer_session_count=viewer_session_count,
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
from ..models.remote_connection import RemoteConnection  # noqa: E402
from ..models.remote_viewer_session import RemoteViewerSession  # noqa: E402
