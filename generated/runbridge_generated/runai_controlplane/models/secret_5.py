from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Secret5")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("mountPath", "defaultMode", "secret"))


@_attrs_define
class Secret5:
    """
    Attributes:
        mount_path (None | str | Unset):
        default_mode (str | Unset):
        secret (None | str | Unset):
    """

    mount_path: None | str | Unset = UNSET
    default_mode: str | Unset = UNSET
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        default_mode = self.default_mode

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if mount_path is not UNSET:
            fields_["mountPath"] = mount_path
        if default_mode is not UNSET:
            fields_["defaultMode"] = default_mode
        if secret is not UNSET:
            fields_["secret"] = secret

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _mount_path = data_.get("mountPath", UNSET)
            mount_path: None | str | Unset
            if _mount_path is None:
                mount_path = None
            elif isinstance(_mount_path, Unset):
                mount_path = UNSET
            elif isinstance(_mount_path, str):
                mount_path = _mount_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_mount_path).__name__}")

        except Exception as error_:
            raise FieldError.at("mountPath", data_, error_) from None
        default_mode = data_.get("defaultMode", UNSET)
        if (not isinstance(default_mode, str)) and not isinstance(default_mode, Unset):
            raise FieldError.at("defaultMode", data_, TypeError(f"expected str, got {type(default_mode).__name__}"))
        try:
            _secret = data_.get("secret", UNSET)
            secret: None | str | Unset
            if _secret is None:
                secret = None
            elif isinstance(_secret, Unset):
                secret = UNSET
            elif isinstance(_secret, str):
                secret = _secret
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_secret).__name__}")

        except Exception as error_:
            raise FieldError.at("secret", data_, error_) from None
        instance_ = cls_(
            mount_path=mount_path,
            default_mode=default_mode,
            secret=secret,
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
