from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="HttpResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("code", "message"))


@_attrs_define
class HttpResponse:
    """
    Attributes:
        code (int):
        message (str):
    """

    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "code": code,
                "message": message,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            code = data_["code"]
            if not isinstance(code, int) or code is True or code is False:
                raise TypeError(f"expected int, got {type(code).__name__}")
        except Exception as error_:
            raise FieldError.at("code", data_, error_) from None
        try:
            message = data_["message"]
            if not isinstance(message, str):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        instance_ = cls_(
            code=code,
            message=message,
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
