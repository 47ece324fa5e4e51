from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.match_expression import MatchExpression


T = TypeVar("T", bound="NodeSelectorTerm")


@_attrs_define
class NodeSelectorTerm:
    """
    Attributes:
        match_expressions (list[MatchExpression | None] | Unset):
    """

    match_expressions: list[MatchExpression | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.match_expression import MatchExpression  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_expressions is not UNSET:
            field_dict["matchExpressions"] = match_expressions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_expression import MatchExpression  # noqa: PLC0415

        d = dict(src_dict)
        _match_expressions = d.pop("matchExpressions", UNSET)
        match_expressions: list[MatchExpression | None] | Unset = UNSET
        if _match_expressions is not UNSET:
            match_expressions = []
            for match_expressions_item_data in _match_expressions:

                def _parse_match_expressions_item(data: object) -> MatchExpression | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        match_expressions_item_type_0 = MatchExpression.from_dict(data)

                        return match_expressions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(MatchExpression | None, data)

                match_expressions_item = _parse_match_expressions_item(match_expressions_item_data)

                match_expressions.append(match_expressions_item)

        instance_ = cls(
            match_expressions=match_expressions,
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
