from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ConfigMapInstance")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "configMap", "mountPath", "subPath", "defaultMode", "exclude"))


@_attrs_define
class ConfigMapInstance:
    """
    Attributes:
        name (None | str | Unset):
        config_map (None | str | Unset):
        mount_path (None | str | Unset):
        sub_path (None | str | Unset):
        default_mode (str | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    name: None | str | Unset = UNSET
    config_map: None | str | Unset = UNSET
    mount_path: None | str | Unset = UNSET
    sub_path: None | str | Unset = UNSET
    default_mode: str | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        config_map: None | str | Unset
        if isinstance(self.config_map, Unset):
            config_map = UNSET
        else:
            config_map = self.config_map

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        sub_path: None | str | Unset
        if isinstance(self.sub_path, Unset):
            sub_path = UNSET
        else:
            sub_path = self.sub_path

        default_mode = self.default_mode

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if config_map is not UNSET:
            fields_["configMap"] = config_map
        if mount_path is not UNSET:
            fields_["mountPath"] = mount_path
        if sub_path is not UNSET:
            fields_["subPath"] = sub_path
        if default_mode is not UNSET:
            fields_["defaultMode"] = default_mode
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _name = data_.get("name", UNSET)
            name: None | str | Unset
            if _name is None:
                name = None
            elif isinstance(_name, Unset):
                name = UNSET
            elif isinstance(_name, str):
                name = _name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_name).__name__}")

        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            _config_map = data_.get("configMap", UNSET)
            config_map: None | str | Unset
            if _config_map is None:
                config_map = None
            elif isinstance(_config_map, Unset):
                config_map = UNSET
            elif isinstance(_config_map, str):
                config_map = _config_map
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_config_map).__name__}")

        except Exception as error_:
            raise FieldError.at("configMap", data_, error_) from None
        try:
            _mount_path = data_.get("mountPath", UNSET)
            mount_path: None | str | Unset
            if _mount_path is None:
                mount_path = None
            elif isinstance(_mount_path, Unset):
                mount_path = UNSET
            elif isinstance(_mount_path, str):
                mount_path = _mount_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_mount_path).__name__}")

        except Exception as error_:
            raise FieldError.at("mountPath", data_, error_) from None
        try:
            _sub_path = data_.get("subPath", UNSET)
            sub_path: None | str | Unset
            if _sub_path is None:
                sub_path = None
            elif isinstance(_sub_path, Unset):
                sub_path = UNSET
            elif isinstance(_sub_path, str):
                sub_path = _sub_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_sub_path).__name__}")

        except Exception as error_:
            raise FieldError.at("subPath", data_, error_) from None
        default_mode = data_.get("defaultMode", UNSET)
        if (not isinstance(default_mode, str)) and not isinstance(default_mode, Unset):
            raise FieldError.at("defaultMode", data_, TypeError(f"expected str, got {type(default_mode).__name__}"))
        try:
            _exclude = data_.get("exclude", UNSET)
            exclude: bool | None | Unset
            if _exclude is None:
                exclude = None
            elif isinstance(_exclude, Unset):
                exclude = UNSET
            elif isinstance(_exclude, bool):
                exclude = _exclude
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_exclude).__name__}")

        except Exception as error_:
            raise FieldError.at("exclude", data_, error_) from None
        instance_ = cls_(
            name=name,
            config_map=config_map,
            mount_path=mount_path,
            sub_path=sub_path,
            default_mode=default_mode,
            exclude=exclude,
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
