from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClusterCreationRequest")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "domain", "version"))


@_attrs_define
class ClusterCreationRequest:
    """
    Attributes:
        name (str):
        domain (str | Unset):
        version (str | Unset):
    """

    name: str
    domain: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        version = self.version

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
            }
        )
        if domain is not UNSET:
            fields_["domain"] = domain
        if version is not UNSET:
            fields_["version"] = version

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        domain = data_.get("domain", UNSET)
        if (not isinstance(domain, str)) and not isinstance(domain, Unset):
            raise FieldError.at("domain", data_, TypeError(f"expected str, got {type(domain).__name__}"))
        version = data_.get("version", UNSET)
        if (not isinstance(version, str)) and not isinstance(version, Unset):
            raise FieldError.at("version", data_, TypeError(f"expected str, got {type(version).__name__}"))
        instance_ = cls_(
            name=name,
            domain=domain,
            version=version,
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
