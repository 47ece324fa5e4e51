from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactFile")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if digest is not UNSET:
            field_dict["digest"] = digest
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if absolute_path is not UNSET:
            field_dict["absolute_path"] = absolute_path
        if is_remote is not UNSET:
            field_dict["is_remote"] = is_remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        size = d.pop("size", UNSET)

        digest = d.pop("digest", UNSET)

        def _parse_modified_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_absolute_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        absolute_path = _parse_absolute_path(d.pop("absolute_path", UNSET))

        is_remote = d.pop("is_remote", UNSET)

        instance_ = cls(
            path=path,
            size=size,
            digest=digest,
            modified_at=modified_at,
            absolute_path=absolute_path,
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
