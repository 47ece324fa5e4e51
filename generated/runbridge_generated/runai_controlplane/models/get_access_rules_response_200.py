from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="GetAccessRulesResponse200")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("totalRecords", "displayRecords", "accessRules"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "totalRecords": total_records,
                "displayRecords": display_records,
                "accessRules": access_rules,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            total_records = data_["totalRecords"]
            if not isinstance(total_records, int) or total_records is True or total_records is False:
                raise TypeError(f"expected int, got {type(total_records).__name__}")
        except Exception as error_:
            raise FieldError.at("totalRecords", data_, error_) from None
        try:
            display_records = data_["displayRecords"]
            if not isinstance(display_records, int) or display_records is True or display_records is False:
                raise TypeError(f"expected int, got {type(display_records).__name__}")
        except Exception as error_:
            raise FieldError.at("displayRecords", data_, error_) from None
        try:
            _access_rules = data_["accessRules"]
            if not isinstance(_access_rules, list):
                raise TypeError(f"expected a list, got {type(_access_rules).__name__}")
            access_rules = []
            for componentsschemas_access_rules_item_index_, componentsschemas_access_rules_item_data in enumerate(
                _access_rules
            ):
                try:
                    componentsschemas_access_rules_item = AccessRule.from_dict(componentsschemas_access_rules_item_data)

                except Exception as error_:
                    raise FieldError.at(componentsschemas_access_rules_item_index_, _access_rules, error_) from None
                access_rules.append(componentsschemas_access_rules_item)

        except Exception as error_:
            raise FieldError.at("accessRules", data_, error_) from None
        instance_ = cls_(
            total_records=total_records,
            display_records=display_records,
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
from ..models.access_rule import AccessRule  # noqa: E402
