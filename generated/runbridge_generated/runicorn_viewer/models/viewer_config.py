from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_backend import StorageBackend


T = TypeVar("T", bound="ViewerConfig")


@_attrs_define
class ViewerConfig:
    """
    Attributes:
        user_root_dir (None | str | Unset):
        storage (None | str | Unset):
        config_file (None | str | Unset):
        home_directory (None | str | Unset):
        storage_backend (StorageBackend | Unset):
    """

    user_root_dir: None | str | Unset = UNSET
    storage: None | str | Unset = UNSET
    config_file: None | str | Unset = UNSET
    home_directory: None | str | Unset = UNSET
    storage_backend: StorageBackend | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_root_dir: None | str | Unset
        if isinstance(self.user_root_dir, Unset):
            user_root_dir = UNSET
        else:
            user_root_dir = self.user_root_dir

        storage: None | str | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        config_file: None | str | Unset
        if isinstance(self.config_file, Unset):
            config_file = UNSET
        else:
            config_file = self.config_file

        home_directory: None | str | Unset
        if isinstance(self.home_directory, Unset):
            home_directory = UNSET
        else:
            home_directory = self.home_directory

        storage_backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_backend, Unset):
            storage_backend = self.storage_backend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_root_dir is not UNSET:
            field_dict["user_root_dir"] = user_root_dir
        if storage is not UNSET:
            field_dict["storage"] = storage
        if config_file is not UNSET:
            field_dict["config_file"] = config_file
        if home_directory is not UNSET:
            field_dict["home_directory"] = home_directory
        if storage_backend is not UNSET:
            field_dict["storage_backend"] = storage_backend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_backend import StorageBackend  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_user_root_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_root_dir = _parse_user_root_dir(d.pop("user_root_dir", UNSET))

        def _parse_storage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage = _parse_storage(d.pop("storage", UNSET))

        def _parse_config_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_file = _parse_config_file(d.pop("config_file", UNSET))

        def _parse_home_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_directory = _parse_home_directory(d.pop("home_directory", UNSET))

        _storage_backend = d.pop("storage_backend", UNSET)
        storage_backend: StorageBackend | Unset
        if isinstance(_storage_backend, Unset):
            storage_backend = UNSET
        else:
            storage_backend = StorageBackend.from_dict(_storage_backend)

        instance_ = cls(
            user_root_dir=user_root_dir,
            storage=storage,
            config_file=config_file,
            home_directory=home_directory,
            storage_backend=storage_backend,
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
