from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_rule_enum import PolicyRuleEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplianceIssuesV2ComplianceIssuesItem")


@_attrs_define
class ComplianceIssuesV2ComplianceIssuesItem:
    """
    Attributes:
        field (str):
        details (str):
        rule (None | PolicyRuleEnum | Unset):
    """

    field: str
    details: str
    rule: None | PolicyRuleEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        details = self.details

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        elif isinstance(self.rule, PolicyRuleEnum):
            rule = self.rule.value
        else:
            rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "details": details,
            }
        )
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        details = d.pop("details")

        def _parse_rule(data: object) -> None | PolicyRuleEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_type_0 = PolicyRuleEnum(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicyRuleEnum | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        instance_ = cls(
            field=field,
            details=details,
            rule=rule,
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
