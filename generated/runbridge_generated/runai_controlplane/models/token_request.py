from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type_enum import TokenRequestGrantTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_type is not UNSET:
            field_dict["grantType"] = grant_type
        if app_id is not UNSET:
            field_dict["appID"] = app_id
        if app_secret is not UNSET:
            field_dict["appSecret"] = app_secret
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if client_id is not UNSET:
            field_dict["clientID"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if external_token is not UNSET:
            field_dict["externalToken"] = external_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _grant_type = d.pop("grantType", UNSET)
        grant_type: TokenRequestGrantTypeEnum | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = TokenRequestGrantTypeEnum(_grant_type)

        app_id = d.pop("appID", UNSET)

        app_secret = d.pop("appSecret", UNSET)

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirectUri", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        client_id = d.pop("clientID", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        external_token = d.pop("externalToken", UNSET)

        instance_ = cls(
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

        instance_.additional_properties = d
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
