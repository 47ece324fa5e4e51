from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..models.resource_type import ResourceType
from ..models.resource_type_group_id import ResourceTypeGroupId

T = TypeVar("T", bound="Permission")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceType": resource_type,
                "displayName": display_name,
                "groupId": group_id,
                "actions": actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = ResourceType(d.pop("resourceType"))

        display_name = d.pop("displayName")

        group_id = ResourceTypeGroupId(d.pop("groupId"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = Action(actions_item_data)

            actions.append(actions_item)

        instance_ = cls(
            resource_type=resource_type,
            display_name=display_name,
            group_id=group_id,
            actions=actions,
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
