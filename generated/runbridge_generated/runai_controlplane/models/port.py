from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_service_type import PortServiceType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Port")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("container", "serviceType", "external", "toolType", "toolName", "name", "exclude"))


@_attrs_define
class Port:
    """
    Attributes:
        container (int | None | Unset):
        service_type (None | PortServiceType | Unset):
        external (int | None | Unset):
        tool_type (None | str | Unset):
        tool_name (None | str | Unset):
        name (None | str | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    container: int | None | Unset = UNSET
    service_type: None | PortServiceType | Unset = UNSET
    external: int | None | Unset = UNSET
    tool_type: None | str | Unset = UNSET
    tool_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: int | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        service_type: None | str | Unset
        if isinstance(self.service_type, Unset):
            service_type = UNSET
        elif isinstance(self.service_type, PortServiceType):
            service_type = self.service_type.value
        else:
            service_type = self.service_type

        external: int | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        else:
            external = self.external

        tool_type: None | str | Unset
        if isinstance(self.tool_type, Unset):
            tool_type = UNSET
        else:
            tool_type = self.tool_type

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if container is not UNSET:
            fields_["container"] = container
        if service_type is not UNSET:
            fields_["serviceType"] = service_type
        if external is not UNSET:
            fields_["external"] = external
        if tool_type is not UNSET:
            fields_["toolType"] = tool_type
        if tool_name is not UNSET:
            fields_["toolName"] = tool_name
        if name is not UNSET:
            fields_["name"] = name
        if exclude is not UNSET:
            fields_["exclude"] = exclude

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
            _service_type = data_.get("serviceType", UNSET)
            service_type: None | PortServiceType | Unset
            if _service_type is None:
                service_type = None
            elif isinstance(_service_type, Unset):
                service_type = UNSET
            elif isinstance(_service_type, str):
                service_type_type_0 = PortServiceType(_service_type)

                service_type = service_type_type_0

            else:
                raise TypeError(f"expected None | PortServiceType | Unset, got {type(_service_type).__name__}")

        except Exception as error_:
            raise FieldError.at("serviceType", data_, error_) from None
        try:
            _external = data_.get("external", UNSET)
            external: int | None | Unset
            if _external is None:
                external = None
            elif isinstance(_external, Unset):
                external = UNSET
            elif isinstance(_external, int) and not isinstance(_external, bool):
                external = _external
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_external).__name__}")

        except Exception as error_:
            raise FieldError.at("external", data_, error_) from None
        try:
            _tool_type = data_.get("toolType", UNSET)
            tool_type: None | str | Unset
            if _tool_type is None:
                tool_type = None
            elif isinstance(_tool_type, Unset):
                tool_type = UNSET
            elif isinstance(_tool_type, str):
                tool_type = _tool_type
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_tool_type).__name__}")

        except Exception as error_:
            raise FieldError.at("toolType", data_, error_) from None
        try:
            _tool_name = data_.get("toolName", UNSET)
            tool_name: None | str | Unset
            if _tool_name is None:
                tool_name = None
            elif isinstance(_tool_name, Unset):
                tool_name = UNSET
            elif isinstance(_tool_name, str):
                tool_name = _tool_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_tool_name).__name__}")

        except Exception as error_:
            raise FieldError.at("toolName", data_, error_) from None
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        instance_ = cls_(
            container=container,
            service_type=service_type,
            external=external,
            tool_type=tool_type,
            tool_name=tool_name,
            name=name,
            exclude=exclude,
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
