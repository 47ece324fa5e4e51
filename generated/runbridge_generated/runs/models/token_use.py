from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="TokenUse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("prompt", "result", "completion", "total"))


@_attrs_define
class TokenUse:
    """
    Attributes:
        prompt (float | Unset):
        result (float | Unset):
        completion (float | Unset):
        total (float | Unset):
    """

    prompt: float | Unset = UNSET
    result: float | Unset = UNSET
    completion: float | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        result = self.result

        completion = self.completion

        total = self.total

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if prompt is not UNSET:
            fields_["prompt"] = prompt
        if result is not UNSET:
            fields_["result"] = result
        if completion is not UNSET:
            fields_["completion"] = completion
        if total is not UNSET:
            fields_["total"] = total

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        prompt = data_.get("prompt", UNSET)
        if (not isinstance(prompt, (int, float)) or prompt is True or prompt is False) and not isinstance(
            prompt, Unset
        ):
            raise FieldError.at("prompt", data_, TypeError(f"expected int or float, got {type(prompt).__name__}"))
        result = data_.get("result", UNSET)
        if (not isinstance(result, (int, float)) or result is True or result is False) and not isinstance(
            result, Unset
        ):
            raise FieldError.at("result", data_, TypeError(f"expected int or float, got {type(result).__name__}"))
        completion = data_.get("completion", UNSET)
        if (not isinstance(completion, (int, float)) or completion is True or completion is False) and not isinstance(
            completion, Unset
        ):
            raise FieldError.at(
                "completion", data_, TypeError(f"expected int or float, got {type(completion).__name__}")
            )
        total = data_.get("total", UNSET)
        if (not isinstance(total, (int, float)) or total is True or total is False) and not isinstance(total, Unset):
            raise FieldError.at("total", data_, TypeError(f"expected int or float, got {type(total).__name__}"))
        instance_ = cls_(
            prompt=prompt,
            result=result,
            completion=completion,
            total=total,
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
