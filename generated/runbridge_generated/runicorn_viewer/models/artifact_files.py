from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_file import ArtifactFile
    from ..models.artifact_files_references_item import ArtifactFilesReferencesItem


T = TypeVar("T", bound="ArtifactFiles")


@_attrs_define
class ArtifactFiles:
    """
    Attributes:
        artifact (str):
        files (list[ArtifactFile]):
        references (list[ArtifactFilesReferencesItem] | Unset):
        total_size (int | Unset):
        total_files (int | Unset):
        total_references (int | Unset):
        is_remote (bool | Unset):
    """

    artifact: str
    files: list[ArtifactFile]
    references: list[ArtifactFilesReferencesItem] | Unset = UNSET
    total_size: int | Unset = UNSET
    total_files: int | Unset = UNSET
    total_references: int | Unset = UNSET
    is_remote: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifact = self.artifact

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        total_size = self.total_size

        total_files = self.total_files

        total_references = self.total_references

        is_remote = self.is_remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "artifact": artifact,
                "files": files,
            }
        )
        if references is not UNSET:
            field_dict["references"] = references
        if total_size is not UNSET:
            field_dict["total_size"] = total_size
        if total_files is not UNSET:
            field_dict["total_files"] = total_files
        if total_references is not UNSET:
            field_dict["total_references"] = total_references
        if is_remote is not UNSET:
            field_dict["is_remote"] = is_remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_file import ArtifactFile  # noqa: PLC0415
        from ..models.artifact_files_references_item import ArtifactFilesReferencesItem  # noqa: PLC0415

        d = dict(src_dict)
        artifact = d.pop("artifact")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ArtifactFile.from_dict(files_item_data)

            files.append(files_item)

        _references = d.pop("references", UNSET)
        references: list[ArtifactFilesReferencesItem] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = ArtifactFilesReferencesItem.from_dict(references_item_data)

                references.append(references_item)

        total_size = d.pop("total_size", UNSET)

        total_files = d.pop("total_files", UNSET)

        total_references = d.pop("total_references", UNSET)

        is_remote = d.pop("is_remote", UNSET)

        instance_ = cls(
            artifact=artifact,
            files=files,
            references=references,
            total_size=total_size,
            total_files=total_files,
            total_references=total_references,
            is_remote=is_remote,
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
