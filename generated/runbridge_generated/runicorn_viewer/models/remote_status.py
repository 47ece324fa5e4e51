from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_connection import RemoteConnection
    from ..models.remote_viewer_session import RemoteViewerSession


T = TypeVar("T", bound="RemoteStatus")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
                "viewer_sessions": viewer_sessions,
            }
        )
        if connection_count is not UNSET:
            field_dict["connection_count"] = connection_count
        if viewer_session_count is not UNSET:
            field_dict["viewer_session_count"] = viewer_session_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_connection import RemoteConnection  # noqa: PLC0415
        from ..models.remote_viewer_session import RemoteViewerSession  # noqa: PLC0415

        d = dict(src_dict)
        connections = []
        _connections = d.pop("connections")
        for connections_item_data in _connections:
            connections_item = RemoteConnection.from_dict(connections_item_data)

            connections.append(connections_item)

        viewer_sessions = []
        _viewer_sessions = d.pop("viewer_sessions")
        for viewer_sessions_item_data in _viewer_sessions:
            viewer_sessions_item = RemoteViewerSession.from_dict(viewer_sessions_item_data)

            viewer_sessions.append(viewer_sessions_item)

        connection_count = d.pop("connection_count", UNSET)

        viewer_session_count = d.pop("viewer_session_count", UNSET)

        instance_ = cls(
            connections=connections,
            viewer_sessions=viewer_sessions,
            connection_count=connection_count,
            viewer_session_count=viewer_session_count,
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
