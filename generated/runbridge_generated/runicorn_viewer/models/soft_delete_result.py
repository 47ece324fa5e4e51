from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.soft_delete_result_results import SoftDeleteResultResults


T = TypeVar("T", bound="SoftDeleteResult")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_count": deleted_count,
                "results": results,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.soft_delete_result_results import SoftDeleteResultResults  # noqa: PLC0415

        d = dict(src_dict)
        deleted_count = d.pop("deleted_count")

        results = SoftDeleteResultResults.from_dict(d.pop("results"))

        message = d.pop("message", UNSET)

        instance_ = cls(
            deleted_count=deleted_count,
            results=results,
            message=message,
        )

        instance_.additional_properties = d
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
