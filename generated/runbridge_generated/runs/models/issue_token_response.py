from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueTokenResponse")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "token_type": token_type,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        token_type = d.pop("token_type")

        expires_in = d.pop("expires_in", UNSET)

        instance_ = cls(
            token=token,
            token_type=token_type,
            expires_in=expires_in,
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
