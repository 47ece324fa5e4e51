from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.serving_port_protocol import ServingPortProtocol
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ServingPortContainerAndProtocol")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("container", "protocol"))


@_attrs_define
class ServingPortContainerAndProtocol:
    """
    Attributes:
        container (int | None | Unset):
        protocol (None | ServingPortProtocol | Unset):
    """

    container: int | None | Unset = UNSET
    protocol: None | ServingPortProtocol | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: int | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        elif isinstance(self.protocol, ServingPortProtocol):
            protocol = self.protocol.value
        else:
            protocol = self.protocol

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if container is not UNSET:
            fields_["container"] = container
        if protocol is not UNSET:
            fields_["protocol"] = protocol

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _container = data_.get("container", UNSET)
            container: int | None | Unset
            if _container is None:
                container = None
            elif isinstance(_container, Unset):
                container = UNSET
            elif isinstance(_container, int) and not isinstance(_container, bool):
                container = _container
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_container).__name__}")

        except Exception as error_:
            raise FieldError.at("container", data_, error_) from None
        try:
            _protocol = data_.get("protocol", UNSET)
            protocol: None | ServingPortProtocol | Unset
            if _protocol is None:
                protocol = None
            elif isinstance(_protocol, Unset):
                protocol = UNSET
            elif isinstance(_protocol, str):
                protocol_type_0 = ServingPortProtocol(_protocol)

                protocol = protocol_type_0

            else:
                raise TypeError(f"expected None | ServingPortProtocol | Unset, got {type(_protocol).__name__}")

        except Exception as error_:
            raise FieldError.at("protocol", data_, error_) from None
        instance_ = cls_(
            container=container,
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
