from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ScaleToZeroRetentionField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("scaleToZeroRetentionSeconds",))


@_attrs_define
class ScaleToZeroRetentionField:
    """
    Attributes:
        scale_to_zero_retention_seconds (int | None | Unset):
    """

    scale_to_zero_retention_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_to_zero_retention_seconds: int | None | Unset
        if isinstance(self.scale_to_zero_retention_seconds, Unset):
            scale_to_zero_retention_seconds = UNSET
        else:
            scale_to_zero_retention_seconds = self.scale_to_zero_retention_seconds

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if scale_to_zero_retention_seconds is not UNSET:
            fields_["scaleToZeroRetentionSeconds"] = scale_to_zero_retention_seconds

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _scale_to_zero_retention_seconds = data_.get("scaleToZeroRetentionSeconds", UNSET)
            scale_to_zero_retention_seconds: int | None | Unset
            if _scale_to_zero_retention_seconds is None:
                scale_to_zero_retention_seconds = None
            elif isinstance(_scale_to_zero_retention_seconds, Unset):
                scale_to_zero_retention_seconds = UNSET
            elif isinstance(_scale_to_zero_retention_seconds, int) and not isinstance(
                _scale_to_zero_retention_seconds, bool
            ):
                scale_to_zero_retention_seconds = _scale_to_zero_retention_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_scale_to_zero_retention_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("scaleToZeroRetentionSeconds", data_, error_) from None
        instance_ = cls_(
            scale_to_zero_retention_seconds=scale_to_zero_retention_seconds,
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
