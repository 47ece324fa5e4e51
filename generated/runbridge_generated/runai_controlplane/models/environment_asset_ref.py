from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_type import ToolType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="EnvironmentAssetRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "name", "toolTypes"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "name": name,
            }
        )
        if tool_types is not UNSET:
            fields_["toolTypes"] = tool_types

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _tool_types = data_.get("toolTypes", UNSET)
            tool_types: list[ToolType] | None | Unset
            if _tool_types is None:
                tool_types = None
            elif isinstance(_tool_types, Unset):
                tool_types = UNSET
            elif isinstance(_tool_types, list):
                _tool_types_type_0 = _tool_types
                if not isinstance(_tool_types_type_0, list):
                    raise TypeError(f"expected a list, got {type(_tool_types_type_0).__name__}")
                tool_types_type_0 = []
                for tool_types_type_0_item_index_, tool_types_type_0_item_data in enumerate(_tool_types_type_0):
                    try:
                        tool_types_type_0_item = ToolType(tool_types_type_0_item_data)

                    except Exception as error_:
                        raise FieldError.at(tool_types_type_0_item_index_, _tool_types_type_0, error_) from None
                    tool_types_type_0.append(tool_types_type_0_item)

                tool_types = tool_types_type_0

            else:
                raise TypeError(f"expected list[ToolType] | None | Unset, got {type(_tool_types).__name__}")

        except Exception as error_:
            raise FieldError.at("toolTypes", data_, error_) from None
        instance_ = cls_(
            id=id,
            name=name,
            tool_types=tool_types,
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
