from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenUse")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if result is not UNSET:
            field_dict["result"] = result
        if completion is not UNSET:
            field_dict["completion"] = completion
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        result = d.pop("result", UNSET)

        completion = d.pop("completion", UNSET)

        total = d.pop("total", UNSET)

        instance_ = cls(
            prompt=prompt,
            result=result,
            completion=completion,
            total=total,
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
