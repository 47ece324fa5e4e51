from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="MetricThresholdField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("metricThreshold",))


@_attrs_define
class MetricThresholdField:
    """
    Attributes:
        metric_threshold (int | None | Unset):
    """

    metric_threshold: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_threshold: int | None | Unset
        if isinstance(self.metric_threshold, Unset):
            metric_threshold = UNSET
        else:
            metric_threshold = self.metric_threshold

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if metric_threshold is not UNSET:
            fields_["metricThreshold"] = metric_threshold

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _metric_threshold = data_.get("metricThreshold", UNSET)
            metric_threshold: int | None | Unset
            if _metric_threshold is None:
                metric_threshold = None
            elif isinstance(_metric_threshold, Unset):
                metric_threshold = UNSET
            elif isinstance(_metric_threshold, int) and not isinstance(_metric_threshold, bool):
                metric_threshold = _metric_threshold
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_metric_threshold).__name__}")

        except Exception as error_:
            raise FieldError.at("metricThreshold", data_, error_) from None
        instance_ = cls_(
            metric_threshold=metric_threshold,
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
