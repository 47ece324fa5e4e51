from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ImagePullSecret")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "userCredential", "exclude"))


@_attrs_define
class ImagePullSecret:
    """
    Attributes:
        name (str | Unset):
        user_credential (bool | None | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    name: str | Unset = UNSET
    user_credential: bool | None | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_credential: bool | None | Unset
        if isinstance(self.user_credential, Unset):
            user_credential = UNSET
        else:
            user_credential = self.user_credential

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if user_credential is not UNSET:
            fields_["userCredential"] = user_credential
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        try:
            _user_credential = data_.get("userCredential", UNSET)
            user_credential: bool | None | Unset
            if _user_credential is None:
                user_credential = None
            elif isinstance(_user_credential, Unset):
                user_credential = UNSET
            elif isinstance(_user_credential, bool):
                user_credential = _user_credential
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_user_credential).__name__}")

        except Exception as error_:
            raise FieldError.at("userCredential", data_, error_) from None
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
            name=name,
            user_credential=user_credential,
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
