from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduling_configuration_placement_strategy import SchedulingConfigurationPlacementStrategy


T = TypeVar("T", bound="SchedulingConfiguration")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placement_strategy is not UNSET:
            field_dict["placementStrategy"] = placement_strategy
        if min_guaranteed_runtime is not UNSET:
            field_dict["minGuaranteedRuntime"] = min_guaranteed_runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduling_configuration_placement_strategy import SchedulingConfigurationPlacementStrategy  # noqa: PLC0415

        d = dict(src_dict)
        _placement_strategy = d.pop("placementStrategy", UNSET)
        placement_strategy: SchedulingConfigurationPlacementStrategy | Unset
        if isinstance(_placement_strategy, Unset):
            placement_strategy = UNSET
        else:
            placement_strategy = SchedulingConfigurationPlacementStrategy.from_dict(_placement_strategy)

        def _parse_min_guaranteed_runtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_guaranteed_runtime = _parse_min_guaranteed_runtime(d.pop("minGuaranteedRuntime", UNSET))

        instance_ = cls(
            placement_strategy=placement_strategy,
            min_guaranteed_runtime=min_guaranteed_runtime,
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
