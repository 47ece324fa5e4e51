from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="StatusCheckResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("checked", "updated", "message"))


@_attrs_define
class StatusCheckResult:
    """
    Attributes:
        checked (int):
        updated (int):
        message (str | Unset):
    """

    checked: int
    updated: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked = self.checked

        updated = self.updated

        message = self.message

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "checked": checked,
                "updated": updated,
            }
        )
        if message is not UNSET:
            fields_["message"] = message

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            checked = data_["checked"]
            if not isinstance(checked, int) or checked is True or checked is False:
                raise TypeError(f"expected int, got {type(checked).__name__}")
        except Exception as error_:
            raise FieldError.at("checked", data_, error_) from None
        try:
            updated = data_["updated"]
            if not isinstance(updated, int) or updated is True or updated is False:
                raise TypeError(f"expected int, got {type(updated).__name__}")
        except Exception as error_:
            raise FieldError.at("updated", data_, error_) from None
        message = data_.get("message", UNSET)
        if (not isinstance(message, str)) and not isinstance(message, Unset):
            raise FieldError.at("message", data_, TypeError(f"expected str, got {type(message).__name__}"))
        instance_ = cls_(
            checked=checked,
            updated=updated,
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
