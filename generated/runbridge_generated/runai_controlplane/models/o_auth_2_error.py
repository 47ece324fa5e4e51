from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_2_error_error import OAuth2ErrorError
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="OAuth2Error")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("error", "error_description", "error_uri"))


@_attrs_define
class OAuth2Error:
    """
    Attributes:
        error (OAuth2ErrorError):
        error_description (str | Unset):
        error_uri (str | Unset):
    """

    error: OAuth2ErrorError
    error_description: str | Unset = UNSET
    error_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        error_description = self.error_description

        error_uri = self.error_uri

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "error": error,
            }
        )
        if error_description is not UNSET:
            fields_["error_description"] = error_description
        if error_uri is not UNSET:
            fields_["error_uri"] = error_uri

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            error = OAuth2ErrorError(data_["error"])

        except Exception as error_:
            raise FieldError.at("error", data_, error_) from None
        error_description = data_.get("error_description", UNSET)
        if (not isinstance(error_description, str)) and not isinstance(error_description, Unset):
            raise FieldError.at(
                "error_description", data_, TypeError(f"expected str, got {type(error_description).__name__}")
            )
        error_uri = data_.get("error_uri", UNSET)
        if (not isinstance(error_uri, str)) and not isinstance(error_uri, Unset):
            raise FieldError.at("error_uri", data_, TypeError(f"expected str, got {type(error_uri).__name__}"))
        instance_ = cls_(
            error=error,
            error_description=error_description,
            error_uri=error_uri,
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
