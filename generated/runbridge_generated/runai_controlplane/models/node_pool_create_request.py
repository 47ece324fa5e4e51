from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placement_strategy_1 import PlacementStrategy1


T = TypeVar("T", bound="NodePoolCreateRequest")


@_attrs_define
class NodePoolCreateRequest:
    """
    Attributes:
        name (str | Unset):
        over_provisioning_ratio (int | Unset):  Default: 1.
        label_key (str | Unset):
        label_value (str | Unset):
        placement_strategy (PlacementStrategy1 | Unset):
    """

    name: str | Unset = UNSET
    over_provisioning_ratio: int | Unset = 1
    label_key: str | Unset = UNSET
    label_value: str | Unset = UNSET
    placement_strategy: PlacementStrategy1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        over_provisioning_ratio = self.over_provisioning_ratio

        label_key = self.label_key

        label_value = self.label_value

        placement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placement_strategy, Unset):
            placement_strategy = self.placement_strategy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if over_provisioning_ratio is not UNSET:
            field_dict["overProvisioningRatio"] = over_provisioning_ratio
        if label_key is not UNSET:
            field_dict["labelKey"] = label_key
        if label_value is not UNSET:
            field_dict["labelValue"] = label_value
        if placement_strategy is not UNSET:
            field_dict["placementStrategy"] = placement_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placement_strategy_1 import PlacementStrategy1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        over_provisioning_ratio = d.pop("overProvisioningRatio", UNSET)

        label_key = d.pop("labelKey", UNSET)

        label_value = d.pop("labelValue", UNSET)

        _placement_strategy = d.pop("placementStrategy", UNSET)
        placement_strategy: PlacementStrategy1 | Unset
        if isinstance(_placement_strategy, Unset):
            placement_strategy = UNSET
        else:
            placement_strategy = PlacementStrategy1.from_dict(_placement_strategy)

        instance_ = cls(
            name=name,
            over_provisioning_ratio=over_provisioning_ratio,
            label_key=label_key,
            label_value=label_value,
            placement_strategy=placement_strategy,
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
