from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_token_v2_body_grant_type import GrantTokenV2BodyGrantType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GrantTokenV2Body")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("grant_type", "client_id", "client_secret", "username", "password", "refresh_token", "code", "redirect_uri")
)


@_attrs_define
class GrantTokenV2Body:
    """
    Attributes:
        grant_type (GrantTokenV2BodyGrantType):
        client_id (str | Unset):
        client_secret (str | Unset):
        username (str | Unset):
        password (str | Unset):
        refresh_token (str | Unset):
        code (str | Unset):
        redirect_uri (str | Unset):
    """

    grant_type: GrantTokenV2BodyGrantType
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        username = self.username

        password = self.password

        refresh_token = self.refresh_token

        code = self.code

        redirect_uri = self.redirect_uri

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            fields_["client_id"] = client_id
        if client_secret is not UNSET:
            fields_["client_secret"] = client_secret
        if username is not UNSET:
            fields_["username"] = username
        if password is not UNSET:
            fields_["password"] = password
        if refresh_token is not UNSET:
            fields_["refresh_token"] = refresh_token
        if code is not UNSET:
            fields_["code"] = code
        if redirect_uri is not UNSET:
            fields_["redirect_uri"] = redirect_uri

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            grant_type = GrantTokenV2BodyGrantType(data_["grant_type"])

        except Exception as error_:
            raise FieldError.at("grant_type", data_, error_) from None
        client_id = data_.get("client_id", UNSET)
        if (not isinstance(client_id, str)) and not isinstance(client_id, Unset):
            raise FieldError.at("client_id", data_, TypeError(f"expected str, got {type(client_id).__name__}"))
        client_secret = data_.get("client_secret", UNSET)
        if (not isinstance(client_secret, str)) and not isinstance(client_secret, Unset):
            raise FieldError.at("client_secret", data_, TypeError(f"expected str, got {type(client_secret).__name__}"))
        username = data_.get("username", UNSET)
        if (not isinstance(username, str)) and not isinstance(username, Unset):
            raise FieldError.at("username", data_, TypeError(f"expected str, got {type(username).__name__}"))
        password = data_.get("password", UNSET)
        if (not isinstance(password, str)) and not isinstance(password, Unset):
            raise FieldError.at("password", data_, TypeError(f"expected str, got {type(password).__name__}"))
        refresh_token = data_.get("refresh_token", UNSET)
        if (not isinstance(refresh_token, str)) and not isinstance(refresh_token, Unset):
            raise FieldError.at("refresh_token", data_, TypeError(f"expected str, got {type(refresh_token).__name__}"))
        code = data_.get("code", UNSET)
        if (not isinstance(code, str)) and not isinstance(code, Unset):
            raise FieldError.at("code", data_, TypeError(f"expected str, got {type(code).__name__}"))
        redirect_uri = data_.get("redirect_uri", UNSET)
        if (not isinstance(redirect_uri, str)) and not isinstance(redirect_uri, Unset):
            raise FieldError.at("redirect_uri", data_, TypeError(f"expected str, got {type(redirect_uri).__name__}"))
        instance_ = cls_(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            username=username,
            password=password,
            refresh_token=refresh_token,
            code=code,
            redirect_uri=redirect_uri,
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
