from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunSummary")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("best_metric_value", "best_metric_name", "best_metric_step", "best_metric_mode"))


@_attrs_define
class RunSummary:
    """
    Attributes:
        best_metric_value (float | None | Unset):
        best_metric_name (None | str | Unset):
        best_metric_step (int | None | Unset):
        best_metric_mode (None | str | Unset):
    """

    best_metric_value: float | None | Unset = UNSET
    best_metric_name: None | str | Unset = UNSET
    best_metric_step: int | None | Unset = UNSET
    best_metric_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        best_metric_value: float | None | Unset
        if isinstance(self.best_metric_value, Unset):
            best_metric_value = UNSET
        else:
            best_metric_value = self.best_metric_value

        best_metric_name: None | str | Unset
        if isinstance(self.best_metric_name, Unset):
            best_metric_name = UNSET
        else:
            best_metric_name = self.best_metric_name

        best_metric_step: int | None | Unset
        if isinstance(self.best_metric_step, Unset):
            best_metric_step = UNSET
        else:
            best_metric_step = self.best_metric_step

        best_metric_mode: None | str | Unset
        if isinstance(self.best_metric_mode, Unset):
            best_metric_mode = UNSET
        else:
            best_metric_mode = self.best_metric_mode

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if best_metric_value is not UNSET:
            fields_["best_metric_value"] = best_metric_value
        if best_metric_name is not UNSET:
            fields_["best_metric_name"] = best_metric_name
        if best_metric_step is not UNSET:
            fields_["best_metric_step"] = best_metric_step
        if best_metric_mode is not UNSET:
            fields_["best_metric_mode"] = best_metric_mode

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _best_metric_value = data_.get("best_metric_value", UNSET)
            best_metric_value: float | None | Unset
            if _best_metric_value is None:
                best_metric_value = None
            elif isinstance(_best_metric_value, Unset):
                best_metric_value = UNSET
            elif isinstance(_best_metric_value, (int, float)) and not isinstance(_best_metric_value, bool):
                best_metric_value = _best_metric_value
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_best_metric_value).__name__}")

        except Exception as error_:
            raise FieldError.at("best_metric_value", data_, error_) from None
        try:
            _best_metric_name = data_.get("best_metric_name", UNSET)
            best_metric_name: None | str | Unset
            if _best_metric_name is None:
                best_metric_name = None
            elif isinstance(_best_metric_name, Unset):
                best_metric_name = UNSET
            elif isinstance(_best_metric_name, str):
                best_metric_name = _best_metric_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_best_metric_name).__name__}")

        except Exception as error_:
            raise FieldError.at("best_metric_name", data_, error_) from None
        try:
            _best_metric_step = data_.get("best_metric_step", UNSET)
            best_metric_step: int | None | Unset
            if _best_metric_step is None:
                best_metric_step = None
            elif isinstance(_best_metric_step, Unset):
                best_metric_step = UNSET
            elif isinstance(_best_metric_step, int) and not isinstance(_best_metric_step, bool):
                best_metric_step = _best_metric_step
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_best_metric_step).__name__}")

        except Exception as error_:
            raise FieldError.at("best_metric_step", data_, error_) from None
        try:
            _best_metric_mode = data_.get("best_metric_mode", UNSET)
            best_metric_mode: None | str | Unset
            if _best_metric_mode is None:
                best_metric_mode = None
            elif isinstance(_best_metric_mode, Unset):
                best_metric_mode = UNSET
            elif isinstance(_best_metric_mode, str):
                best_metric_mode = _best_metric_mode
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_best_metric_mode).__name__}")

        except Exception as error_:
            raise FieldError.at("best_metric_mode", data_, error_) from None
        instance_ = cls_(
            best_metric_value=best_metric_value,
            best_metric_name=best_metric_name,
            best_metric_step=best_metric_step,
            best_metric_mode=best_metric_mode,
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
