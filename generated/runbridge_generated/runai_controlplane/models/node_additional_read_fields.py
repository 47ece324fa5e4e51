from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodeAdditionalReadFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("clusterUuid", "updatedAt", "id"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "clusterUuid": cluster_uuid,
                "updatedAt": updated_at,
            }
        )
        if id is not UNSET:
            fields_["id"] = id

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            cluster_uuid = data_["clusterUuid"]
            if not isinstance(cluster_uuid, str):
                raise TypeError(f"expected str, got {type(cluster_uuid).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterUuid", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        id = data_.get("id", UNSET)
        if (not isinstance(id, str)) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected str, got {type(id).__name__}"))
        instance_ = cls_(
            cluster_uuid=cluster_uuid,
            updated_at=updated_at,
            id=id,
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
