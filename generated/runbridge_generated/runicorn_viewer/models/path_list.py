from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="PathList")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("paths", "tree", "stats"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "paths": paths,
            }
        )
        if tree is not UNSET:
            fields_["tree"] = tree
        if stats is not UNSET:
            fields_["stats"] = stats

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            paths = cast_(list[str], checked_scalars_(data_["paths"], str))

        except Exception as error_:
            raise FieldError.at("paths", data_, error_) from None
        try:
            _tree = data_.get("tree", UNSET)
            tree: PathTree | Unset
            if isinstance(_tree, Unset):
                tree = UNSET
            else:
                tree = PathTree.from_dict(_tree)

        except Exception as error_:
            raise FieldError.at("tree", data_, error_) from None
        try:
            _stats = data_.get("stats", UNSET)
            stats: PathListStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = PathListStats.from_dict(_stats)

        except Exception as error_:
            raise FieldError.at("stats", data_, error_) from None
        instance_ = cls_(
            paths=paths,
            tree=tree,
            stats=stats,
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
from ..models.path_list_stats import PathListStats  # noqa: E402
from ..models.path_tree import PathTree  # noqa: E402
