from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AutoScalingCommonFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "metricThresholdPercentage",
        "minReplicas",
        "maxReplicas",
        "initialReplicas",
        "activationReplicas",
        "concurrencyHardLimit",
        "scaleToZeroRetentionSeconds",
        "scaleDownDelaySeconds",
        "initializationTimeoutSeconds",
    )
)


@_attrs_define
class AutoScalingCommonFields:
    """
    Attributes:
        metric_threshold_percentage (float | None | Unset):
        min_replicas (int | None | Unset):
        max_replicas (int | None | Unset):
        initial_replicas (int | None | Unset):
        activation_replicas (int | None | Unset):
        concurrency_hard_limit (int | None | Unset):
        scale_to_zero_retention_seconds (int | None | Unset):
        scale_down_delay_seconds (int | None | Unset):
        initialization_timeout_seconds (int | None | Unset):
    """

    metric_threshold_percentage: float | None | Unset = UNSET
    min_replicas: int | None | Unset = UNSET
    max_replicas: int | None | Unset = UNSET
    initial_replicas: int | None | Unset = UNSET
    activation_replicas: int | None | Unset = UNSET
    concurrency_hard_limit: int | None | Unset = UNSET
    scale_to_zero_retention_seconds: int | None | Unset = UNSET
    scale_down_delay_seconds: int | None | Unset = UNSET
    initialization_timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_threshold_percentage: float | None | Unset
        if isinstance(self.metric_threshold_percentage, Unset):
            metric_threshold_percentage = UNSET
        else:
            metric_threshold_percentage = self.metric_threshold_percentage

        min_replicas: int | None | Unset
        if isinstance(self.min_replicas, Unset):
            min_replicas = UNSET
        else:
            min_replicas = self.min_replicas

        max_replicas: int | None | Unset
        if isinstance(self.max_replicas, Unset):
            max_replicas = UNSET
        else:
            max_replicas = self.max_replicas

        initial_replicas: int | None | Unset
        if isinstance(self.initial_replicas, Unset):
            initial_replicas = UNSET
        else:
            initial_replicas = self.initial_replicas

        activation_replicas: int | None | Unset
        if isinstance(self.activation_replicas, Unset):
            activation_replicas = UNSET
        else:
            activation_replicas = self.activation_replicas

        concurrency_hard_limit: int | None | Unset
        if isinstance(self.concurrency_hard_limit, Unset):
            concurrency_hard_limit = UNSET
        else:
            concurrency_hard_limit = self.concurrency_hard_limit

        scale_to_zero_retention_seconds: int | None | Unset
        if isinstance(self.scale_to_zero_retention_seconds, Unset):
            scale_to_zero_retention_seconds = UNSET
        else:
            scale_to_zero_retention_seconds = self.scale_to_zero_retention_seconds

        scale_down_delay_seconds: int | None | Unset
        if isinstance(self.scale_down_delay_seconds, Unset):
            scale_down_delay_seconds = UNSET
        else:
            scale_down_delay_seconds = self.scale_down_delay_seconds

        initialization_timeout_seconds: int | None | Unset
        if isinstance(self.initialization_timeout_seconds, Unset):
            initialization_timeout_seconds = UNSET
        else:
            initialization_timeout_seconds = self.initialization_timeout_seconds

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if metric_threshold_percentage is not UNSET:
            fields_["metricThresholdPercentage"] = metric_threshold_percentage
        if min_replicas is not UNSET:
            fields_["minReplicas"] = min_replicas
        if max_replicas is not UNSET:
            fields_["maxReplicas"] = max_replicas
        if initial_replicas is not UNSET:
            fields_["initialReplicas"] = initial_replicas
        if activation_replicas is not UNSET:
            fields_["activationReplicas"] = activation_replicas
        if concurrency_hard_limit is not UNSET:
            fields_["concurrencyHardLimit"] = concurrency_hard_limit
        if scale_to_zero_retention_seconds is not UNSET:
            fields_["scaleToZeroRetentionSeconds"] = scale_to_zero_retention_seconds
        if scale_down_delay_seconds is not UNSET:
            fields_["scaleDownDelaySeconds"] = scale_down_delay_seconds
        if initialization_timeout_seconds is not UNSET:
            fields_["initializationTimeoutSeconds"] = initialization_timeout_seconds

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _metric_threshold_percentage = data_.get("metricThresholdPercentage", UNSET)
            metric_threshold_percentage: float | None | Unset
            if _metric_threshold_percentage is None:
                metric_threshold_percentage = None
            elif isinstance(_metric_threshold_percentage, Unset):
                metric_threshold_percentage = UNSET
            elif isinstance(_metric_threshold_percentage, (int, float)) and not isinstance(
                _metric_threshold_percentage, bool
            ):
                metric_threshold_percentage = _metric_threshold_percentage
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_metric_threshold_percentage).__name__}")

        except Exception as error_:
            raise FieldError.at("metricThresholdPercentage", data_, error_) from None
        try:
            _min_replicas = data_.get("minReplicas", UNSET)
            min_replicas: int | None | Unset
            if _min_replicas is None:
                min_replicas = None
            elif isinstance(_min_replicas, Unset):
                min_replicas = UNSET
            elif isinstance(_min_replicas, int) and not isinstance(_min_replicas, bool):
                min_replicas = _min_replicas
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_min_replicas).__name__}")

        except Exception as error_:
            raise FieldError.at("minReplicas", data_, error_) from None
        try:
            _max_replicas = data_.get("maxReplicas", UNSET)
            max_replicas: int | None | Unset
            if _max_replicas is None:
                max_replicas = None
            elif isinstance(_max_replicas, Unset):
                max_replicas = UNSET
            elif isinstance(_max_replicas, int) and not isinstance(_max_replicas, bool):
                max_replicas = _max_replicas
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_max_replicas).__name__}")

        except Exception as error_:
            raise FieldError.at("maxReplicas", data_, error_) from None
        try:
            _initial_replicas = data_.get("initialReplicas", UNSET)
            initial_replicas: int | None | Unset
            if _initial_replicas is None:
                initial_replicas = None
            elif isinstance(_initial_replicas, Unset):
                initial_replicas = UNSET
            elif isinstance(_initial_replicas, int) and not isinstance(_initial_replicas, bool):
                initial_replicas = _initial_replicas
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_initial_replicas).__name__}")

        except Exception as error_:
            raise FieldError.at("initialReplicas", data_, error_) from None
        try:
            _activation_replicas = data_.get("activationReplicas", UNSET)
            activation_replicas: int | None | Unset
            if _activation_replicas is None:
                activation_replicas = None
            elif isinstance(_activation_replicas, Unset):
                activation_replicas = UNSET
            elif isinstance(_activation_replicas, int) and not isinstance(_activation_replicas, bool):
                activation_replicas = _activation_replicas
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_activation_replicas).__name__}")

        except Exception as error_:
            raise FieldError.at("activationReplicas", data_, error_) from None
        try:
            _concurrency_hard_limit = data_.get("concurrencyHardLimit", UNSET)
            concurrency_hard_limit: int | None | Unset
            if _concurrency_hard_limit is None:
                concurrency_hard_limit = None
            elif isinstance(_concurrency_hard_limit, Unset):
                concurrency_hard_limit = UNSET
            elif isinstance(_concurrency_hard_limit, int) and not isinstance(_concurrency_hard_limit, bool):
                concurrency_hard_limit = _concurrency_hard_limit
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_concurrency_hard_limit).__name__}")

        except Exception as error_:
            raise FieldError.at("concurrencyHardLimit", data_, error_) from None
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
        try:
            _initialization_timeout_seconds = data_.get("initializationTimeoutSeconds", UNSET)
            initialization_timeout_seconds: int | None | Unset
            if _initialization_timeout_seconds is None:
                initialization_timeout_seconds = None
            elif isinstance(_initialization_timeout_seconds, Unset):
                initialization_timeout_seconds = UNSET
            elif isinstance(_initialization_timeout_seconds, int) and not isinstance(
                _initialization_timeout_seconds, bool
            ):
                initialization_timeout_seconds = _initialization_timeout_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_initialization_timeout_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("initializationTimeoutSeconds", data_, error_) from None
        instance_ = cls_(
            metric_threshold_percentage=metric_threshold_percentage,
            min_replicas=min_replicas,
            max_replicas=max_replicas,
            initial_replicas=initial_replicas,
            activation_replicas=activation_replicas,
            concurrency_hard_limit=concurrency_hard_limit,
            scale_to_zero_retention_seconds=scale_to_zero_retention_seconds,
            scale_down_delay_seconds=scale_down_delay_seconds,
            initialization_timeout_seconds=initialization_timeout_seconds,
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
