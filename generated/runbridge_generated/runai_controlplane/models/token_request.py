from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type_enum import TokenRequestGrantTypeEnum
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="TokenRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "grantType",
        "appID",
        "appSecret",
        "code",
        "redirectUri",
        "refreshToken",
        "username",
        "password",
        "clientID",
        "clientSecret",
        "externalToken",
    )
)


@_attrs_define
class TokenRequest:
    """
    Attributes:
        grant_type (TokenRequestGrantTypeEnum | Unset):
        app_id (str | Unset):
        app_secret (str | Unset):
        code (str | Unset):
        redirect_uri (str | Unset):
        refresh_token (str | Unset):
        username (str | Unset):
        password (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        external_token (str | Unset):
    """

    grant_type: TokenRequestGrantTypeEnum | Unset = UNSET
    app_id: str | Unset = UNSET
    app_secret: str | Unset = UNSET
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    external_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        app_id = self.app_id

        app_secret = self.app_secret

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        username = self.username

        password = self.password

        client_id = self.client_id

        client_secret = self.client_secret

        external_token = self.external_token

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if grant_type is not UNSET:
            fields_["grantType"] = grant_type
        if app_id is not UNSET:
            fields_["appID"] = app_id
        if app_secret is not UNSET:
            fields_["appSecret"] = app_secret
        if code is not UNSET:
            fields_["code"] = code
        if redirect_uri is not UNSET:
            fields_["redirectUri"] = redirect_uri
        if refresh_token is not UNSET:
            fields_["refreshToken"] = refresh_token
        if username is not UNSET:
            fields_["username"] = username
        if password is not UNSET:
            fields_["password"] = password
        if client_id is not UNSET:
            fields_["clientID"] = client_id
        if client_secret is not UNSET:
            fields_["clientSecret"] = client_secret
        if external_token is not UNSET:
            fields_["externalToken"] = external_token

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _grant_type = data_.get("grantType", UNSET)
            grant_type: TokenRequestGrantTypeEnum | Unset
            if isinstance(_grant_type, Unset):
                grant_type = UNSET
            else:
                grant_type = TokenRequestGrantTypeEnum(_grant_type)

        except Exception as error_:
            raise FieldError.at("grantType", data_, error_) from None
        app_id = data_.get("appID", UNSET)
        if (not isinstance(app_id, str)) and not isinstance(app_id, Unset):
            raise FieldError.at("appID", data_, TypeError(f"expected str, got {type(app_id).__name__}"))
        app_secret = data_.get("appSecret", UNSET)
        if (not isinstance(app_secret, str)) and not isinstance(app_secret, Unset):
            raise FieldError.at("appSecret", data_, TypeError(f"expected str, got {type(app_secret).__name__}"))
        code = data_.get("code", UNSET)
        if (not isinstance(code, str)) and not isinstance(code, Unset):
            raise FieldError.at("code", data_, TypeError(f"expected str, got {type(code).__name__}"))
        redirect_uri = data_.get("redirectUri", UNSET)
        if (not isinstance(redirect_uri, str)) and not isinstance(redirect_uri, Unset):
            raise FieldError.at("redirectUri", data_, TypeError(f"expected str, got {type(redirect_uri).__name__}"))
        refresh_token = data_.get("refreshToken", UNSET)
        if (not isinstance(refresh_token, str)) and not isinstance(refresh_token, Unset):
            raise FieldError.at("refreshToken", data_, TypeError(f"expected str, got {type(refresh_token).__name__}"))
        username = data_.get("username", UNSET)
        if (not isinstance(username, str)) and not isinstance(username, Unset):
            raise FieldError.at("username", data_, TypeError(f"expected str, got {type(username).__name__}"))
        password = data_.get("password", UNSET)
        if (not isinstance(password, str)) and not isinstance(password, Unset):
            raise FieldError.at("password", data_, TypeError(f"expected str, got {type(password).__name__}"))
        client_id = data_.get("clientID", UNSET)
        if (not isinstance(client_id, str)) and not isinstance(client_id, Unset):
            raise FieldError.at("clientID", data_, TypeError(f"expected str, got {type(client_id).__name__}"))
        client_secret = data_.get("clientSecret", UNSET)
        if (not isinstance(client_secret, str)) and not isinstance(client_secret, Unset):
            raise FieldError.at("clientSecret", data_, TypeError(f"expected str, got {type(client_secret).__name__}"))
        external_token = data_.get("externalToken", UNSET)
        if (not isinstance(external_token, str)) and not isinstance(external_token, Unset):
            raise FieldError.at("externalToken", data_, TypeError(f"expected str, got {type(external_token).__name__}"))
        instance_ = cls_(
            grant_type=grant_type,
            app_id=app_id,
            app_secret=app_secret,
            code=code,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            username=username,
            password=password,
            client_id=client_id,
            client_secret=client_secret,
            external_token=external_token,
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
