from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="KubernetesPermissions")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("predefinedRole",))


@_attrs_define
class KubernetesPermissions:
    """
    Attributes:
        predefined_role (None | str | Unset):
    """

    predefined_role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predefined_role: None | str | Unset
        if isinstance(self.predefined_role, Unset):
            predefined_role = UNSET
        else:
            predefined_role = self.predefined_role

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if predefined_role is not UNSET:
            fields_["predefinedRole"] = predefined_role

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _predefined_role = data_.get("predefinedRole", UNSET)
            predefined_role: None | str | Unset
            if _predefined_role is None:
                predefined_role = None
            elif isinstance(_predefined_role, Unset):
                predefined_role = UNSET
            elif isinstance(_predefined_role, str):
                predefined_role = _predefined_role
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_predefined_role).__name__}")

        except Exception as error_:
            raise FieldError.at("predefinedRole", data_, error_) from None
        instance_ = cls_(
            predefined_role=predefined_role,
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
