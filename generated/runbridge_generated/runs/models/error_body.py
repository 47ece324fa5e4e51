from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ErrorBody")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("message", "error", "status", "details"))


@_attrs_define
class ErrorBody:
    """What every error response carries.

    Attributes:
        message (str):
        error (str | Unset): A short error name, e.g. `NotFound`.
        status (int | Unset):
        details (Any | Unset):
    """

    message: str
    error: str | Unset = UNSET
    status: int | Unset = UNSET
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error = self.error

        status = self.status

        details = self.details

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "message": message,
            }
        )
        if error is not UNSET:
            fields_["error"] = error
        if status is not UNSET:
            fields_["status"] = status
        if details is not UNSET:
            fields_["details"] = details

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
        error = data_.get("error", UNSET)
        if (not isinstance(error, str)) and not isinstance(error, Unset):
            raise FieldError.at("error", data_, TypeError(f"expected str, got {type(error).__name__}"))
        status = data_.get("status", UNSET)
        if (not isinstance(status, int) or status is True or status is False) and not isinstance(status, Unset):
            raise FieldError.at("status", data_, TypeError(f"expected int, got {type(status).__name__}"))
        details = data_.get("details", UNSET)
        instance_ = cls_(
            message=message,
            error=error,
            status=status,
            details=details,
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
