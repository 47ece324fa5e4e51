from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_candidate import StorageCandidate


T = TypeVar("T", bound="StorageCandidates")


@_attrs_define
class StorageCandidates:
    """
    Attributes:
        candidates (list[StorageCandidate]):
        scan_root (str | Unset):
        max_depth (int | Unset):
    """

    candidates: list[StorageCandidate]
    scan_root: str | Unset = UNSET
    max_depth: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        scan_root = self.scan_root

        max_depth = self.max_depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidates": candidates,
            }
        )
        if scan_root is not UNSET:
            field_dict["scan_root"] = scan_root
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_candidate import StorageCandidate  # noqa: PLC0415

        d = dict(src_dict)
        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = StorageCandidate.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        scan_root = d.pop("scan_root", UNSET)

        max_depth = d.pop("max_depth", UNSET)

        instance_ = cls(
            candidates=candidates,
            scan_root=scan_root,
            max_depth=max_depth,
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
