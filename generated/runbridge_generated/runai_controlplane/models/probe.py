from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Probe")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("initialDelaySeconds", "periodSeconds", "timeoutSeconds", "successThreshold", "failureThreshold", "handler")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if initial_delay_seconds is not UNSET:
            fields_["initialDelaySeconds"] = initial_delay_seconds
        if period_seconds is not UNSET:
            fields_["periodSeconds"] = period_seconds
        if timeout_seconds is not UNSET:
            fields_["timeoutSeconds"] = timeout_seconds
        if success_threshold is not UNSET:
            fields_["successThreshold"] = success_threshold
        if failure_threshold is not UNSET:
            fields_["failureThreshold"] = failure_threshold
        if handler is not UNSET:
            fields_["handler"] = handler

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _initial_delay_seconds = data_.get("initialDelaySeconds", UNSET)
            initial_delay_seconds: int | None | Unset
            if _initial_delay_seconds is None:
                initial_delay_seconds = None
            elif isinstance(_initial_delay_seconds, Unset):
                initial_delay_seconds = UNSET
            elif isinstance(_initial_delay_seconds, int) and not isinstance(_initial_delay_seconds, bool):
                initial_delay_seconds = _initial_delay_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_initial_delay_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("initialDelaySeconds", data_, error_) from None
        try:
            _period_seconds = data_.get("periodSeconds", UNSET)
            period_seconds: int | None | Unset
            if _period_seconds is None:
                period_seconds = None
            elif isinstance(_period_seconds, Unset):
                period_seconds = UNSET
            elif isinstance(_period_seconds, int) and not isinstance(_period_seconds, bool):
                period_seconds = _period_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_period_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("periodSeconds", data_, error_) from None
        try:
            _timeout_seconds = data_.get("timeoutSeconds", UNSET)
            timeout_seconds: int | None | Unset
            if _timeout_seconds is None:
                timeout_seconds = None
            elif isinstance(_timeout_seconds, Unset):
                timeout_seconds = UNSET
            elif isinstance(_timeout_seconds, int) and not isinstance(_timeout_seconds, bool):
                timeout_seconds = _timeout_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_timeout_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("timeoutSeconds", data_, error_) from None
        try:
            _success_threshold = data_.get("successThreshold", UNSET)
            success_threshold: int | None | Unset
            if _success_threshold is None:
                success_threshold = None
            elif isinstance(_success_threshold, Unset):
                success_threshold = UNSET
            elif isinstance(_success_threshold, int) and not isinstance(_success_threshold, bool):
                success_threshold = _success_threshold
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_success_threshold).__name__}")

        except Exception as error_:
            raise FieldError.at("successThreshold", data_, error_) from None
        try:
            _failure_threshold = data_.get("failureThreshold", UNSET)
            failure_threshold: int | None | Unset
            if _failure_threshold is None:
                failure_threshold = None
            elif isinstance(_failure_threshold, Unset):
                failure_threshold = UNSET
            elif isinstance(_failure_threshold, int) and not isinstance(_failure_threshold, bool):
                failure_threshold = _failure_threshold
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_failure_threshold).__name__}")

        except Exception as error_:
            raise FieldError.at("failureThreshold", data_, error_) from None
        try:
            _handler = data_.get("handler", UNSET)
            handler: None | ProbeHandler | Unset
            if _handler is None:
                handler = None
            elif isinstance(_handler, Unset):
                handler = UNSET
            elif isinstance(_handler, dict):
                handler_type_0 = ProbeHandler.from_dict(_handler)

                handler = handler_type_0

            else:
                raise TypeError(f"expected None | ProbeHandler | Unset, got {type(_handler).__name__}")

        except Exception as error_:
            raise FieldError.at("handler", data_, error_) from None
        instance_ = cls_(
            initial_delay_seconds=initial_delay_seconds,
            period_seconds=period_seconds,
            timeout_seconds=timeout_seconds,
            success_threshold=success_threshold,
            failure_threshold=failure_threshold,
            handler=handler,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.probe_handler import ProbeHandler  # noqa: E402
