from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigMapVolume")


@_attrs_define
class ConfigMapVolume:
    """
    Attributes:
        config_map (None | str | Unset):
        mount_path (None | str | Unset):
        sub_path (None | str | Unset):
        default_mode (str | Unset):
    """

    config_map: None | str | Unset = UNSET
    mount_path: None | str | Unset = UNSET
    sub_path: None | str | Unset = UNSET
    default_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_map is not UNSET:
            field_dict["configMap"] = config_map
        if mount_path is not UNSET:
            field_dict["mountPath"] = mount_path
        if sub_path is not UNSET:
            field_dict["subPath"] = sub_path
        if default_mode is not UNSET:
            field_dict["defaultMode"] = default_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_config_map(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_map = _parse_config_map(d.pop("configMap", UNSET))

        def _parse_mount_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mount_path = _parse_mount_path(d.pop("mountPath", UNSET))

        def _parse_sub_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_path = _parse_sub_path(d.pop("subPath", UNSET))

        default_mode = d.pop("defaultMode", UNSET)

        instance_ = cls(
            config_map=config_map,
            mount_path=mount_path,
            sub_path=sub_path,
            default_mode=default_mode,
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
