from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Health")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("status", "version", "storage", "storage_backend", "cache"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "status": status,
            }
        )
        if version is not UNSET:
            fields_["version"] = version
        if storage is not UNSET:
            fields_["storage"] = storage
        if storage_backend is not UNSET:
            fields_["storage_backend"] = storage_backend
        if cache is not UNSET:
            fields_["cache"] = cache

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            status = data_["status"]
            if not isinstance(status, str):
                raise TypeError(f"expected str, got {type(status).__name__}")
        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        version = data_.get("version", UNSET)
        if (not isinstance(version, str)) and not isinstance(version, Unset):
            raise FieldError.at("version", data_, TypeError(f"expected str, got {type(version).__name__}"))
        storage = data_.get("storage", UNSET)
        if (not isinstance(storage, str)) and not isinstance(storage, Unset):
            raise FieldError.at("storage", data_, TypeError(f"expected str, got {type(storage).__name__}"))
        try:
            _storage_backend = data_.get("storage_backend", UNSET)
            storage_backend: StorageBackend | Unset
            if isinstance(_storage_backend, Unset):
                storage_backend = UNSET
            else:
                storage_backend = StorageBackend.from_dict(_storage_backend)

        except Exception as error_:
            raise FieldError.at("storage_backend", data_, error_) from None
        try:
            _cache = data_.get("cache", UNSET)
            cache: HealthCache | Unset
            if isinstance(_cache, Unset):
                cache = UNSET
            else:
                cache = HealthCache.from_dict(_cache)

        except Exception as error_:
            raise FieldError.at("cache", data_, error_) from None
        instance_ = cls_(
            status=status,
            version=version,
            storage=storage,
            storage_backend=storage_backend,
            cache=cache,
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
from ..models.health_cache import HealthCache  # noqa: E402
from ..models.storage_backend import StorageBackend  # noqa: E402
