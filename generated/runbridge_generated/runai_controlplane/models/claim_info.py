from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pvc_volume_mode import PvcVolumeMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pvc_access_modes import PvcAccessModes
    from ..models.pvc_added_attr_value import PvcAddedAttrValue


T = TypeVar("T", bound="ClaimInfo")


@_attrs_define
class ClaimInfo:
    """
    Attributes:
        size (str | Unset):
        storage_class (None | str | Unset):
        access_modes (None | PvcAccessModes | Unset):
        volume_mode (None | PvcVolumeMode | Unset):
        added_attr_values (list[PvcAddedAttrValue] | Unset):
    """

    size: str | Unset = UNSET
    storage_class: None | str | Unset = UNSET
    access_modes: None | PvcAccessModes | Unset = UNSET
    volume_mode: None | PvcVolumeMode | Unset = UNSET
    added_attr_values: list[PvcAddedAttrValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pvc_access_modes import PvcAccessModes  # noqa: PLC0415

        size = self.size

        storage_class: None | str | Unset
        if isinstance(self.storage_class, Unset):
            storage_class = UNSET
        else:
            storage_class = self.storage_class

        access_modes: dict[str, Any] | None | Unset
        if isinstance(self.access_modes, Unset):
            access_modes = UNSET
        elif isinstance(self.access_modes, PvcAccessModes):
            access_modes = self.access_modes.to_dict()
        else:
            access_modes = self.access_modes

        volume_mode: None | str | Unset
        if isinstance(self.volume_mode, Unset):
            volume_mode = UNSET
        elif isinstance(self.volume_mode, PvcVolumeMode):
            volume_mode = self.volume_mode.value
        else:
            volume_mode = self.volume_mode

        added_attr_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added_attr_values, Unset):
            added_attr_values = []
            for componentsschemas_pvc_added_attr_values_item_data in self.added_attr_values:
                componentsschemas_pvc_added_attr_values_item = (
                    componentsschemas_pvc_added_attr_values_item_data.to_dict()
                )
                added_attr_values.append(componentsschemas_pvc_added_attr_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if storage_class is not UNSET:
            field_dict["storageClass"] = storage_class
        if access_modes is not UNSET:
            field_dict["accessModes"] = access_modes
        if volume_mode is not UNSET:
            field_dict["volumeMode"] = volume_mode
        if added_attr_values is not UNSET:
            field_dict["addedAttrValues"] = added_attr_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pvc_access_modes import PvcAccessModes  # noqa: PLC0415
        from ..models.pvc_added_attr_value import PvcAddedAttrValue  # noqa: PLC0415

        d = dict(src_dict)
        size = d.pop("size", UNSET)

        def _parse_storage_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_class = _parse_storage_class(d.pop("storageClass", UNSET))

        def _parse_access_modes(data: object) -> None | PvcAccessModes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_modes_type_0 = PvcAccessModes.from_dict(data)

                return access_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PvcAccessModes | Unset, data)

        access_modes = _parse_access_modes(d.pop("accessModes", UNSET))

        def _parse_volume_mode(data: object) -> None | PvcVolumeMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                volume_mode_type_0 = PvcVolumeMode(data)

                return volume_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PvcVolumeMode | Unset, data)

        volume_mode = _parse_volume_mode(d.pop("volumeMode", UNSET))

        _added_attr_values = d.pop("addedAttrValues", UNSET)
        added_attr_values: list[PvcAddedAttrValue] | Unset = UNSET
        if _added_attr_values is not UNSET:
            added_attr_values = []
            for componentsschemas_pvc_added_attr_values_item_data in _added_attr_values:
                componentsschemas_pvc_added_attr_values_item = PvcAddedAttrValue.from_dict(
                    componentsschemas_pvc_added_attr_values_item_data
                )

                added_attr_values.append(componentsschemas_pvc_added_attr_values_item)

        instance_ = cls(
            size=size,
            storage_class=storage_class,
            access_modes=access_modes,
            volume_mode=volume_mode,
            added_attr_values=added_attr_values,
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
