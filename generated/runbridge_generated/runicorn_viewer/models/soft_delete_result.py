from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="SoftDeleteResult")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("deleted_count", "results", "message"))


@_attrs_define
class SoftDeleteResult:
    """
    Attributes:
        deleted_count (int):
        results (SoftDeleteResultResults):
        message (str | Unset):
    """

    deleted_count: int
    results: SoftDeleteResultResults
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_count = self.deleted_count

        results = self.results.to_dict()

        message = self.message

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "deleted_count": deleted_count,
                "results": results,
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
            deleted_count = data_["deleted_count"]
            if not isinstance(deleted_count, int) or deleted_count is True or deleted_count is False:
                raise TypeError(f"expected int, got {type(deleted_count).__name__}")
        except Exception as error_:
            raise FieldError.at("deleted_count", data_, error_) from None
        try:
            results = SoftDeleteResultResults.from_dict(data_["results"])

        except Exception as error_:
            raise FieldError.at("results", data_, error_) from None
        message = data_.get("message", UNSET)
        if (not isinstance(message, str)) and not isinstance(message, Unset):
            raise FieldError.at("message", data_, TypeError(f"expected str, got {type(message).__name__}"))
        instance_ = cls_(
            deleted_count=deleted_count,
            results=results,
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


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.soft_delete_result_results import SoftDeleteResultResults  # noqa: E402
