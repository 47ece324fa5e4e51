from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="MeAccessRulesResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("accessRules",))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if access_rules is not UNSET:
            fields_["accessRules"] = access_rules

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _access_rules = data_.get("accessRules", UNSET)
            access_rules: MeAccessRulesResponseAccessRules | Unset
            if isinstance(_access_rules, Unset):
                access_rules = UNSET
            else:
                access_rules = MeAccessRulesResponseAccessRules.from_dict(_access_rules)

        except Exception as error_:
            raise FieldError.at("accessRules", data_, error_) from None
        instance_ = cls_(
            access_rules=access_rules,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.me_access_rules_response_access_rules import MeAccessRulesResponseAccessRules  # noqa: E402
