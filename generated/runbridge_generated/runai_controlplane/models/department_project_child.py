from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DepartmentProjectChild")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "name", "children"))


@_attrs_define
class DepartmentProjectChild:
    """
    Attributes:
        id (str):
        name (str):
        children (list[DepartmentProjectChild] | Unset):
    """

    id: str
    name: str
    children: list[DepartmentProjectChild] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "name": name,
            }
        )
        if children is not UNSET:
            fields_["children"] = children

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
            _children = data_.get("children", UNSET)
            children: list[DepartmentProjectChild] | Unset = UNSET
            if _children is not UNSET:
                if not isinstance(_children, list):
                    raise TypeError(f"expected a list, got {type(_children).__name__}")
                children = []
                for children_item_index_, children_item_data in enumerate(_children):
                    try:
                        children_item = DepartmentProjectChild.from_dict(children_item_data)

                    except Exception as error_:
                        raise FieldError.at(children_item_index_, _children, error_) from None
                    children.append(children_item)

        except Exception as error_:
            raise FieldError.at("children", data_, error_) from None
        instance_ = cls_(
            id=id,
            name=name,
            children=children,
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
