from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodeSelectorTerm")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("matchExpressions",))


@_attrs_define
class NodeSelectorTerm:
    """
    Attributes:
        match_expressions (list[MatchExpression | None] | Unset):
    """

    match_expressions: list[MatchExpression | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_expressions: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.match_expressions, Unset):
            match_expressions = []
            for match_expressions_item_data in self.match_expressions:
                match_expressions_item: dict[str, Any] | None
                if isinstance(match_expressions_item_data, MatchExpression):
                    match_expressions_item = match_expressions_item_data.to_dict()
                else:
                    match_expressions_item = match_expressions_item_data
                match_expressions.append(match_expressions_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if match_expressions is not UNSET:
            fields_["matchExpressions"] = match_expressions

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _match_expressions = data_.get("matchExpressions", UNSET)
            match_expressions: list[MatchExpression | None] | Unset = UNSET
            if _match_expressions is not UNSET:
                if not isinstance(_match_expressions, list):
                    raise TypeError(f"expected a list, got {type(_match_expressions).__name__}")
                match_expressions = []
                for match_expressions_item_index_, match_expressions_item_data in enumerate(_match_expressions):
                    try:
                        _match_expressions_item = match_expressions_item_data
                        match_expressions_item: MatchExpression | None
                        if _match_expressions_item is None:
                            match_expressions_item = None
                        elif isinstance(_match_expressions_item, dict):
                            match_expressions_item_type_0 = MatchExpression.from_dict(_match_expressions_item)

                            match_expressions_item = match_expressions_item_type_0

                        else:
                            raise TypeError(
                                f"expected MatchExpression | None, got {type(_match_expressions_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(match_expressions_item_index_, _match_expressions, error_) from None
                    match_expressions.append(match_expressions_item)

        except Exception as error_:
            raise FieldError.at("matchExpressions", data_, error_) from None
        instance_ = cls_(
            match_expressions=match_expressions,
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
from ..models.match_expression import MatchExpression  # noqa: E402
