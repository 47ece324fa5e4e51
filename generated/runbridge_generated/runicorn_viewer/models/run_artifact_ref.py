from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunArtifactRef")


@_attrs_define
class RunArtifactRef:
    """
    Attributes:
        name (str):
        type_ (str):
        version (int):
        size_bytes (int | Unset):
        created_at (float | None | Unset):
        description (None | str | Unset):
        aliases (list[str] | Unset):
        lifecycle_stage (str | Unset):
    """

    name: str
    type_: str
    version: int
    size_bytes: int | Unset = UNSET
    created_at: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    lifecycle_stage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        version = self.version

        size_bytes = self.size_bytes

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        lifecycle_stage = self.lifecycle_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "version": version,
            }
        )
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if lifecycle_stage is not UNSET:
            field_dict["lifecycle_stage"] = lifecycle_stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        version = d.pop("version")

        size_bytes = d.pop("size_bytes", UNSET)

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        lifecycle_stage = d.pop("lifecycle_stage", UNSET)

        instance_ = cls(
            name=name,
            type_=type_,
            version=version,
            size_bytes=size_bytes,
            created_at=created_at,
            description=description,
            aliases=aliases,
            lifecycle_stage=lifecycle_stage,
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
