from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ArtifactSummary")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("name", "type", "num_versions", "latest_version", "size_bytes", "created_at", "updated_at", "aliases")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if num_versions is not UNSET:
            fields_["num_versions"] = num_versions
        if latest_version is not UNSET:
            fields_["latest_version"] = latest_version
        if size_bytes is not UNSET:
            fields_["size_bytes"] = size_bytes
        if created_at is not UNSET:
            fields_["created_at"] = created_at
        if updated_at is not UNSET:
            fields_["updated_at"] = updated_at
        if aliases is not UNSET:
            fields_["aliases"] = aliases

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
        num_versions = data_.get("num_versions", UNSET)
        if (not isinstance(num_versions, int) or num_versions is True or num_versions is False) and not isinstance(
            num_versions, Unset
        ):
            raise FieldError.at("num_versions", data_, TypeError(f"expected int, got {type(num_versions).__name__}"))
        latest_version = data_.get("latest_version", UNSET)
        if (
            not isinstance(latest_version, int) or latest_version is True or latest_version is False
        ) and not isinstance(latest_version, Unset):
            raise FieldError.at(
                "latest_version", data_, TypeError(f"expected int, got {type(latest_version).__name__}")
            )
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
            _aliases = data_.get("aliases", UNSET)
            aliases: ArtifactSummaryAliases | Unset
            if isinstance(_aliases, Unset):
                aliases = UNSET
            else:
                aliases = ArtifactSummaryAliases.from_dict(_aliases)

        except Exception as error_:
            raise FieldError.at("aliases", data_, error_) from None
        instance_ = cls_(
            name=name,
            type_=type_,
            num_versions=num_versions,
            latest_version=latest_version,
            size_bytes=size_bytes,
            created_at=created_at,
            updated_at=updated_at,
            aliases=aliases,
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
from ..models.artifact_summary_aliases import ArtifactSummaryAliases  # noqa: E402
