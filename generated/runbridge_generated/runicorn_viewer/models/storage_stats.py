from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="StorageStats")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("storage_root", "total", "archive", "runs", "index"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "storage_root": storage_root,
            }
        )
        if total is not UNSET:
            fields_["total"] = total
        if archive is not UNSET:
            fields_["archive"] = archive
        if runs is not UNSET:
            fields_["runs"] = runs
        if index is not UNSET:
            fields_["index"] = index

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            storage_root = data_["storage_root"]
            if not isinstance(storage_root, str):
                raise TypeError(f"expected str, got {type(storage_root).__name__}")
        except Exception as error_:
            raise FieldError.at("storage_root", data_, error_) from None
        try:
            _total = data_.get("total", UNSET)
            total: SizeInfo | Unset
            if isinstance(_total, Unset):
                total = UNSET
            else:
                total = SizeInfo.from_dict(_total)

        except Exception as error_:
            raise FieldError.at("total", data_, error_) from None
        try:
            _archive = data_.get("archive", UNSET)
            archive: StorageStatsArchive | Unset
            if isinstance(_archive, Unset):
                archive = UNSET
            else:
                archive = StorageStatsArchive.from_dict(_archive)

        except Exception as error_:
            raise FieldError.at("archive", data_, error_) from None
        try:
            _runs = data_.get("runs", UNSET)
            runs: RunsUsage | Unset
            if isinstance(_runs, Unset):
                runs = UNSET
            else:
                runs = RunsUsage.from_dict(_runs)

        except Exception as error_:
            raise FieldError.at("runs", data_, error_) from None
        try:
            _index = data_.get("index", UNSET)
            index: SizeInfo | Unset
            if isinstance(_index, Unset):
                index = UNSET
            else:
                index = SizeInfo.from_dict(_index)

        except Exception as error_:
            raise FieldError.at("index", data_, error_) from None
        instance_ = cls_(
            storage_root=storage_root,
            total=total,
            archive=archive,
            runs=runs,
            index=index,
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
from ..models.runs_usage import RunsUsage  # noqa: E402
from ..models.size_info import SizeInfo  # noqa: E402
from ..models.storage_stats_archive import StorageStatsArchive  # noqa: E402
