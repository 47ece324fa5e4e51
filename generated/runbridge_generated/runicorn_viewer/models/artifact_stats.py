from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_stats_by_type import ArtifactStatsByType


T = TypeVar("T", bound="ArtifactStats")


@_attrs_define
class ArtifactStats:
    """
    Attributes:
        total_artifacts (int | Unset):
        total_versions (int | Unset):
        total_size_bytes (int | Unset):
        by_type (ArtifactStatsByType | Unset):
    """

    total_artifacts: int | Unset = UNSET
    total_versions: int | Unset = UNSET
    total_size_bytes: int | Unset = UNSET
    by_type: ArtifactStatsByType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_artifacts = self.total_artifacts

        total_versions = self.total_versions

        total_size_bytes = self.total_size_bytes

        by_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_type, Unset):
            by_type = self.by_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_artifacts is not UNSET:
            field_dict["total_artifacts"] = total_artifacts
        if total_versions is not UNSET:
            field_dict["total_versions"] = total_versions
        if total_size_bytes is not UNSET:
            field_dict["total_size_bytes"] = total_size_bytes
        if by_type is not UNSET:
            field_dict["by_type"] = by_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_stats_by_type import ArtifactStatsByType  # noqa: PLC0415

        d = dict(src_dict)
        total_artifacts = d.pop("total_artifacts", UNSET)

        total_versions = d.pop("total_versions", UNSET)

        total_size_bytes = d.pop("total_size_bytes", UNSET)

        _by_type = d.pop("by_type", UNSET)
        by_type: ArtifactStatsByType | Unset
        if isinstance(_by_type, Unset):
            by_type = UNSET
        else:
            by_type = ArtifactStatsByType.from_dict(_by_type)

        instance_ = cls(
            total_artifacts=total_artifacts,
            total_versions=total_versions,
            total_size_bytes=total_size_bytes,
            by_type=by_type,
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
