from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_service_type import PortServiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Port")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container is not UNSET:
            field_dict["container"] = container
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if external is not UNSET:
            field_dict["external"] = external
        if tool_type is not UNSET:
            field_dict["toolType"] = tool_type
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if name is not UNSET:
            field_dict["name"] = name
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_container(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_service_type(data: object) -> None | PortServiceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_type_type_0 = PortServiceType(data)

                return service_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortServiceType | Unset, data)

        service_type = _parse_service_type(d.pop("serviceType", UNSET))

        def _parse_external(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        external = _parse_external(d.pop("external", UNSET))

        def _parse_tool_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_type = _parse_tool_type(d.pop("toolType", UNSET))

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_name = _parse_tool_name(d.pop("toolName", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_exclude(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude = _parse_exclude(d.pop("exclude", UNSET))

        instance_ = cls(
            container=container,
            service_type=service_type,
            external=external,
            tool_type=tool_type,
            tool_name=tool_name,
            name=name,
            exclude=exclude,
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
