from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_connection_type import InternalConnectionType
from ..models.internal_tool_type import InternalToolType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="InternalToolInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("toolType", "connectionType", "containerPort", "nodePortInfo", "externalUrlInfo", "servingPortInfo")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "toolType": tool_type,
                "connectionType": connection_type,
                "containerPort": container_port,
            }
        )
        if node_port_info is not UNSET:
            fields_["nodePortInfo"] = node_port_info
        if external_url_info is not UNSET:
            fields_["externalUrlInfo"] = external_url_info
        if serving_port_info is not UNSET:
            fields_["servingPortInfo"] = serving_port_info

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            tool_type = InternalToolType(data_["toolType"])

        except Exception as error_:
            raise FieldError.at("toolType", data_, error_) from None
        try:
            connection_type = InternalConnectionType(data_["connectionType"])

        except Exception as error_:
            raise FieldError.at("connectionType", data_, error_) from None
        try:
            container_port = data_["containerPort"]
            if not isinstance(container_port, int) or container_port is True or container_port is False:
                raise TypeError(f"expected int, got {type(container_port).__name__}")
        except Exception as error_:
            raise FieldError.at("containerPort", data_, error_) from None
        try:
            _node_port_info = data_.get("nodePortInfo", UNSET)
            node_port_info: NodePortInfo | None | Unset
            if _node_port_info is None:
                node_port_info = None
            elif isinstance(_node_port_info, Unset):
                node_port_info = UNSET
            elif isinstance(_node_port_info, dict):
                node_port_info_type_0 = NodePortInfo.from_dict(_node_port_info)

                node_port_info = node_port_info_type_0

            else:
                raise TypeError(f"expected NodePortInfo | None | Unset, got {type(_node_port_info).__name__}")

        except Exception as error_:
            raise FieldError.at("nodePortInfo", data_, error_) from None
        try:
            _external_url_info = data_.get("externalUrlInfo", UNSET)
            external_url_info: ExternalUrlInfo | None | Unset
            if _external_url_info is None:
                external_url_info = None
            elif isinstance(_external_url_info, Unset):
                external_url_info = UNSET
            elif isinstance(_external_url_info, dict):
                external_url_info_type_0 = ExternalUrlInfo.from_dict(_external_url_info)

                external_url_info = external_url_info_type_0

            else:
                raise TypeError(f"expected ExternalUrlInfo | None | Unset, got {type(_external_url_info).__name__}")

        except Exception as error_:
            raise FieldError.at("externalUrlInfo", data_, error_) from None
        try:
            _serving_port_info = data_.get("servingPortInfo", UNSET)
            serving_port_info: None | ServingPortInfo | Unset
            if _serving_port_info is None:
                serving_port_info = None
            elif isinstance(_serving_port_info, Unset):
                serving_port_info = UNSET
            elif isinstance(_serving_port_info, dict):
                serving_port_info_type_0 = ServingPortInfo.from_dict(_serving_port_info)

                serving_port_info = serving_port_info_type_0

            else:
                raise TypeError(f"expected None | ServingPortInfo | Unset, got {type(_serving_port_info).__name__}")

        except Exception as error_:
            raise FieldError.at("servingPortInfo", data_, error_) from None
        instance_ = cls_(
            tool_type=tool_type,
            connection_type=connection_type,
            container_port=container_port,
            node_port_info=node_port_info,
            external_url_info=external_url_info,
            serving_port_info=serving_port_info,
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
from ..models.external_url_info import ExternalUrlInfo  # noqa: E402
from ..models.node_port_info import NodePortInfo  # noqa: E402
from ..models.serving_port_info import ServingPortInfo  # noqa: E402
