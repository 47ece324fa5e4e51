from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="PathSoftDeleteResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("deleted_count", "path", "errors"))


@_attrs_define
class PathSoftDeleteResult:
    """
    Attributes:
        deleted_count (int):
        path (str | Unset):
        errors (list[str] | None | Unset):
    """

    deleted_count: int
    path: str | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_count = self.deleted_count

        path = self.path

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "deleted_count": deleted_count,
            }
        )
        if path is not UNSET:
            fields_["path"] = path
        if errors is not UNSET:
            fields_["errors"] = errors

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            deleted_count = data_["deleted_count"]
            if not isinstance(deleted_count, int) or deleted_count is True or deleted_count is False:
                raise TypeError(f"expected int, got {type(deleted_count).__name__}")
        except Exception as error_:
            raise FieldError.at("deleted_count", data_, error_) from None
        path = data_.get("path", UNSET)
        if (not isinstance(path, str)) and not isinstance(path, Unset):
            raise FieldError.at("path", data_, TypeError(f"expected str, got {type(path).__name__}"))
        try:
            _errors = data_.get("errors", UNSET)
            errors: list[str] | None | Unset
            if _errors is None:
                errors = None
            elif isinstance(_errors, Unset):
                errors = UNSET
            elif isinstance(_errors, list):
                errors_type_0 = cast_(list[str], checked_scalars_(_errors, str))

                errors = errors_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_errors).__name__}")

        except Exception as error_:
            raise FieldError.at("errors", data_, error_) from None
        instance_ = cls_(
            deleted_count=deleted_count,
            path=path,
            errors=errors,
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
