from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_type import ToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentAssetRef")


@_attrs_define
class EnvironmentAssetRef:
    """
    Attributes:
        id (str):
        name (str):
        tool_types (list[ToolType] | None | Unset):
    """

    id: str
    name: str
    tool_types: list[ToolType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tool_types: list[str] | None | Unset
        if isinstance(self.tool_types, Unset):
            tool_types = UNSET
        elif isinstance(self.tool_types, list):
            tool_types = []
            for tool_types_type_0_item_data in self.tool_types:
                tool_types_type_0_item = tool_types_type_0_item_data.value
                tool_types.append(tool_types_type_0_item)

        else:
            tool_types = self.tool_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if tool_types is not UNSET:
            field_dict["toolTypes"] = tool_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_tool_types(data: object) -> list[ToolType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_types_type_0 = []
                _tool_types_type_0 = data
                for tool_types_type_0_item_data in _tool_types_type_0:
                    tool_types_type_0_item = ToolType(tool_types_type_0_item_data)

                    tool_types_type_0.append(tool_types_type_0_item)

                return tool_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ToolType] | None | Unset, data)

        tool_types = _parse_tool_types(d.pop("toolTypes", UNSET))

        instance_ = cls(
            id=id,
            name=name,
            tool_types=tool_types,
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
