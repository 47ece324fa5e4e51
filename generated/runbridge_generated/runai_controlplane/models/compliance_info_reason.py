from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_rule_enum import PolicyRuleEnum
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ComplianceInfoReason")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("details", "field", "rule"))


@_attrs_define
class ComplianceInfoReason:
    """
    Attributes:
        details (str):
        field (None | str | Unset):
        rule (None | PolicyRuleEnum | Unset):
    """

    details: str
    field: None | str | Unset = UNSET
    rule: None | PolicyRuleEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        rule: None | str | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        elif isinstance(self.rule, PolicyRuleEnum):
            rule = self.rule.value
        else:
            rule = self.rule

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "details": details,
            }
        )
        if field is not UNSET:
            fields_["field"] = field
        if rule is not UNSET:
            fields_["rule"] = rule

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            details = data_["details"]
            if not isinstance(details, str):
                raise TypeError(f"expected str, got {type(details).__name__}")
        except Exception as error_:
            raise FieldError.at("details", data_, error_) from None
        try:
            _field = data_.get("field", UNSET)
            field: None | str | Unset
            if _field is None:
                field = None
            elif isinstance(_field, Unset):
                field = UNSET
            elif isinstance(_field, str):
                field = _field
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_field).__name__}")

        except Exception as error_:
            raise FieldError.at("field", data_, error_) from None
        try:
            _rule = data_.get("rule", UNSET)
            rule: None | PolicyRuleEnum | Unset
            if _rule is None:
                rule = None
            elif isinstance(_rule, Unset):
                rule = UNSET
            elif isinstance(_rule, str):
                rule_type_0 = PolicyRuleEnum(_rule)

                rule = rule_type_0

            else:
                raise TypeError(f"expected None | PolicyRuleEnum | Unset, got {type(_rule).__name__}")

        except Exception as error_:
            raise FieldError.at("rule", data_, error_) from None
        instance_ = cls_(
            details=details,
            field=field,
            rule=rule,
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
