from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_path_mount_propagation import HostPathMountPropagation
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostPathInstance")


@_attrs_define
class HostPathInstance:
    """
    Attributes:
        name (None | str | Unset):
        path (None | str | Unset):
        read_only (bool | None | Unset):  Default: True.
        mount_path (None | str | Unset):
        mount_propagation (HostPathMountPropagation | None | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    read_only: bool | None | Unset = True
    mount_path: None | str | Unset = UNSET
    mount_propagation: HostPathMountPropagation | None | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        mount_propagation: None | str | Unset
        if isinstance(self.mount_propagation, Unset):
            mount_propagation = UNSET
        elif isinstance(self.mount_propagation, HostPathMountPropagation):
            mount_propagation = self.mount_propagation.value
        else:
            mount_propagation = self.mount_propagation

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if mount_path is not UNSET:
            field_dict["mountPath"] = mount_path
        if mount_propagation is not UNSET:
            field_dict["mountPropagation"] = mount_propagation
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only = _parse_read_only(d.pop("readOnly", UNSET))

        def _parse_mount_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mount_path = _parse_mount_path(d.pop("mountPath", UNSET))

        def _parse_mount_propagation(data: object) -> HostPathMountPropagation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mount_propagation_type_0 = HostPathMountPropagation(data)

                return mount_propagation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostPathMountPropagation | None | Unset, data)

        mount_propagation = _parse_mount_propagation(d.pop("mountPropagation", UNSET))

        def _parse_exclude(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude = _parse_exclude(d.pop("exclude", UNSET))

        instance_ = cls(
            name=name,
            path=path,
            read_only=read_only,
            mount_path=mount_path,
            mount_propagation=mount_propagation,
            exclude=exclude,
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
