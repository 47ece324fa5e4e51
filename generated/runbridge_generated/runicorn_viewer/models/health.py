from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_cache import HealthCache
    from ..models.storage_backend import StorageBackend


T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """
    Attributes:
        status (str): "ok" on every released viewer
        version (str | Unset):
        storage (str | Unset):
        storage_backend (StorageBackend | Unset):
        cache (HealthCache | Unset):
    """

    status: str
    version: str | Unset = UNSET
    storage: str | Unset = UNSET
    storage_backend: StorageBackend | Unset = UNSET
    cache: HealthCache | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        version = self.version

        storage = self.storage

        storage_backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_backend, Unset):
            storage_backend = self.storage_backend.to_dict()

        cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache, Unset):
            cache = self.cache.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if storage is not UNSET:
            field_dict["storage"] = storage
        if storage_backend is not UNSET:
            field_dict["storage_backend"] = storage_backend
        if cache is not UNSET:
            field_dict["cache"] = cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_cache import HealthCache  # noqa: PLC0415
        from ..models.storage_backend import StorageBackend  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        version = d.pop("version", UNSET)

        storage = d.pop("storage", UNSET)

        _storage_backend = d.pop("storage_backend", UNSET)
        storage_backend: StorageBackend | Unset
        if isinstance(_storage_backend, Unset):
            storage_backend = UNSET
        else:
            storage_backend = StorageBackend.from_dict(_storage_backend)

        _cache = d.pop("cache", UNSET)
        cache: HealthCache | Unset
        if isinstance(_cache, Unset):
            cache = UNSET
        else:
            cache = HealthCache.from_dict(_cache)

        instance_ = cls(
            status=status,
            version=version,
            storage=storage,
            storage_backend=storage_backend,
            cache=cache,
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
