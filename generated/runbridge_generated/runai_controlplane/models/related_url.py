from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RelatedUrl")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("url", "type", "name", "exclude"))


@_attrs_define
class RelatedUrl:
    """
    Attributes:
        url (None | str | Unset):
        type_ (None | str | Unset):
        name (None | str | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    url: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if url is not UNSET:
            fields_["url"] = url
        if type_ is not UNSET:
            fields_["type"] = type_
        if name is not UNSET:
            fields_["name"] = name
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _url = data_.get("url", UNSET)
            url: None | str | Unset
            if _url is None:
                url = None
            elif isinstance(_url, Unset):
                url = UNSET
            elif isinstance(_url, str):
                url = _url
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_url).__name__}")

        except Exception as error_:
            raise FieldError.at("url", data_, error_) from None
        try:
            _type_ = data_.get("type", UNSET)
            type_: None | str | Unset
            if _type_ is None:
                type_ = None
            elif isinstance(_type_, Unset):
                type_ = UNSET
            elif isinstance(_type_, str):
                type_ = _type_
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_type_).__name__}")

        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
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
            url=url,
            type_=type_,
            name=name,
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
