from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodePoolCreateRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "overProvisioningRatio", "labelKey", "labelValue", "placementStrategy"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if over_provisioning_ratio is not UNSET:
            fields_["overProvisioningRatio"] = over_provisioning_ratio
        if label_key is not UNSET:
            fields_["labelKey"] = label_key
        if label_value is not UNSET:
            fields_["labelValue"] = label_value
        if placement_strategy is not UNSET:
            fields_["placementStrategy"] = placement_strategy

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        over_provisioning_ratio = data_.get("overProvisioningRatio", UNSET)
        if (
            not isinstance(over_provisioning_ratio, int)
            or over_provisioning_ratio is True
            or over_provisioning_ratio is False
        ) and not isinstance(over_provisioning_ratio, Unset):
            raise FieldError.at(
                "overProvisioningRatio", data_, TypeError(f"expected int, got {type(over_provisioning_ratio).__name__}")
            )
        label_key = data_.get("labelKey", UNSET)
        if (not isinstance(label_key, str)) and not isinstance(label_key, Unset):
            raise FieldError.at("labelKey", data_, TypeError(f"expected str, got {type(label_key).__name__}"))
        label_value = data_.get("labelValue", UNSET)
        if (not isinstance(label_value, str)) and not isinstance(label_value, Unset):
            raise FieldError.at("labelValue", data_, TypeError(f"expected str, got {type(label_value).__name__}"))
        try:
            _placement_strategy = data_.get("placementStrategy", UNSET)
            placement_strategy: PlacementStrategy1 | Unset
            if isinstance(_placement_strategy, Unset):
                placement_strategy = UNSET
            else:
                placement_strategy = PlacementStrategy1.from_dict(_placement_strategy)

        except Exception as error_:
            raise FieldError.at("placementStrategy", data_, error_) from None
        instance_ = cls_(
            name=name,
            over_provisioning_ratio=over_provisioning_ratio,
            label_key=label_key,
            label_value=label_value,
            placement_strategy=placement_strategy,
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
from ..models.placement_strategy_1 import PlacementStrategy1  # noqa: E402
