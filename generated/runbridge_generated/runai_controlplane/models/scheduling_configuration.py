from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="SchedulingConfiguration")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("placementStrategy", "minGuaranteedRuntime"))


@_attrs_define
class SchedulingConfiguration:
    """
    Attributes:
        placement_strategy (SchedulingConfigurationPlacementStrategy | Unset):
        min_guaranteed_runtime (None | str | Unset):
    """

    placement_strategy: SchedulingConfigurationPlacementStrategy | Unset = UNSET
    min_guaranteed_runtime: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placement_strategy, Unset):
            placement_strategy = self.placement_strategy.to_dict()

        min_guaranteed_runtime: None | str | Unset
        if isinstance(self.min_guaranteed_runtime, Unset):
            min_guaranteed_runtime = UNSET
        else:
            min_guaranteed_runtime = self.min_guaranteed_runtime

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if placement_strategy is not UNSET:
            fields_["placementStrategy"] = placement_strategy
        if min_guaranteed_runtime is not UNSET:
            fields_["minGuaranteedRuntime"] = min_guaranteed_runtime

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _placement_strategy = data_.get("placementStrategy", UNSET)
            placement_strategy: SchedulingConfigurationPlacementStrategy | Unset
            if isinstance(_placement_strategy, Unset):
                placement_strategy = UNSET
            else:
                placement_strategy = SchedulingConfigurationPlacementStrategy.from_dict(_placement_strategy)

        except Exception as error_:
            raise FieldError.at("placementStrategy", data_, error_) from None
        try:
            _min_guaranteed_runtime = data_.get("minGuaranteedRuntime", UNSET)
            min_guaranteed_runtime: None | str | Unset
            if _min_guaranteed_runtime is None:
                min_guaranteed_runtime = None
            elif isinstance(_min_guaranteed_runtime, Unset):
                min_guaranteed_runtime = UNSET
            elif isinstance(_min_guaranteed_runtime, str):
                min_guaranteed_runtime = _min_guaranteed_runtime
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_min_guaranteed_runtime).__name__}")

        except Exception as error_:
            raise FieldError.at("minGuaranteedRuntime", data_, error_) from None
        instance_ = cls_(
            placement_strategy=placement_strategy,
            min_guaranteed_runtime=min_guaranteed_runtime,
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
from ..models.scheduling_configuration_placement_strategy import SchedulingConfigurationPlacementStrategy  # noqa: E402
