from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_detail_metadata import ArtifactDetailMetadata


T = TypeVar("T", bound="ArtifactDetail")


@_attrs_define
class ArtifactDetail:
    """
    Attributes:
        name (str):
        type_ (str):
        version (int):
        created_at (float | None | Unset):
        updated_at (float | None | Unset):
        created_by_run (None | str | Unset):
        created_by_user (None | str | Unset):
        size_bytes (int | Unset):
        num_files (int | Unset):
        num_references (int | Unset):
        status (str | Unset):
        metadata (ArtifactDetailMetadata | Unset):
        description (None | str | Unset):
        tags (list[str] | Unset):
        aliases (list[str] | Unset):
        manifest_digest (None | str | Unset):
    """

    name: str
    type_: str
    version: int
    created_at: float | None | Unset = UNSET
    updated_at: float | None | Unset = UNSET
    created_by_run: None | str | Unset = UNSET
    created_by_user: None | str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    num_files: int | Unset = UNSET
    num_references: int | Unset = UNSET
    status: str | Unset = UNSET
    metadata: ArtifactDetailMetadata | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    manifest_digest: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        version = self.version

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

        created_by_run: None | str | Unset
        if isinstance(self.created_by_run, Unset):
            created_by_run = UNSET
        else:
            created_by_run = self.created_by_run

        created_by_user: None | str | Unset
        if isinstance(self.created_by_user, Unset):
            created_by_user = UNSET
        else:
            created_by_user = self.created_by_user

        size_bytes = self.size_bytes

        num_files = self.num_files

        num_references = self.num_references

        status = self.status

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        manifest_digest: None | str | Unset
        if isinstance(self.manifest_digest, Unset):
            manifest_digest = UNSET
        else:
            manifest_digest = self.manifest_digest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "version": version,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by_run is not UNSET:
            field_dict["created_by_run"] = created_by_run
        if created_by_user is not UNSET:
            field_dict["created_by_user"] = created_by_user
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if num_files is not UNSET:
            field_dict["num_files"] = num_files
        if num_references is not UNSET:
            field_dict["num_references"] = num_references
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if manifest_digest is not UNSET:
            field_dict["manifest_digest"] = manifest_digest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_detail_metadata import ArtifactDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        version = d.pop("version")

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

        def _parse_created_by_run(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_run = _parse_created_by_run(d.pop("created_by_run", UNSET))

        def _parse_created_by_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_user = _parse_created_by_user(d.pop("created_by_user", UNSET))

        size_bytes = d.pop("size_bytes", UNSET)

        num_files = d.pop("num_files", UNSET)

        num_references = d.pop("num_references", UNSET)

        status = d.pop("status", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ArtifactDetailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ArtifactDetailMetadata.from_dict(_metadata)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        def _parse_manifest_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manifest_digest = _parse_manifest_digest(d.pop("manifest_digest", UNSET))

        instance_ = cls(
            name=name,
            type_=type_,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            created_by_run=created_by_run,
            created_by_user=created_by_user,
            size_bytes=size_bytes,
            num_files=num_files,
            num_references=num_references,
            status=status,
            metadata=metadata,
            description=description,
            tags=tags,
            aliases=aliases,
            manifest_digest=manifest_digest,
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
