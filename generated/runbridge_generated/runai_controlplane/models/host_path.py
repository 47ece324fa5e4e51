from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_path_mount_propagation import HostPathMountPropagation
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="HostPath")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("path", "readOnly", "mountPath", "mountPropagation"))


@_attrs_define
class HostPath:
    """
    Attributes:
        path (None | str | Unset):
        read_only (bool | None | Unset):  Default: True.
        mount_path (None | str | Unset):
        mount_propagation (HostPathMountPropagation | None | Unset):
    """

    path: None | str | Unset = UNSET
    read_only: bool | None | Unset = True
    mount_path: None | str | Unset = UNSET
    mount_propagation: HostPathMountPropagation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if path is not UNSET:
            fields_["path"] = path
        if read_only is not UNSET:
            fields_["readOnly"] = read_only
        if mount_path is not UNSET:
            fields_["mountPath"] = mount_path
        if mount_propagation is not UNSET:
            fields_["mountPropagation"] = mount_propagation

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _path = data_.get("path", UNSET)
            path: None | str | Unset
            if _path is None:
                path = None
            elif isinstance(_path, Unset):
                path = UNSET
            elif isinstance(_path, str):
                path = _path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_path).__name__}")

        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        try:
            _read_only = data_.get("readOnly", UNSET)
            read_only: bool | None | Unset
            if _read_only is None:
                read_only = None
            elif isinstance(_read_only, Unset):
                read_only = UNSET
            elif isinstance(_read_only, bool):
                read_only = _read_only
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_read_only).__name__}")

        except Exception as error_:
            raise FieldError.at("readOnly", data_, error_) from None
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
            _mount_propagation = data_.get("mountPropagation", UNSET)
            mount_propagation: HostPathMountPropagation | None | Unset
            if _mount_propagation is None:
                mount_propagation = None
            elif isinstance(_mount_propagation, Unset):
                mount_propagation = UNSET
            elif isinstance(_mount_propagation, str):
                mount_propagation_type_0 = HostPathMountPropagation(_mount_propagation)

                mount_propagation = mount_propagation_type_0

            else:
                raise TypeError(
                    f"expected HostPathMountPropagation | None | Unset, got {type(_mount_propagation).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("mountPropagation", data_, error_) from None
        instance_ = cls_(
            path=path,
            read_only=read_only,
            mount_path=mount_path,
            mount_propagation=mount_propagation,
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
