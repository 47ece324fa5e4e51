from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runs_usage import RunsUsage
    from ..models.size_info import SizeInfo
    from ..models.storage_stats_archive import StorageStatsArchive


T = TypeVar("T", bound="StorageStats")


@_attrs_define
class StorageStats:
    """
    Attributes:
        storage_root (str):
        total (SizeInfo | Unset):
        archive (StorageStatsArchive | Unset):
        runs (RunsUsage | Unset):
        index (SizeInfo | Unset):
    """

    storage_root: str
    total: SizeInfo | Unset = UNSET
    archive: StorageStatsArchive | Unset = UNSET
    runs: RunsUsage | Unset = UNSET
    index: SizeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_root = self.storage_root

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        archive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archive, Unset):
            archive = self.archive.to_dict()

        runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = self.runs.to_dict()

        index: dict[str, Any] | Unset = UNSET
        if not isinstance(self.index, Unset):
            index = self.index.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storage_root": storage_root,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if archive is not UNSET:
            field_dict["archive"] = archive
        if runs is not UNSET:
            field_dict["runs"] = runs
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runs_usage import RunsUsage  # noqa: PLC0415
        from ..models.size_info import SizeInfo  # noqa: PLC0415
        from ..models.storage_stats_archive import StorageStatsArchive  # noqa: PLC0415

        d = dict(src_dict)
        storage_root = d.pop("storage_root")

        _total = d.pop("total", UNSET)
        total: SizeInfo | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = SizeInfo.from_dict(_total)

        _archive = d.pop("archive", UNSET)
        archive: StorageStatsArchive | Unset
        if isinstance(_archive, Unset):
            archive = UNSET
        else:
            archive = StorageStatsArchive.from_dict(_archive)

        _runs = d.pop("runs", UNSET)
        runs: RunsUsage | Unset
        if isinstance(_runs, Unset):
            runs = UNSET
        else:
            runs = RunsUsage.from_dict(_runs)

        _index = d.pop("index", UNSET)
        index: SizeInfo | Unset
        if isinstance(_index, Unset):
            index = UNSET
        else:
            index = SizeInfo.from_dict(_index)

        instance_ = cls(
            storage_root=storage_root,
            total=total,
            archive=archive,
            runs=runs,
            index=index,
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
