from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_rule import AccessRule


T = TypeVar("T", bound="GetAccessRulesResponse200")


@_attrs_define
class GetAccessRulesResponse200:
    """
    Attributes:
        total_records (int):
        display_records (int):
        access_rules (list[AccessRule]):
    """

    total_records: int
    display_records: int
    access_rules: list[AccessRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_records = self.total_records

        display_records = self.display_records

        access_rules = []
        for componentsschemas_access_rules_item_data in self.access_rules:
            componentsschemas_access_rules_item = componentsschemas_access_rules_item_data.to_dict()
            access_rules.append(componentsschemas_access_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalRecords": total_records,
                "displayRecords": display_records,
                "accessRules": access_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_rule import AccessRule  # noqa: PLC0415

        d = dict(src_dict)
        total_records = d.pop("totalRecords")

        display_records = d.pop("displayRecords")

        access_rules = []
        _access_rules = d.pop("accessRules")
        for componentsschemas_access_rules_item_data in _access_rules:
            componentsschemas_access_rules_item = AccessRule.from_dict(componentsschemas_access_rules_item_data)

            access_rules.append(componentsschemas_access_rules_item)

        instance_ = cls(
            total_records=total_records,
            display_records=display_records,
            access_rules=access_rules,
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
