from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_expression_operator import MatchExpressionOperator
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="MatchExpression")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("key", "operator", "values"))


@_attrs_define
class MatchExpression:
    """
    Attributes:
        key (str):
        operator (MatchExpressionOperator):
        values (list[str] | Unset):
    """

    key: str
    operator: MatchExpressionOperator
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator = self.operator.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "key": key,
                "operator": operator,
            }
        )
        if values is not UNSET:
            fields_["values"] = values

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            key = data_["key"]
            if not isinstance(key, str):
                raise TypeError(f"expected str, got {type(key).__name__}")
        except Exception as error_:
            raise FieldError.at("key", data_, error_) from None
        try:
            operator = MatchExpressionOperator(data_["operator"])

        except Exception as error_:
            raise FieldError.at("operator", data_, error_) from None
        try:
            values = cast_(list[str], checked_scalars_(data_.get("values", UNSET), str))

        except Exception as error_:
            raise FieldError.at("values", data_, error_) from None
        instance_ = cls_(
            key=key,
            operator=operator,
            values=values,
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
