from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ExternalUrlInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("isCustomUrl", "externalUrl"))


@_attrs_define
class ExternalUrlInfo:
    """
    Attributes:
        is_custom_url (bool | Unset):  Default: False.
        external_url (None | str | Unset):
    """

    is_custom_url: bool | Unset = False
    external_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_custom_url = self.is_custom_url

        external_url: None | str | Unset
        if isinstance(self.external_url, Unset):
            external_url = UNSET
        else:
            external_url = self.external_url

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if is_custom_url is not UNSET:
            fields_["isCustomUrl"] = is_custom_url
        if external_url is not UNSET:
            fields_["externalUrl"] = external_url

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        is_custom_url = data_.get("isCustomUrl", UNSET)
        if (not isinstance(is_custom_url, bool)) and not isinstance(is_custom_url, Unset):
            raise FieldError.at("isCustomUrl", data_, TypeError(f"expected bool, got {type(is_custom_url).__name__}"))
        try:
            _external_url = data_.get("externalUrl", UNSET)
            external_url: None | str | Unset
            if _external_url is None:
                external_url = None
            elif isinstance(_external_url, Unset):
                external_url = UNSET
            elif isinstance(_external_url, str):
                external_url = _external_url
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_external_url).__name__}")

        except Exception as error_:
            raise FieldError.at("externalUrl", data_, error_) from None
        instance_ = cls_(
            is_custom_url=is_custom_url,
            external_url=external_url,
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
