from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="SchedulingRules")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "interactiveJobTimeLimitSeconds",
        "interactiveJobMaxIdleDurationSeconds",
        "interactiveJobPreemptIdleDurationSeconds",
        "trainingJobMaxIdleDurationSeconds",
        "trainingJobTimeLimitSeconds",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if interactive_job_time_limit_seconds is not UNSET:
            fields_["interactiveJobTimeLimitSeconds"] = interactive_job_time_limit_seconds
        if interactive_job_max_idle_duration_seconds is not UNSET:
            fields_["interactiveJobMaxIdleDurationSeconds"] = interactive_job_max_idle_duration_seconds
        if interactive_job_preempt_idle_duration_seconds is not UNSET:
            fields_["interactiveJobPreemptIdleDurationSeconds"] = interactive_job_preempt_idle_duration_seconds
        if training_job_max_idle_duration_seconds is not UNSET:
            fields_["trainingJobMaxIdleDurationSeconds"] = training_job_max_idle_duration_seconds
        if training_job_time_limit_seconds is not UNSET:
            fields_["trainingJobTimeLimitSeconds"] = training_job_time_limit_seconds

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _interactive_job_time_limit_seconds = data_.get("interactiveJobTimeLimitSeconds", UNSET)
            interactive_job_time_limit_seconds: int | None | Unset
            if _interactive_job_time_limit_seconds is None:
                interactive_job_time_limit_seconds = None
            elif isinstance(_interactive_job_time_limit_seconds, Unset):
                interactive_job_time_limit_seconds = UNSET
            elif isinstance(_interactive_job_time_limit_seconds, int) and not isinstance(
                _interactive_job_time_limit_seconds, bool
            ):
                interactive_job_time_limit_seconds = _interactive_job_time_limit_seconds
            else:
                raise TypeError(
                    f"expected int | None | Unset, got {type(_interactive_job_time_limit_seconds).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("interactiveJobTimeLimitSeconds", data_, error_) from None
        try:
            _interactive_job_max_idle_duration_seconds = data_.get("interactiveJobMaxIdleDurationSeconds", UNSET)
            interactive_job_max_idle_duration_seconds: int | None | Unset
            if _interactive_job_max_idle_duration_seconds is None:
                interactive_job_max_idle_duration_seconds = None
            elif isinstance(_interactive_job_max_idle_duration_seconds, Unset):
                interactive_job_max_idle_duration_seconds = UNSET
            elif isinstance(_interactive_job_max_idle_duration_seconds, int) and not isinstance(
                _interactive_job_max_idle_duration_seconds, bool
            ):
                interactive_job_max_idle_duration_seconds = _interactive_job_max_idle_duration_seconds
            else:
                raise TypeError(
                    f"expected int | None | Unset, got {type(_interactive_job_max_idle_duration_seconds).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("interactiveJobMaxIdleDurationSeconds", data_, error_) from None
        try:
            _interactive_job_preempt_idle_duration_seconds = data_.get(
                "interactiveJobPreemptIdleDurationSeconds", UNSET
            )
            interactive_job_preempt_idle_duration_seconds: int | None | Unset
            if _interactive_job_preempt_idle_duration_seconds is None:
                interactive_job_preempt_idle_duration_seconds = None
            elif isinstance(_interactive_job_preempt_idle_duration_seconds, Unset):
                interactive_job_preempt_idle_duration_seconds = UNSET
            elif isinstance(_interactive_job_preempt_idle_duration_seconds, int) and not isinstance(
                _interactive_job_preempt_idle_duration_seconds, bool
            ):
                interactive_job_preempt_idle_duration_seconds = _interactive_job_preempt_idle_duration_seconds
            else:
                raise TypeError(
                    f"expected int | None | Unset, got {type(_interactive_job_preempt_idle_duration_seconds).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("interactiveJobPreemptIdleDurationSeconds", data_, error_) from None
        try:
            _training_job_max_idle_duration_seconds = data_.get("trainingJobMaxIdleDurationSeconds", UNSET)
            training_job_max_idle_duration_seconds: int | None | Unset
            if _training_job_max_idle_duration_seconds is None:
                training_job_max_idle_duration_seconds = None
            elif isinstance(_training_job_max_idle_duration_seconds, Unset):
                training_job_max_idle_duration_seconds = UNSET
            elif isinstance(_training_job_max_idle_duration_seconds, int) and not isinstance(
                _training_job_max_idle_duration_seconds, bool
            ):
                training_job_max_idle_duration_seconds = _training_job_max_idle_duration_seconds
            else:
                raise TypeError(
                    f"expected int | None | Unset, got {type(_training_job_max_idle_duration_seconds).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("trainingJobMaxIdleDurationSeconds", data_, error_) from None
        try:
            _training_job_time_limit_seconds = data_.get("trainingJobTimeLimitSeconds", UNSET)
            training_job_time_limit_seconds: int | None | Unset
            if _training_job_time_limit_seconds is None:
                training_job_time_limit_seconds = None
            elif isinstance(_training_job_time_limit_seconds, Unset):
                training_job_time_limit_seconds = UNSET
            elif isinstance(_training_job_time_limit_seconds, int) and not isinstance(
                _training_job_time_limit_seconds, bool
            ):
                training_job_time_limit_seconds = _training_job_time_limit_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_training_job_time_limit_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("trainingJobTimeLimitSeconds", data_, error_) from None
        instance_ = cls_(
            interactive_job_time_limit_seconds=interactive_job_time_limit_seconds,
            interactive_job_max_idle_duration_seconds=interactive_job_max_idle_duration_seconds,
            interactive_job_preempt_idle_duration_seconds=interactive_job_preempt_idle_duration_seconds,
            training_job_max_idle_duration_seconds=training_job_max_idle_duration_seconds,
            training_job_time_limit_seconds=training_job_time_limit_seconds,
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
