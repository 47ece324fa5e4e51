from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ArtifactVersion")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("version", "created_at", "created_by_run", "size_bytes", "num_files", "status", "aliases")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "version": version,
            }
        )
        if created_at is not UNSET:
            fields_["created_at"] = created_at
        if created_by_run is not UNSET:
            fields_["created_by_run"] = created_by_run
        if size_bytes is not UNSET:
            fields_["size_bytes"] = size_bytes
        if num_files is not UNSET:
            fields_["num_files"] = num_files
        if status is not UNSET:
            fields_["status"] = status
        if aliases is not UNSET:
            fields_["aliases"] = aliases

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
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
        status = data_.get("status", UNSET)
        if (not isinstance(status, str)) and not isinstance(status, Unset):
            raise FieldError.at("status", data_, TypeError(f"expected str, got {type(status).__name__}"))
        try:
            aliases = cast_(list[str], checked_scalars_(data_.get("aliases", UNSET), str))

        except Exception as error_:
            raise FieldError.at("aliases", data_, error_) from None
        instance_ = cls_(
            version=version,
            created_at=created_at,
            created_by_run=created_by_run,
            size_bytes=size_bytes,
            num_files=num_files,
            status=status,
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
