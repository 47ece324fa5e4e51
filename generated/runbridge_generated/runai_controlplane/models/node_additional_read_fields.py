from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeAdditionalReadFields")


@_attrs_define
class NodeAdditionalReadFields:
    """
    Attributes:
        cluster_uuid (str):
        updated_at (datetime.datetime):
        id (str | Unset):
    """

    cluster_uuid: str
    updated_at: datetime.datetime
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_uuid = self.cluster_uuid

        updated_at = self.updated_at.isoformat()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterUuid": cluster_uuid,
                "updatedAt": updated_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_uuid = d.pop("clusterUuid")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        id = d.pop("id", UNSET)

        instance_ = cls(
            cluster_uuid=cluster_uuid,
            updated_at=updated_at,
            id=id,
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
