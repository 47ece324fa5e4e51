from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ArtifactFile")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("path", "size", "digest", "modified_at", "absolute_path", "is_remote"))


@_attrs_define
class ArtifactFile:
    """
    Attributes:
        path (str):
        size (int | Unset):
        digest (str | Unset):
        modified_at (float | None | Unset):
        absolute_path (None | str | Unset):
        is_remote (bool | Unset):
    """

    path: str
    size: int | Unset = UNSET
    digest: str | Unset = UNSET
    modified_at: float | None | Unset = UNSET
    absolute_path: None | str | Unset = UNSET
    is_remote: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        size = self.size

        digest = self.digest

        modified_at: float | None | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = self.modified_at

        absolute_path: None | str | Unset
        if isinstance(self.absolute_path, Unset):
            absolute_path = UNSET
        else:
            absolute_path = self.absolute_path

        is_remote = self.is_remote

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "path": path,
            }
        )
        if size is not UNSET:
            fields_["size"] = size
        if digest is not UNSET:
            fields_["digest"] = digest
        if modified_at is not UNSET:
            fields_["modified_at"] = modified_at
        if absolute_path is not UNSET:
            fields_["absolute_path"] = absolute_path
        if is_remote is not UNSET:
            fields_["is_remote"] = is_remote

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            path = data_["path"]
            if not isinstance(path, str):
                raise TypeError(f"expected str, got {type(path).__name__}")
        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        size = data_.get("size", UNSET)
        if (not isinstance(size, int) or size is True or size is False) and not isinstance(size, Unset):
            raise FieldError.at("size", data_, TypeError(f"expected int, got {type(size).__name__}"))
        digest = data_.get("digest", UNSET)
        if (not isinstance(digest, str)) and not isinstance(digest, Unset):
            raise FieldError.at("digest", data_, TypeError(f"expected str, got {type(digest).__name__}"))
        try:
            _modified_at = data_.get("modified_at", UNSET)
            modified_at: float | None | Unset
            if _modified_at is None:
                modified_at = None
            elif isinstance(_modified_at, Unset):
                modified_at = UNSET
            elif isinstance(_modified_at, (int, float)) and not isinstance(_modified_at, bool):
                modified_at = _modified_at
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_modified_at).__name__}")

        except Exception as error_:
            raise FieldError.at("modified_at", data_, error_) from None
        try:
            _absolute_path = data_.get("absolute_path", UNSET)
            absolute_path: None | str | Unset
            if _absolute_path is None:
                absolute_path = None
            elif isinstance(_absolute_path, Unset):
                absolute_path = UNSET
            elif isinstance(_absolute_path, str):
                absolute_path = _absolute_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_absolute_path).__name__}")

        except Exception as error_:
            raise FieldError.at("absolute_path", data_, error_) from None
        is_remote = data_.get("is_remote", UNSET)
        if (not isinstance(is_remote, bool)) and not isinstance(is_remote, Unset):
            raise FieldError.at("is_remote", data_, TypeError(f"expected bool, got {type(is_remote).__name__}"))
        instance_ = cls_(
            path=path,
            size=size,
            digest=digest,
            modified_at=modified_at,
            absolute_path=absolute_path,
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
