from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="TokenResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("accessToken", "idToken", "refreshToken", "expiresIn"))


@_attrs_define
class TokenResponse:
    """
    Attributes:
        access_token (str | Unset):
        id_token (str | Unset):
        refresh_token (str | Unset):
        expires_in (int | Unset):
    """

    access_token: str | Unset = UNSET
    id_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        id_token = self.id_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if access_token is not UNSET:
            fields_["accessToken"] = access_token
        if id_token is not UNSET:
            fields_["idToken"] = id_token
        if refresh_token is not UNSET:
            fields_["refreshToken"] = refresh_token
        if expires_in is not UNSET:
            fields_["expiresIn"] = expires_in

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        access_token = data_.get("accessToken", UNSET)
        if (not isinstance(access_token, str)) and not isinstance(access_token, Unset):
            raise FieldError.at("accessToken", data_, TypeError(f"expected str, got {type(access_token).__name__}"))
        id_token = data_.get("idToken", UNSET)
        if (not isinstance(id_token, str)) and not isinstance(id_token, Unset):
            raise FieldError.at("idToken", data_, TypeError(f"expected str, got {type(id_token).__name__}"))
        refresh_token = data_.get("refreshToken", UNSET)
        if (not isinstance(refresh_token, str)) and not isinstance(refresh_token, Unset):
            raise FieldError.at("refreshToken", data_, TypeError(f"expected str, got {type(refresh_token).__name__}"))
        expires_in = data_.get("expiresIn", UNSET)
        if (not isinstance(expires_in, int) or expires_in is True or expires_in is False) and not isinstance(
            expires_in, Unset
        ):
            raise FieldError.at("expiresIn", data_, TypeError(f"expected int, got {type(expires_in).__name__}"))
        instance_ = cls_(
            access_token=access_token,
            id_token=id_token,
            refresh_token=refresh_token,
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
