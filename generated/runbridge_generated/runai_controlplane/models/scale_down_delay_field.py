from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ScaleDownDelayField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("scaleDownDelaySeconds",))


@_attrs_define
class ScaleDownDelayField:
    """
    Attributes:
        scale_down_delay_seconds (int | None | Unset):
    """

    scale_down_delay_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_down_delay_seconds: int | None | Unset
        if isinstance(self.scale_down_delay_seconds, Unset):
            scale_down_delay_seconds = UNSET
        else:
            scale_down_delay_seconds = self.scale_down_delay_seconds

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if scale_down_delay_seconds is not UNSET:
            fields_["scaleDownDelaySeconds"] = scale_down_delay_seconds

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _scale_down_delay_seconds = data_.get("scaleDownDelaySeconds", UNSET)
            scale_down_delay_seconds: int | None | Unset
            if _scale_down_delay_seconds is None:
                scale_down_delay_seconds = None
            elif isinstance(_scale_down_delay_seconds, Unset):
                scale_down_delay_seconds = UNSET
            elif isinstance(_scale_down_delay_seconds, int) and not isinstance(_scale_down_delay_seconds, bool):
                scale_down_delay_seconds = _scale_down_delay_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_scale_down_delay_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("scaleDownDelaySeconds", data_, error_) from None
        instance_ = cls_(
            scale_down_delay_seconds=scale_down_delay_seconds,
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
