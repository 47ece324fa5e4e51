from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="RunUpdateResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("ok", "alias", "tags"))


@_attrs_define
class RunUpdateResult:
    """
    Attributes:
        ok (bool):
        alias (None | str | Unset):
        tags (list[str] | Unset):
    """

    ok: bool
    alias: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "ok": ok,
            }
        )
        if alias is not UNSET:
            fields_["alias"] = alias
        if tags is not UNSET:
            fields_["tags"] = tags

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
        try:
            _alias = data_.get("alias", UNSET)
            alias: None | str | Unset
            if _alias is None:
                alias = None
            elif isinstance(_alias, Unset):
                alias = UNSET
            elif isinstance(_alias, str):
                alias = _alias
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_alias).__name__}")

        except Exception as error_:
            raise FieldError.at("alias", data_, error_) from None
        try:
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        instance_ = cls_(
            ok=ok,
            alias=alias,
            tags=tags,
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
