from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ServingConfigurationField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("servingConfiguration",))


@_attrs_define
class ServingConfigurationField:
    """
    Attributes:
        serving_configuration (None | ServingConfiguration | Unset):
    """

    serving_configuration: None | ServingConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serving_configuration: dict[str, Any] | None | Unset
        if isinstance(self.serving_configuration, Unset):
            serving_configuration = UNSET
        elif isinstance(self.serving_configuration, ServingConfiguration):
            serving_configuration = self.serving_configuration.to_dict()
        else:
            serving_configuration = self.serving_configuration

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if serving_configuration is not UNSET:
            fields_["servingConfiguration"] = serving_configuration

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _serving_configuration = data_.get("servingConfiguration", UNSET)
            serving_configuration: None | ServingConfiguration | Unset
            if _serving_configuration is None:
                serving_configuration = None
            elif isinstance(_serving_configuration, Unset):
                serving_configuration = UNSET
            elif isinstance(_serving_configuration, dict):
                serving_configuration_type_0 = ServingConfiguration.from_dict(_serving_configuration)

                serving_configuration = serving_configuration_type_0

            else:
                raise TypeError(
                    f"expected None | ServingConfiguration | Unset, got {type(_serving_configuration).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("servingConfiguration", data_, error_) from None
        instance_ = cls_(
            serving_configuration=serving_configuration,
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
from ..models.serving_configuration import ServingConfiguration  # noqa: E402
