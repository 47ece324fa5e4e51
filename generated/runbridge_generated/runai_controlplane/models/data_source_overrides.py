from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DataSourceOverrides")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("containerPath",))


@_attrs_define
class DataSourceOverrides:
    """
    Attributes:
        container_path (None | str | Unset):
    """

    container_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_path: None | str | Unset
        if isinstance(self.container_path, Unset):
            container_path = UNSET
        else:
            container_path = self.container_path

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if container_path is not UNSET:
            fields_["containerPath"] = container_path

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _container_path = data_.get("containerPath", UNSET)
            container_path: None | str | Unset
            if _container_path is None:
                container_path = None
            elif isinstance(_container_path, Unset):
                container_path = UNSET
            elif isinstance(_container_path, str):
                container_path = _container_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_container_path).__name__}")

        except Exception as error_:
            raise FieldError.at("containerPath", data_, error_) from None
        instance_ = cls_(
            container_path=container_path,
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
