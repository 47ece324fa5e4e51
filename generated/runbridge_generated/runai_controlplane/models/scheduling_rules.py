from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingRules")


@_attrs_define
class SchedulingRules:
    """
    Attributes:
        interactive_job_time_limit_seconds (int | None | Unset):
        interactive_job_max_idle_duration_seconds (int | None | Unset):
        interactive_job_preempt_idle_duration_seconds (int | None | Unset):
        training_job_max_idle_duration_seconds (int | None | Unset):
        training_job_time_limit_seconds (int | None | Unset):
    """

    interactive_job_time_limit_seconds: int | None | Unset = UNSET
    interactive_job_max_idle_duration_seconds: int | None | Unset = UNSET
    interactive_job_preempt_idle_duration_seconds: int | None | Unset = UNSET
    training_job_max_idle_duration_seconds: int | None | Unset = UNSET
    training_job_time_limit_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interactive_job_time_limit_seconds: int | None | Unset
        if isinstance(self.interactive_job_time_limit_seconds, Unset):
            interactive_job_time_limit_seconds = UNSET
        else:
            interactive_job_time_limit_seconds = self.interactive_job_time_limit_seconds

        interactive_job_max_idle_duration_seconds: int | None | Unset
        if isinstance(self.interactive_job_max_idle_duration_seconds, Unset):
            interactive_job_max_idle_duration_seconds = UNSET
        else:
            interactive_job_max_idle_duration_seconds = self.interactive_job_max_idle_duration_seconds

        interactive_job_preempt_idle_duration_seconds: int | None | Unset
        if isinstance(self.interactive_job_preempt_idle_duration_seconds, Unset):
            interactive_job_preempt_idle_duration_seconds = UNSET
        else:
            interactive_job_preempt_idle_duration_seconds = self.interactive_job_preempt_idle_duration_seconds

        training_job_max_idle_duration_seconds: int | None | Unset
        if isinstance(self.training_job_max_idle_duration_seconds, Unset):
            training_job_max_idle_duration_seconds = UNSET
        else:
            training_job_max_idle_duration_seconds = self.training_job_max_idle_duration_seconds

        training_job_time_limit_seconds: int | None | Unset
        if isinstance(self.training_job_time_limit_seconds, Unset):
            training_job_time_limit_seconds = UNSET
        else:
            training_job_time_limit_seconds = self.training_job_time_limit_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interactive_job_time_limit_seconds is not UNSET:
            field_dict["interactiveJobTimeLimitSeconds"] = interactive_job_time_limit_seconds
        if interactive_job_max_idle_duration_seconds is not UNSET:
            field_dict["interactiveJobMaxIdleDurationSeconds"] = interactive_job_max_idle_duration_seconds
        if interactive_job_preempt_idle_duration_seconds is not UNSET:
            field_dict["interactiveJobPreemptIdleDurationSeconds"] = interactive_job_preempt_idle_duration_seconds
        if training_job_max_idle_duration_seconds is not UNSET:
            field_dict["trainingJobMaxIdleDurationSeconds"] = training_job_max_idle_duration_seconds
        if training_job_time_limit_seconds is not UNSET:
            field_dict["trainingJobTimeLimitSeconds"] = training_job_time_limit_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_interactive_job_time_limit_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interactive_job_time_limit_seconds = _parse_interactive_job_time_limit_seconds(
            d.pop("interactiveJobTimeLimitSeconds", UNSET)
        )

        def _parse_interactive_job_max_idle_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interactive_job_max_idle_duration_seconds = _parse_interactive_job_max_idle_duration_seconds(
            d.pop("interactiveJobMaxIdleDurationSeconds", UNSET)
        )

        def _parse_interactive_job_preempt_idle_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interactive_job_preempt_idle_duration_seconds = _parse_interactive_job_preempt_idle_duration_seconds(
            d.pop("interactiveJobPreemptIdleDurationSeconds", UNSET)
        )

        def _parse_training_job_max_idle_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        training_job_max_idle_duration_seconds = _parse_training_job_max_idle_duration_seconds(
            d.pop("trainingJobMaxIdleDurationSeconds", UNSET)
        )

        def _parse_training_job_time_limit_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        training_job_time_limit_seconds = _parse_training_job_time_limit_seconds(
            d.pop("trainingJobTimeLimitSeconds", UNSET)
        )

        instance_ = cls(
            interactive_job_time_limit_seconds=interactive_job_time_limit_seconds,
            interactive_job_max_idle_duration_seconds=interactive_job_max_idle_duration_seconds,
            interactive_job_preempt_idle_duration_seconds=interactive_job_preempt_idle_duration_seconds,
            training_job_max_idle_duration_seconds=training_job_max_idle_duration_seconds,
            training_job_time_limit_seconds=training_job_time_limit_seconds,
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
