from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactVersion")


@_attrs_define
class ArtifactVersion:
    """
    Attributes:
        version (int):
        created_at (float | None | Unset):
        created_by_run (None | str | Unset):
        size_bytes (int | Unset):
        num_files (int | Unset):
        status (str | Unset):
        aliases (list[str] | Unset):
    """

    version: int
    created_at: float | None | Unset = UNSET
    created_by_run: None | str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    num_files: int | Unset = UNSET
    status: str | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by_run: None | str | Unset
        if isinstance(self.created_by_run, Unset):
            created_by_run = UNSET
        else:
            created_by_run = self.created_by_run

        size_bytes = self.size_bytes

        num_files = self.num_files

        status = self.status

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_run is not UNSET:
            field_dict["created_by_run"] = created_by_run
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if num_files is not UNSET:
            field_dict["num_files"] = num_files
        if status is not UNSET:
            field_dict["status"] = status
        if aliases is not UNSET:
            field_dict["aliases"] = aliases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by_run(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_run = _parse_created_by_run(d.pop("created_by_run", UNSET))

        size_bytes = d.pop("size_bytes", UNSET)

        num_files = d.pop("num_files", UNSET)

        status = d.pop("status", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        instance_ = cls(
            version=version,
            created_at=created_at,
            created_by_run=created_by_run,
            size_bytes=size_bytes,
            num_files=num_files,
            status=status,
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
