from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.probe_handler import ProbeHandler


T = TypeVar("T", bound="Probe")


@_attrs_define
class Probe:
    """
    Attributes:
        initial_delay_seconds (int | None | Unset):
        period_seconds (int | None | Unset):
        timeout_seconds (int | None | Unset):
        success_threshold (int | None | Unset):
        failure_threshold (int | None | Unset):
        handler (None | ProbeHandler | Unset):
    """

    initial_delay_seconds: int | None | Unset = UNSET
    period_seconds: int | None | Unset = UNSET
    timeout_seconds: int | None | Unset = UNSET
    success_threshold: int | None | Unset = UNSET
    failure_threshold: int | None | Unset = UNSET
    handler: None | ProbeHandler | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.probe_handler import ProbeHandler  # noqa: PLC0415

        initial_delay_seconds: int | None | Unset
        if isinstance(self.initial_delay_seconds, Unset):
            initial_delay_seconds = UNSET
        else:
            initial_delay_seconds = self.initial_delay_seconds

        period_seconds: int | None | Unset
        if isinstance(self.period_seconds, Unset):
            period_seconds = UNSET
        else:
            period_seconds = self.period_seconds

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        success_threshold: int | None | Unset
        if isinstance(self.success_threshold, Unset):
            success_threshold = UNSET
        else:
            success_threshold = self.success_threshold

        failure_threshold: int | None | Unset
        if isinstance(self.failure_threshold, Unset):
            failure_threshold = UNSET
        else:
            failure_threshold = self.failure_threshold

        handler: dict[str, Any] | None | Unset
        if isinstance(self.handler, Unset):
            handler = UNSET
        elif isinstance(self.handler, ProbeHandler):
            handler = self.handler.to_dict()
        else:
            handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if initial_delay_seconds is not UNSET:
            field_dict["initialDelaySeconds"] = initial_delay_seconds
        if period_seconds is not UNSET:
            field_dict["periodSeconds"] = period_seconds
        if timeout_seconds is not UNSET:
            field_dict["timeoutSeconds"] = timeout_seconds
        if success_threshold is not UNSET:
            field_dict["successThreshold"] = success_threshold
        if failure_threshold is not UNSET:
            field_dict["failureThreshold"] = failure_threshold
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.probe_handler import ProbeHandler  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_initial_delay_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_delay_seconds = _parse_initial_delay_seconds(d.pop("initialDelaySeconds", UNSET))

        def _parse_period_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_seconds = _parse_period_seconds(d.pop("periodSeconds", UNSET))

        def _parse_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeoutSeconds", UNSET))

        def _parse_success_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        success_threshold = _parse_success_threshold(d.pop("successThreshold", UNSET))

        def _parse_failure_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failure_threshold = _parse_failure_threshold(d.pop("failureThreshold", UNSET))

        def _parse_handler(data: object) -> None | ProbeHandler | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                handler_type_0 = ProbeHandler.from_dict(data)

                return handler_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProbeHandler | Unset, data)

        handler = _parse_handler(d.pop("handler", UNSET))

        instance_ = cls(
            initial_delay_seconds=initial_delay_seconds,
            period_seconds=period_seconds,
            timeout_seconds=timeout_seconds,
            success_threshold=success_threshold,
            failure_threshold=failure_threshold,
            handler=handler,
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
