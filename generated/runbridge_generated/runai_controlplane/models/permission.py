from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..models.resource_type import ResourceType
from ..models.resource_type_group_id import ResourceTypeGroupId
from ..types import FieldError

T = TypeVar("T", bound="Permission")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("resourceType", "displayName", "groupId", "actions"))


@_attrs_define
class Permission:
    """
    Attributes:
        resource_type (ResourceType):
        display_name (str):
        group_id (ResourceTypeGroupId):
        actions (list[Action]):
    """

    resource_type: ResourceType
    display_name: str
    group_id: ResourceTypeGroupId
    actions: list[Action]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type.value

        display_name = self.display_name

        group_id = self.group_id.value

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "resourceType": resource_type,
                "displayName": display_name,
                "groupId": group_id,
                "actions": actions,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            resource_type = ResourceType(data_["resourceType"])

        except Exception as error_:
            raise FieldError.at("resourceType", data_, error_) from None
        try:
            display_name = data_["displayName"]
            if not isinstance(display_name, str):
                raise TypeError(f"expected str, got {type(display_name).__name__}")
        except Exception as error_:
            raise FieldError.at("displayName", data_, error_) from None
        try:
            group_id = ResourceTypeGroupId(data_["groupId"])

        except Exception as error_:
            raise FieldError.at("groupId", data_, error_) from None
        try:
            _actions = data_["actions"]
            if not isinstance(_actions, list):
                raise TypeError(f"expected a list, got {type(_actions).__name__}")
            actions = []
            for actions_item_index_, actions_item_data in enumerate(_actions):
                try:
                    actions_item = Action(actions_item_data)

                except Exception as error_:
                    raise FieldError.at(actions_item_index_, _actions, error_) from None
                actions.append(actions_item)

        except Exception as error_:
            raise FieldError.at("actions", data_, error_) from None
        instance_ = cls_(
            resource_type=resource_type,
            display_name=display_name,
            group_id=group_id,
            actions=actions,
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
