from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.serving_configuration import ServingConfiguration


T = TypeVar("T", bound="ServingConfigurationField")


@_attrs_define
class ServingConfigurationField:
    """
    Attributes:
        serving_configuration (None | ServingConfiguration | Unset):
    """

    serving_configuration: None | ServingConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.serving_configuration import ServingConfiguration  # noqa: PLC0415

        serving_configuration: dict[str, Any] | None | Unset
        if isinstance(self.serving_configuration, Unset):
            serving_configuration = UNSET
        elif isinstance(self.serving_configuration, ServingConfiguration):
            serving_configuration = self.serving_configuration.to_dict()
        else:
            serving_configuration = self.serving_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serving_configuration is not UNSET:
            field_dict["servingConfiguration"] = serving_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.serving_configuration import ServingConfiguration  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_serving_configuration(data: object) -> None | ServingConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serving_configuration_type_0 = ServingConfiguration.from_dict(data)

                return serving_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServingConfiguration | Unset, data)

        serving_configuration = _parse_serving_configuration(d.pop("servingConfiguration", UNSET))

        instance_ = cls(
            serving_configuration=serving_configuration,
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
