from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deleted_run import DeletedRun


T = TypeVar("T", bound="RecycleBin")


@_attrs_define
class RecycleBin:
    """
    Attributes:
        deleted_runs (list[DeletedRun]):
    """

    deleted_runs: list[DeletedRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_runs = []
        for deleted_runs_item_data in self.deleted_runs:
            deleted_runs_item = deleted_runs_item_data.to_dict()
            deleted_runs.append(deleted_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_runs": deleted_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deleted_run import DeletedRun  # noqa: PLC0415

        d = dict(src_dict)
        deleted_runs = []
        _deleted_runs = d.pop("deleted_runs")
        for deleted_runs_item_data in _deleted_runs:
            deleted_runs_item = DeletedRun.from_dict(deleted_runs_item_data)

            deleted_runs.append(deleted_runs_item)

        instance_ = cls(
            deleted_runs=deleted_runs,
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
