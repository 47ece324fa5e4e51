from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.me_access_rules_response_access_rules import MeAccessRulesResponseAccessRules


T = TypeVar("T", bound="MeAccessRulesResponse")


@_attrs_define
class MeAccessRulesResponse:
    """
    Attributes:
        access_rules (MeAccessRulesResponseAccessRules | Unset):
    """

    access_rules: MeAccessRulesResponseAccessRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_rules, Unset):
            access_rules = self.access_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_rules is not UNSET:
            field_dict["accessRules"] = access_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.me_access_rules_response_access_rules import MeAccessRulesResponseAccessRules  # noqa: PLC0415

        d = dict(src_dict)
        _access_rules = d.pop("accessRules", UNSET)
        access_rules: MeAccessRulesResponseAccessRules | Unset
        if isinstance(_access_rules, Unset):
            access_rules = UNSET
        else:
            access_rules = MeAccessRulesResponseAccessRules.from_dict(_access_rules)

        instance_ = cls(
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
