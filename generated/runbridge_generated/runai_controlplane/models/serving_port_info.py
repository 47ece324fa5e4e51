from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serving_port_info_protocol_type_1 import ServingPortInfoProtocolType1
from ..models.serving_port_info_protocol_type_2_type_1 import ServingPortInfoProtocolType2Type1
from ..models.serving_port_info_protocol_type_3_type_1 import ServingPortInfoProtocolType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServingPortInfo")


@_attrs_define
class ServingPortInfo:
    """
    Attributes:
        protocol (None | ServingPortInfoProtocolType1 | ServingPortInfoProtocolType2Type1 |
            ServingPortInfoProtocolType3Type1 | Unset):
    """

    protocol: (
        None
        | ServingPortInfoProtocolType1
        | ServingPortInfoProtocolType2Type1
        | ServingPortInfoProtocolType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        elif isinstance(self.protocol, ServingPortInfoProtocolType1):
            protocol = self.protocol.value
        elif isinstance(self.protocol, ServingPortInfoProtocolType2Type1):
            protocol = self.protocol.value
        elif isinstance(self.protocol, ServingPortInfoProtocolType3Type1):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_protocol(
            data: object,
        ) -> (
            None
            | ServingPortInfoProtocolType1
            | ServingPortInfoProtocolType2Type1
            | ServingPortInfoProtocolType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_type_1 = ServingPortInfoProtocolType1(data)

                return protocol_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_type_2_type_1 = ServingPortInfoProtocolType2Type1(data)

                return protocol_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_type_3_type_1 = ServingPortInfoProtocolType3Type1(data)

                return protocol_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ServingPortInfoProtocolType1
                | ServingPortInfoProtocolType2Type1
                | ServingPortInfoProtocolType3Type1
                | Unset,
                data,
            )

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        instance_ = cls(
            protocol=protocol,
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
