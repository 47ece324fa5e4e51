from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="RunArtifactRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("name", "type", "version", "size_bytes", "created_at", "description", "aliases", "lifecycle_stage")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "type": type_,
                "version": version,
            }
        )
        if size_bytes is not UNSET:
            fields_["size_bytes"] = size_bytes
        if created_at is not UNSET:
            fields_["created_at"] = created_at
        if description is not UNSET:
            fields_["description"] = description
        if aliases is not UNSET:
            fields_["aliases"] = aliases
        if lifecycle_stage is not UNSET:
            fields_["lifecycle_stage"] = lifecycle_stage

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
        size_bytes = data_.get("size_bytes", UNSET)
        if (not isinstance(size_bytes, int) or size_bytes is True or size_bytes is False) and not isinstance(
            size_bytes, Unset
        ):
            raise FieldError.at("size_bytes", data_, TypeError(f"expected int, got {type(size_bytes).__name__}"))
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
            aliases = cast_(list[str], checked_scalars_(data_.get("aliases", UNSET), str))

        except Exception as error_:
            raise FieldError.at("aliases", data_, error_) from None
        lifecycle_stage = data_.get("lifecycle_stage", UNSET)
        if (not isinstance(lifecycle_stage, str)) and not isinstance(lifecycle_stage, Unset):
            raise FieldError.at(
                "lifecycle_stage", data_, TypeError(f"expected str, got {type(lifecycle_stage).__name__}")
            )
        instance_ = cls_(
            name=name,
            type_=type_,
            version=version,
            size_bytes=size_bytes,
            created_at=created_at,
            description=description,
            aliases=aliases,
            lifecycle_stage=lifecycle_stage,
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
