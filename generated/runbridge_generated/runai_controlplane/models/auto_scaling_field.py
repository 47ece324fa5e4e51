from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scaling import AutoScaling


T = TypeVar("T", bound="AutoScalingField")


@_attrs_define
class AutoScalingField:
    """
    Attributes:
        autoscaling (AutoScaling | None | Unset):
    """

    autoscaling: AutoScaling | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_scaling import AutoScaling  # noqa: PLC0415

        autoscaling: dict[str, Any] | None | Unset
        if isinstance(self.autoscaling, Unset):
            autoscaling = UNSET
        elif isinstance(self.autoscaling, AutoScaling):
            autoscaling = self.autoscaling.to_dict()
        else:
            autoscaling = self.autoscaling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoscaling is not UNSET:
            field_dict["autoscaling"] = autoscaling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scaling import AutoScaling  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_autoscaling(data: object) -> AutoScaling | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                autoscaling_type_0 = AutoScaling.from_dict(data)

                return autoscaling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoScaling | None | Unset, data)

        autoscaling = _parse_autoscaling(d.pop("autoscaling", UNSET))

        instance_ = cls(
            autoscaling=autoscaling,
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
