from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoScalingCommonFields")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_threshold_percentage is not UNSET:
            field_dict["metricThresholdPercentage"] = metric_threshold_percentage
        if min_replicas is not UNSET:
            field_dict["minReplicas"] = min_replicas
        if max_replicas is not UNSET:
            field_dict["maxReplicas"] = max_replicas
        if initial_replicas is not UNSET:
            field_dict["initialReplicas"] = initial_replicas
        if activation_replicas is not UNSET:
            field_dict["activationReplicas"] = activation_replicas
        if concurrency_hard_limit is not UNSET:
            field_dict["concurrencyHardLimit"] = concurrency_hard_limit
        if scale_to_zero_retention_seconds is not UNSET:
            field_dict["scaleToZeroRetentionSeconds"] = scale_to_zero_retention_seconds
        if scale_down_delay_seconds is not UNSET:
            field_dict["scaleDownDelaySeconds"] = scale_down_delay_seconds
        if initialization_timeout_seconds is not UNSET:
            field_dict["initializationTimeoutSeconds"] = initialization_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_metric_threshold_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        metric_threshold_percentage = _parse_metric_threshold_percentage(d.pop("metricThresholdPercentage", UNSET))

        def _parse_min_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_replicas = _parse_min_replicas(d.pop("minReplicas", UNSET))

        def _parse_max_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_replicas = _parse_max_replicas(d.pop("maxReplicas", UNSET))

        def _parse_initial_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_replicas = _parse_initial_replicas(d.pop("initialReplicas", UNSET))

        def _parse_activation_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activation_replicas = _parse_activation_replicas(d.pop("activationReplicas", UNSET))

        def _parse_concurrency_hard_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_hard_limit = _parse_concurrency_hard_limit(d.pop("concurrencyHardLimit", UNSET))

        def _parse_scale_to_zero_retention_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale_to_zero_retention_seconds = _parse_scale_to_zero_retention_seconds(
            d.pop("scaleToZeroRetentionSeconds", UNSET)
        )

        def _parse_scale_down_delay_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale_down_delay_seconds = _parse_scale_down_delay_seconds(d.pop("scaleDownDelaySeconds", UNSET))

        def _parse_initialization_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initialization_timeout_seconds = _parse_initialization_timeout_seconds(
            d.pop("initializationTimeoutSeconds", UNSET)
        )

        instance_ = cls(
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
