from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="OAuth2TokenResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("access_token", "token_type", "expires_in", "refresh_token", "id_token", "scope"))


@_attrs_define
class OAuth2TokenResponse:
    """
    Attributes:
        access_token (str):
        token_type (str):
        expires_in (int | Unset):
        refresh_token (str | Unset):
        id_token (str | Unset):
        scope (str | Unset):
    """

    access_token: str
    token_type: str
    expires_in: int | Unset = UNSET
    refresh_token: str | Unset = UNSET
    id_token: str | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        id_token = self.id_token

        scope = self.scope

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "access_token": access_token,
                "token_type": token_type,
            }
        )
        if expires_in is not UNSET:
            fields_["expires_in"] = expires_in
        if refresh_token is not UNSET:
            fields_["refresh_token"] = refresh_token
        if id_token is not UNSET:
            fields_["id_token"] = id_token
        if scope is not UNSET:
            fields_["scope"] = scope

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            access_token = data_["access_token"]
            if not isinstance(access_token, str):
                raise TypeError(f"expected str, got {type(access_token).__name__}")
        except Exception as error_:
            raise FieldError.at("access_token", data_, error_) from None
        try:
            token_type = data_["token_type"]
            if not isinstance(token_type, str):
                raise TypeError(f"expected str, got {type(token_type).__name__}")
        except Exception as error_:
            raise FieldError.at("token_type", data_, error_) from None
        expires_in = data_.get("expires_in", UNSET)
        if (not isinstance(expires_in, int) or expires_in is True or expires_in is False) and not isinstance(
            expires_in, Unset
        ):
            raise FieldError.at("expires_in", data_, TypeError(f"expected int, got {type(expires_in).__name__}"))
        refresh_token = data_.get("refresh_token", UNSET)
        if (not isinstance(refresh_token, str)) and not isinstance(refresh_token, Unset):
            raise FieldError.at("refresh_token", data_, TypeError(f"expected str, got {type(refresh_token).__name__}"))
        id_token = data_.get("id_token", UNSET)
        if (not isinstance(id_token, str)) and not isinstance(id_token, Unset):
            raise FieldError.at("id_token", data_, TypeError(f"expected str, got {type(id_token).__name__}"))
        scope = data_.get("scope", UNSET)
        if (not isinstance(scope, str)) and not isinstance(scope, Unset):
            raise FieldError.at("scope", data_, TypeError(f"expected str, got {type(scope).__name__}"))
        instance_ = cls_(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            refresh_token=refresh_token,
            id_token=id_token,
            scope=scope,
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
