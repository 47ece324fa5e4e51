from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path_list_stats import PathListStats
    from ..models.path_tree import PathTree


T = TypeVar("T", bound="PathList")


@_attrs_define
class PathList:
    """
    Attributes:
        paths (list[str]):
        tree (PathTree | Unset): Nested mapping of path segments; leaves are empty objects.
        stats (PathListStats | Unset):
    """

    paths: list[str]
    tree: PathTree | Unset = UNSET
    stats: PathListStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paths = self.paths

        tree: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tree, Unset):
            tree = self.tree.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paths": paths,
            }
        )
        if tree is not UNSET:
            field_dict["tree"] = tree
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path_list_stats import PathListStats  # noqa: PLC0415
        from ..models.path_tree import PathTree  # noqa: PLC0415

        d = dict(src_dict)
        paths = cast(list[str], d.pop("paths"))

        _tree = d.pop("tree", UNSET)
        tree: PathTree | Unset
        if isinstance(_tree, Unset):
            tree = UNSET
        else:
            tree = PathTree.from_dict(_tree)

        _stats = d.pop("stats", UNSET)
        stats: PathListStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = PathListStats.from_dict(_stats)

        instance_ = cls(
            paths=paths,
            tree=tree,
            stats=stats,
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
