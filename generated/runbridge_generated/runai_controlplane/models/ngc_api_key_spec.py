from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NgcApiKeySpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("keyId", "ngc_api_key"))


@_attrs_define
class NgcApiKeySpec:
    """
    Attributes:
        key_id (int):
        ngc_api_key (str | Unset):
    """

    key_id: int
    ngc_api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        ngc_api_key = self.ngc_api_key

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "keyId": key_id,
            }
        )
        if ngc_api_key is not UNSET:
            fields_["ngc_api_key"] = ngc_api_key

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            key_id = data_["keyId"]
            if not isinstance(key_id, int) or key_id is True or key_id is False:
                raise TypeError(f"expected int, got {type(key_id).__name__}")
        except Exception as error_:
            raise FieldError.at("keyId", data_, error_) from None
        ngc_api_key = data_.get("ngc_api_key", UNSET)
        if (not isinstance(ngc_api_key, str)) and not isinstance(ngc_api_key, Unset):
            raise FieldError.at("ngc_api_key", data_, TypeError(f"expected str, got {type(ngc_api_key).__name__}"))
        instance_ = cls_(
            key_id=key_id,
            ngc_api_key=ngc_api_key,
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
