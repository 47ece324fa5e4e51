from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ViewerConfig")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("user_root_dir", "storage", "config_file", "home_directory", "storage_backend"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if user_root_dir is not UNSET:
            fields_["user_root_dir"] = user_root_dir
        if storage is not UNSET:
            fields_["storage"] = storage
        if config_file is not UNSET:
            fields_["config_file"] = config_file
        if home_directory is not UNSET:
            fields_["home_directory"] = home_directory
        if storage_backend is not UNSET:
            fields_["storage_backend"] = storage_backend

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _user_root_dir = data_.get("user_root_dir", UNSET)
            user_root_dir: None | str | Unset
            if _user_root_dir is None:
                user_root_dir = None
            elif isinstance(_user_root_dir, Unset):
                user_root_dir = UNSET
            elif isinstance(_user_root_dir, str):
                user_root_dir = _user_root_dir
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_user_root_dir).__name__}")

        except Exception as error_:
            raise FieldError.at("user_root_dir", data_, error_) from None
        try:
            _storage = data_.get("storage", UNSET)
            storage: None | str | Unset
            if _storage is None:
                storage = None
            elif isinstance(_storage, Unset):
                storage = UNSET
            elif isinstance(_storage, str):
                storage = _storage
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_storage).__name__}")

        except Exception as error_:
            raise FieldError.at("storage", data_, error_) from None
        try:
            _config_file = data_.get("config_file", UNSET)
            config_file: None | str | Unset
            if _config_file is None:
                config_file = None
            elif isinstance(_config_file, Unset):
                config_file = UNSET
            elif isinstance(_config_file, str):
                config_file = _config_file
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_config_file).__name__}")

        except Exception as error_:
            raise FieldError.at("config_file", data_, error_) from None
        try:
            _home_directory = data_.get("home_directory", UNSET)
            home_directory: None | str | Unset
            if _home_directory is None:
                home_directory = None
            elif isinstance(_home_directory, Unset):
                home_directory = UNSET
            elif isinstance(_home_directory, str):
                home_directory = _home_directory
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_home_directory).__name__}")

        except Exception as error_:
            raise FieldError.at("home_directory", data_, error_) from None
        try:
            _storage_backend = data_.get("storage_backend", UNSET)
            storage_backend: StorageBackend | Unset
            if isinstance(_storage_backend, Unset):
                storage_backend = UNSET
            else:
                storage_backend = StorageBackend.from_dict(_storage_backend)

        except Exception as error_:
            raise FieldError.at("storage_backend", data_, error_) from None
        instance_ = cls_(
            user_root_dir=user_root_dir,
            storage=storage,
            config_file=config_file,
            home_directory=home_directory,
            storage_backend=storage_backend,
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
from ..models.storage_backend import StorageBackend  # noqa: E402
