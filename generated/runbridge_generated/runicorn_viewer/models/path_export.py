from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path_export_run import PathExportRun


T = TypeVar("T", bound="PathExport")


@_attrs_define
class PathExport:
    """
    Attributes:
        path (str):
        total_runs (int):
        runs (list[PathExportRun]):
        exact (bool | Unset):
    """

    path: str
    total_runs: int
    runs: list[PathExportRun]
    exact: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        total_runs = self.total_runs

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        exact = self.exact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "total_runs": total_runs,
                "runs": runs,
            }
        )
        if exact is not UNSET:
            field_dict["exact"] = exact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path_export_run import PathExportRun  # noqa: PLC0415

        d = dict(src_dict)
        path = d.pop("path")

        total_runs = d.pop("total_runs")

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = PathExportRun.from_dict(runs_item_data)

            runs.append(runs_item)

        exact = d.pop("exact", UNSET)

        instance_ = cls(
            path=path,
            total_runs=total_runs,
            runs=runs,
            exact=exact,
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
