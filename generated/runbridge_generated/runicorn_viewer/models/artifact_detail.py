from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ArtifactDetail")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "version",
        "created_at",
        "updated_at",
        "created_by_run",
        "created_by_user",
        "size_bytes",
        "num_files",
        "num_references",
        "status",
        "metadata",
        "description",
        "tags",
        "aliases",
        "manifest_digest",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "type": type_,
                "version": version,
            }
        )
        if created_at is not UNSET:
            fields_["created_at"] = created_at
        if updated_at is not UNSET:
            fields_["updated_at"] = updated_at
        if created_by_run is not UNSET:
            fields_["created_by_run"] = created_by_run
        if created_by_user is not UNSET:
            fields_["created_by_user"] = created_by_user
        if size_bytes is not UNSET:
            fields_["size_bytes"] = size_bytes
        if num_files is not UNSET:
            fields_["num_files"] = num_files
        if num_references is not UNSET:
            fields_["num_references"] = num_references
        if status is not UNSET:
            fields_["status"] = status
        if metadata is not UNSET:
            fields_["metadata"] = metadata
        if description is not UNSET:
            fields_["description"] = description
        if tags is not UNSET:
            fields_["tags"] = tags
        if aliases is not UNSET:
            fields_["aliases"] = aliases
        if manifest_digest is not UNSET:
            fields_["manifest_digest"] = manifest_digest

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            type_ = data_["type"]
            if not isinstance(type_, str):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        try:
            version = data_["version"]
            if not isinstance(version, int) or version is True or version is False:
                raise TypeError(f"expected int, got {type(version).__name__}")
        except Exception as error_:
            raise FieldError.at("version", data_, error_) from None
        try:
            _created_at = data_.get("created_at", UNSET)
            created_at: float | None | Unset
            if _created_at is None:
                created_at = None
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            elif isinstance(_created_at, (int, float)) and not isinstance(_created_at, bool):
                created_at = _created_at
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_created_at).__name__}")

        except Exception as error_:
            raise FieldError.at("created_at", data_, error_) from None
        try:
            _updated_at = data_.get("updated_at", UNSET)
            updated_at: float | None | Unset
            if _updated_at is None:
                updated_at = None
            elif isinstance(_updated_at, Unset):
                updated_at = UNSET
            elif isinstance(_updated_at, (int, float)) and not isinstance(_updated_at, bool):
                updated_at = _updated_at
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_updated_at).__name__}")

        except Exception as error_:
            raise FieldError.at("updated_at", data_, error_) from None
        try:
            _created_by_run = data_.get("created_by_run", UNSET)
            created_by_run: None | str | Unset
            if _created_by_run is None:
                created_by_run = None
            elif isinstance(_created_by_run, Unset):
                created_by_run = UNSET
            elif isinstance(_created_by_run, str):
                created_by_run = _created_by_run
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_created_by_run).__name__}")

        except Exception as error_:
            raise FieldError.at("created_by_run", data_, error_) from None
        try:
            _created_by_user = data_.get("created_by_user", UNSET)
            created_by_user: None | str | Unset
            if _created_by_user is None:
                created_by_user = None
            elif isinstance(_created_by_user, Unset):
                created_by_user = UNSET
            elif isinstance(_created_by_user, str):
                created_by_user = _created_by_user
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_created_by_user).__name__}")

        except Exception as error_:
            raise FieldError.at("created_by_user", data_, error_) from None
        size_bytes = data_.get("size_bytes", UNSET)
        if (not isinstance(size_bytes, int) or size_bytes is True or size_bytes is False) and not isinstance(
            size_bytes, Unset
        ):
            raise FieldError.at("size_bytes", data_, TypeError(f"expected int, got {type(size_bytes).__name__}"))
        num_files = data_.get("num_files", UNSET)
        if (not isinstance(num_files, int) or num_files is True or num_files is False) and not isinstance(
            num_files, Unset
        ):
            raise FieldError.at("num_files", data_, TypeError(f"expected int, got {type(num_files).__name__}"))
        num_references = data_.get("num_references", UNSET)
        if (
            not isinstance(num_references, int) or num_references is True or num_references is False
        ) and not isinstance(num_references, Unset):
            raise FieldError.at(
                "num_references", data_, TypeError(f"expected int, got {type(num_references).__name__}")
            )
        status = data_.get("status", UNSET)
        if (not isinstance(status, str)) and not isinstance(status, Unset):
            raise FieldError.at("status", data_, TypeError(f"expected str, got {type(status).__name__}"))
        try:
            _metadata = data_.get("metadata", UNSET)
            metadata: ArtifactDetailMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ArtifactDetailMetadata.from_dict(_metadata)

        except Exception as error_:
            raise FieldError.at("metadata", data_, error_) from None
        try:
            _description = data_.get("description", UNSET)
            description: None | str | Unset
            if _description is None:
                description = None
            elif isinstance(_description, Unset):
                description = UNSET
            elif isinstance(_description, str):
                description = _description
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_description).__name__}")

        except Exception as error_:
            raise FieldError.at("description", data_, error_) from None
        try:
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        try:
            aliases = cast_(list[str], checked_scalars_(data_.get("aliases", UNSET), str))

        except Exception as error_:
            raise FieldError.at("aliases", data_, error_) from None
        try:
            _manifest_digest = data_.get("manifest_digest", UNSET)
            manifest_digest: None | str | Unset
            if _manifest_digest is None:
                manifest_digest = None
            elif isinstance(_manifest_digest, Unset):
                manifest_digest = UNSET
            elif isinstance(_manifest_digest, str):
                manifest_digest = _manifest_digest
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_manifest_digest).__name__}")

        except Exception as error_:
            raise FieldError.at("manifest_digest", data_, error_) from None
        instance_ = cls_(
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
from ..models.artifact_detail_metadata import ArtifactDetailMetadata  # noqa: E402
