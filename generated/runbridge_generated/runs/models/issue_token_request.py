from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.issue_token_request_type import IssueTokenRequestType
from ..types import UNSET, FieldError, Unset

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

        fields_: dict[str, Any] = {}

        fields_.update(
            {
                "type": type_,
            }
        )
        if key is not UNSET:
            fields_["key"] = key
        if audience is not UNSET:
            fields_["audience"] = audience

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            type_ = IssueTokenRequestType(data_["type"])

        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        key = data_.get("key", UNSET)
        if (not isinstance(key, str)) and not isinstance(key, Unset):
            raise FieldError.at("key", data_, TypeError(f"expected str, got {type(key).__name__}"))
        audience = data_.get("audience", UNSET)
        if (not isinstance(audience, str)) and not isinstance(audience, Unset):
            raise FieldError.at("audience", data_, TypeError(f"expected str, got {type(audience).__name__}"))
        instance_ = cls_(
            type_=type_,
            key=key,
            audience=audience,
        )

        return instance_
