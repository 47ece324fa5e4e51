from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="MetricThresholdPercentageField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("metricThresholdPercentage",))


@_attrs_define
class MetricThresholdPercentageField:
    """
    Attributes:
        metric_threshold_percentage (float | None | Unset):
    """

    metric_threshold_percentage: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_threshold_percentage: float | None | Unset
        if isinstance(self.metric_threshold_percentage, Unset):
            metric_threshold_percentage = UNSET
        else:
            metric_threshold_percentage = self.metric_threshold_percentage

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if metric_threshold_percentage is not UNSET:
            fields_["metricThresholdPercentage"] = metric_threshold_percentage

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
        instance_ = cls_(
            metric_threshold_percentage=metric_threshold_percentage,
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
