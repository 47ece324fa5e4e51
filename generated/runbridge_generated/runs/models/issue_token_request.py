from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        key = self.key

        audience = self.audience

        field_dict: dict[str, Any] = {}

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

        instance_ = cls(
            type_=type_,
            key=key,
            audience=audience,
        )

        return instance_
