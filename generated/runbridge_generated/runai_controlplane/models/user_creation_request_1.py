from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="UserCreationRequest1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("email", "resetPassword", "notify"))


@_attrs_define
class UserCreationRequest1:
    """
    Attributes:
        email (str):
        reset_password (bool | None | Unset):
        notify (bool | None | Unset):
    """

    email: str
    reset_password: bool | None | Unset = UNSET
    notify: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        reset_password: bool | None | Unset
        if isinstance(self.reset_password, Unset):
            reset_password = UNSET
        else:
            reset_password = self.reset_password

        notify: bool | None | Unset
        if isinstance(self.notify, Unset):
            notify = UNSET
        else:
            notify = self.notify

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "email": email,
            }
        )
        if reset_password is not UNSET:
            fields_["resetPassword"] = reset_password
        if notify is not UNSET:
            fields_["notify"] = notify

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            email = data_["email"]
            if not isinstance(email, str):
                raise TypeError(f"expected str, got {type(email).__name__}")
        except Exception as error_:
            raise FieldError.at("email", data_, error_) from None
        try:
            _reset_password = data_.get("resetPassword", UNSET)
            reset_password: bool | None | Unset
            if _reset_password is None:
                reset_password = None
            elif isinstance(_reset_password, Unset):
                reset_password = UNSET
            elif isinstance(_reset_password, bool):
                reset_password = _reset_password
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_reset_password).__name__}")

        except Exception as error_:
            raise FieldError.at("resetPassword", data_, error_) from None
        try:
            _notify = data_.get("notify", UNSET)
            notify: bool | None | Unset
            if _notify is None:
                notify = None
            elif isinstance(_notify, Unset):
                notify = UNSET
            elif isinstance(_notify, bool):
                notify = _notify
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_notify).__name__}")

        except Exception as error_:
            raise FieldError.at("notify", data_, error_) from None
        instance_ = cls_(
            email=email,
            reset_password=reset_password,
            notify=notify,
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
