from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="UserRootDirResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("ok", "user_root_dir", "storage"))


@_attrs_define
class UserRootDirResult:
    """
    Attributes:
        ok (bool):
        user_root_dir (str | Unset):
        storage (str | Unset):
    """

    ok: bool
    user_root_dir: str | Unset = UNSET
    storage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        user_root_dir = self.user_root_dir

        storage = self.storage

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "ok": ok,
            }
        )
        if user_root_dir is not UNSET:
            fields_["user_root_dir"] = user_root_dir
        if storage is not UNSET:
            fields_["storage"] = storage

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            ok = data_["ok"]
            if not isinstance(ok, bool):
                raise TypeError(f"expected bool, got {type(ok).__name__}")
        except Exception as error_:
            raise FieldError.at("ok", data_, error_) from None
        user_root_dir = data_.get("user_root_dir", UNSET)
        if (not isinstance(user_root_dir, str)) and not isinstance(user_root_dir, Unset):
            raise FieldError.at("user_root_dir", data_, TypeError(f"expected str, got {type(user_root_dir).__name__}"))
        storage = data_.get("storage", UNSET)
        if (not isinstance(storage, str)) and not isinstance(storage, Unset):
            raise FieldError.at("storage", data_, TypeError(f"expected str, got {type(storage).__name__}"))
        instance_ = cls_(
            ok=ok,
            user_root_dir=user_root_dir,
            storage=storage,
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
