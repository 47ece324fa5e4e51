from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_connection_type import InternalConnectionType
from ..models.internal_tool_type import InternalToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_url_info import ExternalUrlInfo
    from ..models.node_port_info import NodePortInfo
    from ..models.serving_port_info import ServingPortInfo


T = TypeVar("T", bound="InternalToolInfo")


@_attrs_define
class InternalToolInfo:
    """
    Attributes:
        tool_type (InternalToolType):
        connection_type (InternalConnectionType):
        container_port (int):
        node_port_info (NodePortInfo | None | Unset):
        external_url_info (ExternalUrlInfo | None | Unset):
        serving_port_info (None | ServingPortInfo | Unset):
    """

    tool_type: InternalToolType
    connection_type: InternalConnectionType
    container_port: int
    node_port_info: NodePortInfo | None | Unset = UNSET
    external_url_info: ExternalUrlInfo | None | Unset = UNSET
    serving_port_info: None | ServingPortInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.external_url_info import ExternalUrlInfo  # noqa: PLC0415
        from ..models.node_port_info import NodePortInfo  # noqa: PLC0415
        from ..models.serving_port_info import ServingPortInfo  # noqa: PLC0415

        tool_type = self.tool_type.value

        connection_type = self.connection_type.value

        container_port = self.container_port

        node_port_info: dict[str, Any] | None | Unset
        if isinstance(self.node_port_info, Unset):
            node_port_info = UNSET
        elif isinstance(self.node_port_info, NodePortInfo):
            node_port_info = self.node_port_info.to_dict()
        else:
            node_port_info = self.node_port_info

        external_url_info: dict[str, Any] | None | Unset
        if isinstance(self.external_url_info, Unset):
            external_url_info = UNSET
        elif isinstance(self.external_url_info, ExternalUrlInfo):
            external_url_info = self.external_url_info.to_dict()
        else:
            external_url_info = self.external_url_info

        serving_port_info: dict[str, Any] | None | Unset
        if isinstance(self.serving_port_info, Unset):
            serving_port_info = UNSET
        elif isinstance(self.serving_port_info, ServingPortInfo):
            serving_port_info = self.serving_port_info.to_dict()
        else:
            serving_port_info = self.serving_port_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolType": tool_type,
                "connectionType": connection_type,
                "containerPort": container_port,
            }
        )
        if node_port_info is not UNSET:
            field_dict["nodePortInfo"] = node_port_info
        if external_url_info is not UNSET:
            field_dict["externalUrlInfo"] = external_url_info
        if serving_port_info is not UNSET:
            field_dict["servingPortInfo"] = serving_port_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_url_info import ExternalUrlInfo  # noqa: PLC0415
        from ..models.node_port_info import NodePortInfo  # noqa: PLC0415
        from ..models.serving_port_info import ServingPortInfo  # noqa: PLC0415

        d = dict(src_dict)
        tool_type = InternalToolType(d.pop("toolType"))

        connection_type = InternalConnectionType(d.pop("connectionType"))

        container_port = d.pop("containerPort")

        def _parse_node_port_info(data: object) -> NodePortInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_port_info_type_0 = NodePortInfo.from_dict(data)

                return node_port_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodePortInfo | None | Unset, data)

        node_port_info = _parse_node_port_info(d.pop("nodePortInfo", UNSET))

        def _parse_external_url_info(data: object) -> ExternalUrlInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_url_info_type_0 = ExternalUrlInfo.from_dict(data)

                return external_url_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalUrlInfo | None | Unset, data)

        external_url_info = _parse_external_url_info(d.pop("externalUrlInfo", UNSET))

        def _parse_serving_port_info(data: object) -> None | ServingPortInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serving_port_info_type_0 = ServingPortInfo.from_dict(data)

                return serving_port_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServingPortInfo | Unset, data)

        serving_port_info = _parse_serving_port_info(d.pop("servingPortInfo", UNSET))

        instance_ = cls(
            tool_type=tool_type,
            connection_type=connection_type,
            container_port=container_port,
            node_port_info=node_port_info,
            external_url_info=external_url_info,
            serving_port_info=serving_port_info,
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
