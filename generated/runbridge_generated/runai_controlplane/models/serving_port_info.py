from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serving_port_info_protocol_type_1 import ServingPortInfoProtocolType1
from ..models.serving_port_info_protocol_type_2_type_1 import ServingPortInfoProtocolType2Type1
from ..models.serving_port_info_protocol_type_3_type_1 import ServingPortInfoProtocolType3Type1
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ServingPortInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("protocol",))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if protocol is not UNSET:
            fields_["protocol"] = protocol

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _protocol = data_.get("protocol", UNSET)
            protocol: (
                None
                | ServingPortInfoProtocolType1
                | ServingPortInfoProtocolType2Type1
                | ServingPortInfoProtocolType3Type1
                | Unset
            )
            if _protocol is None:
                protocol = None
            elif isinstance(_protocol, Unset):
                protocol = UNSET
            elif isinstance(_protocol, str):
                _protocol_found_ = False
                try:
                    protocol_type_1 = ServingPortInfoProtocolType1(_protocol)

                    protocol = protocol_type_1
                    _protocol_found_ = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

                if not _protocol_found_:
                    try:
                        protocol_type_2_type_1 = ServingPortInfoProtocolType2Type1(_protocol)

                        protocol = protocol_type_2_type_1
                        _protocol_found_ = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not _protocol_found_:
                    protocol_type_3_type_1 = ServingPortInfoProtocolType3Type1(_protocol)

                    protocol = protocol_type_3_type_1

            else:
                raise TypeError(
                    f"expected None | ServingPortInfoProtocolType1 | ServingPortInfoProtocolType2Type1 | ServingPortInfoProtocolType3Type1 | Unset, got {type(_protocol).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("protocol", data_, error_) from None
        instance_ = cls_(
            protocol=protocol,
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
