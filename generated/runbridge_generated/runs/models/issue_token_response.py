from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="IssueTokenResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("token", "token_type", "expires_in"))


@_attrs_define
class IssueTokenResponse:
    """
    Attributes:
        token (str): The JWT. Example: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcGlrZXkifQ.c2lnbmF0dXJl.
        token_type (str): Always `Bearer`. Example: Bearer.
        expires_in (float | Unset): Seconds until the JWT expires. Example: 3600.
    """

    token: str
    token_type: str
    expires_in: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_type = self.token_type

        expires_in = self.expires_in

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "token": token,
                "token_type": token_type,
            }
        )
        if expires_in is not UNSET:
            fields_["expires_in"] = expires_in

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            token = data_["token"]
            if not isinstance(token, str):
                raise TypeError(f"expected str, got {type(token).__name__}")
        except Exception as error_:
            raise FieldError.at("token", data_, error_) from None
        try:
            token_type = data_["token_type"]
            if not isinstance(token_type, str):
                raise TypeError(f"expected str, got {type(token_type).__name__}")
        except Exception as error_:
            raise FieldError.at("token_type", data_, error_) from None
        expires_in = data_.get("expires_in", UNSET)
        if (not isinstance(expires_in, (int, float)) or expires_in is True or expires_in is False) and not isinstance(
            expires_in, Unset
        ):
            raise FieldError.at(
                "expires_in", data_, TypeError(f"expected int or float, got {type(expires_in).__name__}")
            )
        instance_ = cls_(
            token=token,
            token_type=token_type,
            expires_in=expires_in,
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
