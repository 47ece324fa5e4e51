from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ErrorDetail")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("code", "message", "details", "field"))


@_attrs_define
class ErrorDetail:
    """Why a run failed.

    Attributes:
        code (str): `INTERNAL_ERROR` (the agent raised), `NOT_FOUND`, `VALIDATION_ERROR`, `AUTHENTICATION_ERROR` and so
            on.
        message (str):
        details (ErrorDetailDetailsType0 | None | Unset):
        field (None | str | Unset):
    """

    code: str
    message: str
    details: ErrorDetailDetailsType0 | None | Unset = UNSET
    field: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ErrorDetailDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            fields_["details"] = details
        if field is not UNSET:
            fields_["field"] = field

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            code = data_["code"]
            if not isinstance(code, str):
                raise TypeError(f"expected str, got {type(code).__name__}")
        except Exception as error_:
            raise FieldError.at("code", data_, error_) from None
        try:
            message = data_["message"]
            if not isinstance(message, str):
                raise TypeError(f"expected str, got {type(message).__name__}")
        except Exception as error_:
            raise FieldError.at("message", data_, error_) from None
        try:
            _details = data_.get("details", UNSET)
            details: ErrorDetailDetailsType0 | None | Unset
            if _details is None:
                details = None
            elif isinstance(_details, Unset):
                details = UNSET
            elif isinstance(_details, dict):
                details_type_0 = ErrorDetailDetailsType0.from_dict(_details)

                details = details_type_0

            else:
                raise TypeError(f"expected ErrorDetailDetailsType0 | None | Unset, got {type(_details).__name__}")

        except Exception as error_:
            raise FieldError.at("details", data_, error_) from None
        try:
            _field = data_.get("field", UNSET)
            field: None | str | Unset
            if _field is None:
                field = None
            elif isinstance(_field, Unset):
                field = UNSET
            elif isinstance(_field, str):
                field = _field
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_field).__name__}")

        except Exception as error_:
            raise FieldError.at("field", data_, error_) from None
        instance_ = cls_(
            code=code,
            message=message,
            details=details,
            field=field,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.error_detail_details_type_0 import ErrorDetailDetailsType0  # noqa: E402
