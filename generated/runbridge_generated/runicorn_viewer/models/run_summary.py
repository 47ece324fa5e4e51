from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSummary")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if best_metric_value is not UNSET:
            field_dict["best_metric_value"] = best_metric_value
        if best_metric_name is not UNSET:
            field_dict["best_metric_name"] = best_metric_name
        if best_metric_step is not UNSET:
            field_dict["best_metric_step"] = best_metric_step
        if best_metric_mode is not UNSET:
            field_dict["best_metric_mode"] = best_metric_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_best_metric_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        best_metric_value = _parse_best_metric_value(d.pop("best_metric_value", UNSET))

        def _parse_best_metric_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        best_metric_name = _parse_best_metric_name(d.pop("best_metric_name", UNSET))

        def _parse_best_metric_step(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        best_metric_step = _parse_best_metric_step(d.pop("best_metric_step", UNSET))

        def _parse_best_metric_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        best_metric_mode = _parse_best_metric_mode(d.pop("best_metric_mode", UNSET))

        instance_ = cls(
            best_metric_value=best_metric_value,
            best_metric_name=best_metric_name,
            best_metric_step=best_metric_step,
            best_metric_mode=best_metric_mode,
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
