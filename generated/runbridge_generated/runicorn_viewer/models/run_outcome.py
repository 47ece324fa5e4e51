from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunOutcome")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("success", "error"))


@_attrs_define
class RunOutcome:
    """
    Attributes:
        success (bool):
        error (str | Unset):
    """

    success: bool
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "success": success,
            }
        )
        if error is not UNSET:
            fields_["error"] = error

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            success = data_["success"]
            if not isinstance(success, bool):
                raise TypeError(f"expected bool, got {type(success).__name__}")
        except Exception as error_:
            raise FieldError.at("success", data_, error_) from None
        error = data_.get("error", UNSET)
        if (not isinstance(error, str)) and not isinstance(error, Unset):
            raise FieldError.at("error", data_, TypeError(f"expected str, got {type(error).__name__}"))
        instance_ = cls_(
            success=success,
            error=error,
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
