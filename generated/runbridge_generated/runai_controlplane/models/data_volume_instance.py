from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DataVolumeInstance")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "mountPath", "exclude"))


@_attrs_define
class DataVolumeInstance:
    """
    Attributes:
        id (None | str | Unset):
        mount_path (None | str | Unset):
        exclude (bool | None | Unset):  Default: False.
    """

    id: None | str | Unset = UNSET
    mount_path: None | str | Unset = UNSET
    exclude: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        mount_path: None | str | Unset
        if isinstance(self.mount_path, Unset):
            mount_path = UNSET
        else:
            mount_path = self.mount_path

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if id is not UNSET:
            fields_["id"] = id
        if mount_path is not UNSET:
            fields_["mountPath"] = mount_path
        if exclude is not UNSET:
            fields_["exclude"] = exclude

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _id = data_.get("id", UNSET)
            id: None | str | Unset
            if _id is None:
                id = None
            elif isinstance(_id, Unset):
                id = UNSET
            elif isinstance(_id, str):
                id = _id
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_id).__name__}")

        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
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
            id=id,
            mount_path=mount_path,
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
