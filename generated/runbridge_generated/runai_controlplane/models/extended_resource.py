from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ExtendedResource")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("resource", "quantity", "exclude"))


@_attrs_define
class ExtendedResource:
    """
    Attributes:
        resource (None | str | Unset):
        quantity (None | str | Unset):
        exclude (bool | None | Unset):
    """

    resource: None | str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource: None | str | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        else:
            resource = self.resource

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if resource is not UNSET:
            fields_["resource"] = resource
        if quantity is not UNSET:
            fields_["quantity"] = quantity
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _resource = data_.get("resource", UNSET)
            resource: None | str | Unset
            if _resource is None:
                resource = None
            elif isinstance(_resource, Unset):
                resource = UNSET
            elif isinstance(_resource, str):
                resource = _resource
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_resource).__name__}")

        except Exception as error_:
            raise FieldError.at("resource", data_, error_) from None
        try:
            _quantity = data_.get("quantity", UNSET)
            quantity: None | str | Unset
            if _quantity is None:
                quantity = None
            elif isinstance(_quantity, Unset):
                quantity = UNSET
            elif isinstance(_quantity, str):
                quantity = _quantity
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_quantity).__name__}")

        except Exception as error_:
            raise FieldError.at("quantity", data_, error_) from None
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        instance_ = cls_(
            resource=resource,
            quantity=quantity,
            exclude=exclude,
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
