from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSource")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if principal_type is not UNSET:
            field_dict["principal_type"] = principal_type
        if principal_id is not UNSET:
            field_dict["principal_id"] = principal_id
        if client_ip is not UNSET:
            field_dict["client_ip"] = client_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        principal_type = d.pop("principal_type", UNSET)

        principal_id = d.pop("principal_id", UNSET)

        client_ip = d.pop("client_ip", UNSET)

        instance_ = cls(
            type_=type_,
            label=label,
            principal_type=principal_type,
            principal_id=principal_id,
            client_ip=client_ip,
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
