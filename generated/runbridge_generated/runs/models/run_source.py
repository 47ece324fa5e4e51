from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunSource")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("type", "label", "principal_type", "principal_id", "client_ip"))


@_attrs_define
class RunSource:
    """
    Attributes:
        type_ (str | Unset): api, cli, ui, webhook, test-data, system or schedule.
        label (str | Unset):
        principal_type (str | Unset):
        principal_id (str | Unset):
        client_ip (str | Unset):
    """

    type_: str | Unset = UNSET
    label: str | Unset = UNSET
    principal_type: str | Unset = UNSET
    principal_id: str | Unset = UNSET
    client_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        principal_type = self.principal_type

        principal_id = self.principal_id

        client_ip = self.client_ip

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if type_ is not UNSET:
            fields_["type"] = type_
        if label is not UNSET:
            fields_["label"] = label
        if principal_type is not UNSET:
            fields_["principal_type"] = principal_type
        if principal_id is not UNSET:
            fields_["principal_id"] = principal_id
        if client_ip is not UNSET:
            fields_["client_ip"] = client_ip

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        type_ = data_.get("type", UNSET)
        if (not isinstance(type_, str)) and not isinstance(type_, Unset):
            raise FieldError.at("type", data_, TypeError(f"expected str, got {type(type_).__name__}"))
        label = data_.get("label", UNSET)
        if (not isinstance(label, str)) and not isinstance(label, Unset):
            raise FieldError.at("label", data_, TypeError(f"expected str, got {type(label).__name__}"))
        principal_type = data_.get("principal_type", UNSET)
        if (not isinstance(principal_type, str)) and not isinstance(principal_type, Unset):
            raise FieldError.at(
                "principal_type", data_, TypeError(f"expected str, got {type(principal_type).__name__}")
            )
        principal_id = data_.get("principal_id", UNSET)
        if (not isinstance(principal_id, str)) and not isinstance(principal_id, Unset):
            raise FieldError.at("principal_id", data_, TypeError(f"expected str, got {type(principal_id).__name__}"))
        client_ip = data_.get("client_ip", UNSET)
        if (not isinstance(client_ip, str)) and not isinstance(client_ip, Unset):
            raise FieldError.at("client_ip", data_, TypeError(f"expected str, got {type(client_ip).__name__}"))
        instance_ = cls_(
            type_=type_,
            label=label,
            principal_type=principal_type,
            principal_id=principal_id,
            client_ip=client_ip,
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
