from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="InteractionRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("id", "name", "endpoint", "version", "tags"))


@_attrs_define
class InteractionRef:
    """
    Attributes:
        id (str):
        name (str | Unset):
        endpoint (str | Unset):
        version (int | Unset):
        tags (list[str] | Unset):
    """

    id: str
    name: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    version: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        endpoint = self.endpoint

        version = self.version

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            fields_["name"] = name
        if endpoint is not UNSET:
            fields_["endpoint"] = endpoint
        if version is not UNSET:
            fields_["version"] = version
        if tags is not UNSET:
            fields_["tags"] = tags

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        endpoint = data_.get("endpoint", UNSET)
        if (not isinstance(endpoint, str)) and not isinstance(endpoint, Unset):
            raise FieldError.at("endpoint", data_, TypeError(f"expected str, got {type(endpoint).__name__}"))
        version = data_.get("version", UNSET)
        if (not isinstance(version, int) or version is True or version is False) and not isinstance(version, Unset):
            raise FieldError.at("version", data_, TypeError(f"expected int, got {type(version).__name__}"))
        try:
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        instance_ = cls_(
            id=id,
            name=name,
            endpoint=endpoint,
            version=version,
            tags=tags,
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
