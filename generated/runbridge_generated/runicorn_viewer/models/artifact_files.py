from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ArtifactFiles")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("artifact", "files", "references", "total_size", "total_files", "total_references", "is_remote")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "artifact": artifact,
                "files": files,
            }
        )
        if references is not UNSET:
            fields_["references"] = references
        if total_size is not UNSET:
            fields_["total_size"] = total_size
        if total_files is not UNSET:
            fields_["total_files"] = total_files
        if total_references is not UNSET:
            fields_["total_references"] = total_references
        if is_remote is not UNSET:
            fields_["is_remote"] = is_remote

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            artifact = data_["artifact"]
            if not isinstance(artifact, str):
                raise TypeError(f"expected str, got {type(artifact).__name__}")
        except Exception as error_:
            raise FieldError.at("artifact", data_, error_) from None
        try:
            _files = data_["files"]
            if not isinstance(_files, list):
                raise TypeError(f"expected a list, got {type(_files).__name__}")
            files = []
            for files_item_index_, files_item_data in enumerate(_files):
                try:
                    files_item = ArtifactFile.from_dict(files_item_data)

                except Exception as error_:
                    raise FieldError.at(files_item_index_, _files, error_) from None
                files.append(files_item)

        except Exception as error_:
            raise FieldError.at("files", data_, error_) from None
        try:
            _references = data_.get("references", UNSET)
            references: list[ArtifactFilesReferencesItem] | Unset = UNSET
            if _references is not UNSET:
                if not isinstance(_references, list):
                    raise TypeError(f"expected a list, got {type(_references).__name__}")
                references = []
                for references_item_index_, references_item_data in enumerate(_references):
                    try:
                        references_item = ArtifactFilesReferencesItem.from_dict(references_item_data)

                    except Exception as error_:
                        raise FieldError.at(references_item_index_, _references, error_) from None
                    references.append(references_item)

        except Exception as error_:
            raise FieldError.at("references", data_, error_) from None
        total_size = data_.get("total_size", UNSET)
        if (not isinstance(total_size, int) or total_size is True or total_size is False) and not isinstance(
            total_size, Unset
        ):
            raise FieldError.at("total_size", data_, TypeError(f"expected int, got {type(total_size).__name__}"))
        total_files = data_.get("total_files", UNSET)
        if (not isinstance(total_files, int) or total_files is True or total_files is False) and not isinstance(
            total_files, Unset
        ):
            raise FieldError.at("total_files", data_, TypeError(f"expected int, got {type(total_files).__name__}"))
        total_references = data_.get("total_references", UNSET)
        if (
            not isinstance(total_references, int) or total_references is True or total_references is False
        ) and not isinstance(total_references, Unset):
            raise FieldError.at(
                "total_references", data_, TypeError(f"expected int, got {type(total_references).__name__}")
            )
        is_remote = data_.get("is_remote", UNSET)
        if (not isinstance(is_remote, bool)) and not isinstance(is_remote, Unset):
            raise FieldError.at("is_remote", data_, TypeError(f"expected bool, got {type(is_remote).__name__}"))
        instance_ = cls_(
            artifact=artifact,
            files=files,
            references=references,
            total_size=total_size,
            total_files=total_files,
            total_references=total_references,
            is_remote=is_remote,
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
from ..models.artifact_file import ArtifactFile  # noqa: E402
from ..models.artifact_files_references_item import ArtifactFilesReferencesItem  # noqa: E402
