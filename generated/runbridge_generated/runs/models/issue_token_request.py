from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_token_request_type import IssueTokenRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueTokenRequest")


@_attrs_define
class IssueTokenRequest:
    """
    Attributes:
        type_ (IssueTokenRequestType):
        key (str | Unset): The API key again (the header is what counts).
        audience (str | Unset):
    """

    type_: IssueTokenRequestType
    key: str | Unset = UNSET
    audience: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        key = self.key

        audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = IssueTokenRequestType(d.pop("type"))

        key = d.pop("key", UNSET)

        audience = d.pop("audience", UNSET)

        issue_token_request = cls(
            type_=type_,
            key=key,
            audience=audience,
        )

        issue_token_request.additional_properties = d
        return issue_token_request

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
