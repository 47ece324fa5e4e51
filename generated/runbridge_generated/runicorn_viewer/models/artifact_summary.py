from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_summary_aliases import ArtifactSummaryAliases


T = TypeVar("T", bound="ArtifactSummary")


@_attrs_define
class ArtifactSummary:
    """
    Attributes:
        name (str):
        type_ (str):
        num_versions (int | Unset):
        latest_version (int | Unset):
        size_bytes (int | Unset):
        created_at (float | None | Unset):
        updated_at (float | None | Unset):
        aliases (ArtifactSummaryAliases | Unset):
    """

    name: str
    type_: str
    num_versions: int | Unset = UNSET
    latest_version: int | Unset = UNSET
    size_bytes: int | Unset = UNSET
    created_at: float | None | Unset = UNSET
    updated_at: float | None | Unset = UNSET
    aliases: ArtifactSummaryAliases | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        num_versions = self.num_versions

        latest_version = self.latest_version

        size_bytes = self.size_bytes

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: float | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if num_versions is not UNSET:
            field_dict["num_versions"] = num_versions
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if aliases is not UNSET:
            field_dict["aliases"] = aliases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_summary_aliases import ArtifactSummaryAliases  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        num_versions = d.pop("num_versions", UNSET)

        latest_version = d.pop("latest_version", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _aliases = d.pop("aliases", UNSET)
        aliases: ArtifactSummaryAliases | Unset
        if isinstance(_aliases, Unset):
            aliases = UNSET
        else:
            aliases = ArtifactSummaryAliases.from_dict(_aliases)

        instance_ = cls(
            name=name,
            type_=type_,
            num_versions=num_versions,
            latest_version=latest_version,
            size_bytes=size_bytes,
            created_at=created_at,
            updated_at=updated_at,
            aliases=aliases,
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
