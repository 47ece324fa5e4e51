from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunError")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("message", "code", "retryable", "data"))


@_attrs_define
class RunError:
    """
    Attributes:
        message (str):
        code (str | Unset):
        retryable (bool | Unset):
        data (Any | Unset):
    """

    message: str
    code: str | Unset = UNSET
    retryable: bool | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        retryable = self.retryable

        data = self.data

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            fields_["code"] = code
        if retryable is not UNSET:
            fields_["retryable"] = retryable
        if data is not UNSET:
            fields_["data"] = data

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            message = data_["message"]
            if not isinstance(message, str):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        code = data_.get("code", UNSET)
        if (not isinstance(code, str)) and not isinstance(code, Unset):
            raise FieldError.at("code", data_, TypeError(f"expected str, got {type(code).__name__}"))
        retryable = data_.get("retryable", UNSET)
        if (not isinstance(retryable, bool)) and not isinstance(retryable, Unset):
            raise FieldError.at("retryable", data_, TypeError(f"expected bool, got {type(retryable).__name__}"))
        data = data_.get("data", UNSET)
        instance_ = cls_(
            message=message,
            code=code,
            retryable=retryable,
            data=data,
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
