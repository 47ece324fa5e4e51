from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.toleration_effect import TolerationEffect
from ..models.toleration_operator import TolerationOperator
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Toleration")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "operator", "key", "value", "effect", "seconds", "exclude"))


@_attrs_define
class Toleration:
    """
    Attributes:
        name (None | str | Unset):
        operator (None | TolerationOperator | Unset):
        key (None | str | Unset):
        value (None | str | Unset):
        effect (None | TolerationEffect | Unset):
        seconds (int | None | Unset):
        exclude (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    operator: None | TolerationOperator | Unset = UNSET
    key: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    effect: None | TolerationEffect | Unset = UNSET
    seconds: int | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, TolerationOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, TolerationEffect):
            effect = self.effect.value
        else:
            effect = self.effect

        seconds: int | None | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if operator is not UNSET:
            fields_["operator"] = operator
        if key is not UNSET:
            fields_["key"] = key
        if value is not UNSET:
            fields_["value"] = value
        if effect is not UNSET:
            fields_["effect"] = effect
        if seconds is not UNSET:
            fields_["seconds"] = seconds
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _operator = data_.get("operator", UNSET)
            operator: None | TolerationOperator | Unset
            if _operator is None:
                operator = None
            elif isinstance(_operator, Unset):
                operator = UNSET
            elif isinstance(_operator, str):
                operator_type_0 = TolerationOperator(_operator)

                operator = operator_type_0

            else:
                raise TypeError(f"expected None | TolerationOperator | Unset, got {type(_operator).__name__}")

        except Exception as error_:
            raise FieldError.at("operator", data_, error_) from None
        try:
            _key = data_.get("key", UNSET)
            key: None | str | Unset
            if _key is None:
                key = None
            elif isinstance(_key, Unset):
                key = UNSET
            elif isinstance(_key, str):
                key = _key
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_key).__name__}")

        except Exception as error_:
            raise FieldError.at("key", data_, error_) from None
        try:
            _value = data_.get("value", UNSET)
            value: None | str | Unset
            if _value is None:
                value = None
            elif isinstance(_value, Unset):
                value = UNSET
            elif isinstance(_value, str):
                value = _value
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_value).__name__}")

        except Exception as error_:
            raise FieldError.at("value", data_, error_) from None
        try:
            _effect = data_.get("effect", UNSET)
            effect: None | TolerationEffect | Unset
            if _effect is None:
                effect = None
            elif isinstance(_effect, Unset):
                effect = UNSET
            elif isinstance(_effect, str):
                effect_type_0 = TolerationEffect(_effect)

                effect = effect_type_0

            else:
                raise TypeError(f"expected None | TolerationEffect | Unset, got {type(_effect).__name__}")

        except Exception as error_:
            raise FieldError.at("effect", data_, error_) from None
        try:
            _seconds = data_.get("seconds", UNSET)
            seconds: int | None | Unset
            if _seconds is None:
                seconds = None
            elif isinstance(_seconds, Unset):
                seconds = UNSET
            elif isinstance(_seconds, int) and not isinstance(_seconds, bool):
                seconds = _seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("seconds", data_, error_) from None
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        instance_ = cls_(
            name=name,
            operator=operator,
            key=key,
            value=value,
            effect=effect,
            seconds=seconds,
            exclude=exclude,
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
