from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageCandidate")


@_attrs_define
class StorageCandidate:
    """
    Attributes:
        path (str):
        run_count (int | Unset):
        has_archive (bool | Unset):
        has_index (bool | Unset):
        score (float | Unset):
    """

    path: str
    run_count: int | Unset = UNSET
    has_archive: bool | Unset = UNSET
    has_index: bool | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        run_count = self.run_count

        has_archive = self.has_archive

        has_index = self.has_index

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if has_archive is not UNSET:
            field_dict["has_archive"] = has_archive
        if has_index is not UNSET:
            field_dict["has_index"] = has_index
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        run_count = d.pop("run_count", UNSET)

        has_archive = d.pop("has_archive", UNSET)

        has_index = d.pop("has_index", UNSET)

        score = d.pop("score", UNSET)

        instance_ = cls(
            path=path,
            run_count=run_count,
            has_archive=has_archive,
            has_index=has_index,
            score=score,
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
