from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RequestedPods")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("number", "min", "max", "parallelism", "completions"))


@_attrs_define
class RequestedPods:
    """
    Attributes:
        number (int | None | Unset):
        min_ (int | None | Unset):
        max_ (int | None | Unset):
        parallelism (int | None | Unset):
        completions (int | None | Unset):
    """

    number: int | None | Unset = UNSET
    min_: int | None | Unset = UNSET
    max_: int | None | Unset = UNSET
    parallelism: int | None | Unset = UNSET
    completions: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        parallelism: int | None | Unset
        if isinstance(self.parallelism, Unset):
            parallelism = UNSET
        else:
            parallelism = self.parallelism

        completions: int | None | Unset
        if isinstance(self.completions, Unset):
            completions = UNSET
        else:
            completions = self.completions

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if number is not UNSET:
            fields_["number"] = number
        if min_ is not UNSET:
            fields_["min"] = min_
        if max_ is not UNSET:
            fields_["max"] = max_
        if parallelism is not UNSET:
            fields_["parallelism"] = parallelism
        if completions is not UNSET:
            fields_["completions"] = completions

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _number = data_.get("number", UNSET)
            number: int | None | Unset
            if _number is None:
                number = None
            elif isinstance(_number, Unset):
                number = UNSET
            elif isinstance(_number, int) and not isinstance(_number, bool):
                number = _number
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_number).__name__}")

        except Exception as error_:
            raise FieldError.at("number", data_, error_) from None
        try:
            _min_ = data_.get("min", UNSET)
            min_: int | None | Unset
            if _min_ is None:
                min_ = None
            elif isinstance(_min_, Unset):
                min_ = UNSET
            elif isinstance(_min_, int) and not isinstance(_min_, bool):
                min_ = _min_
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_min_).__name__}")

        except Exception as error_:
            raise FieldError.at("min", data_, error_) from None
        try:
            _max_ = data_.get("max", UNSET)
            max_: int | None | Unset
            if _max_ is None:
                max_ = None
            elif isinstance(_max_, Unset):
                max_ = UNSET
            elif isinstance(_max_, int) and not isinstance(_max_, bool):
                max_ = _max_
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_max_).__name__}")

        except Exception as error_:
            raise FieldError.at("max", data_, error_) from None
        try:
            _parallelism = data_.get("parallelism", UNSET)
            parallelism: int | None | Unset
            if _parallelism is None:
                parallelism = None
            elif isinstance(_parallelism, Unset):
                parallelism = UNSET
            elif isinstance(_parallelism, int) and not isinstance(_parallelism, bool):
                parallelism = _parallelism
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_parallelism).__name__}")

        except Exception as error_:
            raise FieldError.at("parallelism", data_, error_) from None
        try:
            _completions = data_.get("completions", UNSET)
            completions: int | None | Unset
            if _completions is None:
                completions = None
            elif isinstance(_completions, Unset):
                completions = UNSET
            elif isinstance(_completions, int) and not isinstance(_completions, bool):
                completions = _completions
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_completions).__name__}")

        except Exception as error_:
            raise FieldError.at("completions", data_, error_) from None
        instance_ = cls_(
            number=number,
            min_=min_,
            max_=max_,
            parallelism=parallelism,
            completions=completions,
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
