from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ActionsSupport")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("delete", "suspend"))


@_attrs_define
class ActionsSupport:
    """
    Attributes:
        delete (bool | Unset):
        suspend (bool | Unset):
    """

    delete: bool | Unset = UNSET
    suspend: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete = self.delete

        suspend = self.suspend

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if delete is not UNSET:
            fields_["delete"] = delete
        if suspend is not UNSET:
            fields_["suspend"] = suspend

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        delete = data_.get("delete", UNSET)
        if (not isinstance(delete, bool)) and not isinstance(delete, Unset):
            raise FieldError.at("delete", data_, TypeError(f"expected bool, got {type(delete).__name__}"))
        suspend = data_.get("suspend", UNSET)
        if (not isinstance(suspend, bool)) and not isinstance(suspend, Unset):
            raise FieldError.at("suspend", data_, TypeError(f"expected bool, got {type(suspend).__name__}"))
        instance_ = cls_(
            delete=delete,
            suspend=suspend,
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
