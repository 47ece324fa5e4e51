from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inference_spec_spec import InferenceSpecSpec


T = TypeVar("T", bound="InferenceSpec")


@_attrs_define
class InferenceSpec:
    """
    Attributes:
        spec (InferenceSpecSpec | Unset):
    """

    spec: InferenceSpecSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inference_spec_spec import InferenceSpecSpec  # noqa: PLC0415

        d = dict(src_dict)
        _spec = d.pop("spec", UNSET)
        spec: InferenceSpecSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = InferenceSpecSpec.from_dict(_spec)

        instance_ = cls(
            spec=spec,
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
