from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pvc_volume_mode import PvcVolumeMode
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClaimInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("size", "storageClass", "accessModes", "volumeMode", "addedAttrValues"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if size is not UNSET:
            fields_["size"] = size
        if storage_class is not UNSET:
            fields_["storageClass"] = storage_class
        if access_modes is not UNSET:
            fields_["accessModes"] = access_modes
        if volume_mode is not UNSET:
            fields_["volumeMode"] = volume_mode
        if added_attr_values is not UNSET:
            fields_["addedAttrValues"] = added_attr_values

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        size = data_.get("size", UNSET)
        if (not isinstance(size, str)) and not isinstance(size, Unset):
            raise FieldError.at("size", data_, TypeError(f"expected str, got {type(size).__name__}"))
        try:
            _storage_class = data_.get("storageClass", UNSET)
            storage_class: None | str | Unset
            if _storage_class is None:
                storage_class = None
            elif isinstance(_storage_class, Unset):
                storage_class = UNSET
            elif isinstance(_storage_class, str):
                storage_class = _storage_class
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_storage_class).__name__}")

        except Exception as error_:
            raise FieldError.at("storageClass", data_, error_) from None
        try:
            _access_modes = data_.get("accessModes", UNSET)
            access_modes: None | PvcAccessModes | Unset
            if _access_modes is None:
                access_modes = None
            elif isinstance(_access_modes, Unset):
                access_modes = UNSET
            elif isinstance(_access_modes, dict):
                access_modes_type_0 = PvcAccessModes.from_dict(_access_modes)

                access_modes = access_modes_type_0

            else:
                raise TypeError(f"expected None | PvcAccessModes | Unset, got {type(_access_modes).__name__}")

        except Exception as error_:
            raise FieldError.at("accessModes", data_, error_) from None
        try:
            _volume_mode = data_.get("volumeMode", UNSET)
            volume_mode: None | PvcVolumeMode | Unset
            if _volume_mode is None:
                volume_mode = None
            elif isinstance(_volume_mode, Unset):
                volume_mode = UNSET
            elif isinstance(_volume_mode, str):
                volume_mode_type_0 = PvcVolumeMode(_volume_mode)

                volume_mode = volume_mode_type_0

            else:
                raise TypeError(f"expected None | PvcVolumeMode | Unset, got {type(_volume_mode).__name__}")

        except Exception as error_:
            raise FieldError.at("volumeMode", data_, error_) from None
        try:
            _added_attr_values = data_.get("addedAttrValues", UNSET)
            added_attr_values: list[PvcAddedAttrValue] | Unset = UNSET
            if _added_attr_values is not UNSET:
                if not isinstance(_added_attr_values, list):
                    raise TypeError(f"expected a list, got {type(_added_attr_values).__name__}")
                added_attr_values = []
                for (
                    componentsschemas_pvc_added_attr_values_item_index_,
                    componentsschemas_pvc_added_attr_values_item_data,
                ) in enumerate(_added_attr_values):
                    try:
                        componentsschemas_pvc_added_attr_values_item = PvcAddedAttrValue.from_dict(
                            componentsschemas_pvc_added_attr_values_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_pvc_added_attr_values_item_index_, _added_attr_values, error_
                        ) from None
                    added_attr_values.append(componentsschemas_pvc_added_attr_values_item)

        except Exception as error_:
            raise FieldError.at("addedAttrValues", data_, error_) from None
        instance_ = cls_(
            size=size,
            storage_class=storage_class,
            access_modes=access_modes,
            volume_mode=volume_mode,
            added_attr_values=added_attr_values,
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
from ..models.pvc_access_modes import PvcAccessModes  # noqa: E402
from ..models.pvc_added_attr_value import PvcAddedAttrValue  # noqa: E402
