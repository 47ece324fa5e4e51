from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ArtifactStats")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("total_artifacts", "total_versions", "total_size_bytes", "by_type"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if total_artifacts is not UNSET:
            fields_["total_artifacts"] = total_artifacts
        if total_versions is not UNSET:
            fields_["total_versions"] = total_versions
        if total_size_bytes is not UNSET:
            fields_["total_size_bytes"] = total_size_bytes
        if by_type is not UNSET:
            fields_["by_type"] = by_type

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        total_artifacts = data_.get("total_artifacts", UNSET)
        if (
            not isinstance(total_artifacts, int) or total_artifacts is True or total_artifacts is False
        ) and not isinstance(total_artifacts, Unset):
            raise FieldError.at(
                "total_artifacts", data_, TypeError(f"expected int, got {type(total_artifacts).__name__}")
            )
        total_versions = data_.get("total_versions", UNSET)
        if (
            not isinstance(total_versions, int) or total_versions is True or total_versions is False
        ) and not isinstance(total_versions, Unset):
            raise FieldError.at(
                "total_versions", data_, TypeError(f"expected int, got {type(total_versions).__name__}")
            )
        total_size_bytes = data_.get("total_size_bytes", UNSET)
        if (
            not isinstance(total_size_bytes, int) or total_size_bytes is True or total_size_bytes is False
        ) and not isinstance(total_size_bytes, Unset):
            raise FieldError.at(
                "total_size_bytes", data_, TypeError(f"expected int, got {type(total_size_bytes).__name__}")
            )
        try:
            _by_type = data_.get("by_type", UNSET)
            by_type: ArtifactStatsByType | Unset
            if isinstance(_by_type, Unset):
                by_type = UNSET
            else:
                by_type = ArtifactStatsByType.from_dict(_by_type)

        except Exception as error_:
            raise FieldError.at("by_type", data_, error_) from None
        instance_ = cls_(
            total_artifacts=total_artifacts,
            total_versions=total_versions,
            total_size_bytes=total_size_bytes,
            by_type=by_type,
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
from ..models.artifact_stats_by_type import ArtifactStatsByType  # noqa: E402
