from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_pool_1_status import NodePool1Status
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodePool1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "overProvisioningRatio",
        "labelKey",
        "labelValue",
        "placementStrategy",
        "id",
        "clusterId",
        "createdAt",
        "updatedAt",
        "deletedAt",
        "status",
        "statusMessage",
        "nodes",
        "createdBy",
        "updatedBy",
        "isDefault",
    )
)


@_attrs_define
class NodePool1:
    """
    Attributes:
        name (str | Unset):
        over_provisioning_ratio (int | Unset):  Default: 1.
        label_key (str | Unset):
        label_value (str | Unset):
        placement_strategy (PlacementStrategy1 | Unset):
        id (float | Unset):
        cluster_id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        deleted_at (datetime.datetime | Unset):
        status (NodePool1Status | Unset):
        status_message (str | Unset):
        nodes (str | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        is_default (bool | Unset):
    """

    name: str | Unset = UNSET
    over_provisioning_ratio: int | Unset = 1
    label_key: str | Unset = UNSET
    label_value: str | Unset = UNSET
    placement_strategy: PlacementStrategy1 | Unset = UNSET
    id: float | Unset = UNSET
    cluster_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    status: NodePool1Status | Unset = UNSET
    status_message: str | Unset = UNSET
    nodes: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        over_provisioning_ratio = self.over_provisioning_ratio

        label_key = self.label_key

        label_value = self.label_value

        placement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placement_strategy, Unset):
            placement_strategy = self.placement_strategy.to_dict()

        id = self.id

        cluster_id = self.cluster_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_message = self.status_message

        nodes = self.nodes

        created_by = self.created_by

        updated_by = self.updated_by

        is_default = self.is_default

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if over_provisioning_ratio is not UNSET:
            fields_["overProvisioningRatio"] = over_provisioning_ratio
        if label_key is not UNSET:
            fields_["labelKey"] = label_key
        if label_value is not UNSET:
            fields_["labelValue"] = label_value
        if placement_strategy is not UNSET:
            fields_["placementStrategy"] = placement_strategy
        if id is not UNSET:
            fields_["id"] = id
        if cluster_id is not UNSET:
            fields_["clusterId"] = cluster_id
        if created_at is not UNSET:
            fields_["createdAt"] = created_at
        if updated_at is not UNSET:
            fields_["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at
        if status is not UNSET:
            fields_["status"] = status
        if status_message is not UNSET:
            fields_["statusMessage"] = status_message
        if nodes is not UNSET:
            fields_["nodes"] = nodes
        if created_by is not UNSET:
            fields_["createdBy"] = created_by
        if updated_by is not UNSET:
            fields_["updatedBy"] = updated_by
        if is_default is not UNSET:
            fields_["isDefault"] = is_default

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        over_provisioning_ratio = data_.get("overProvisioningRatio", UNSET)
        if (
            not isinstance(over_provisioning_ratio, int)
            or over_provisioning_ratio is True
            or over_provisioning_ratio is False
        ) and not isinstance(over_provisioning_ratio, Unset):
            raise FieldError.at(
                "overProvisioningRatio", data_, TypeError(f"expected int, got {type(over_provisioning_ratio).__name__}")
            )
        label_key = data_.get("labelKey", UNSET)
        if (not isinstance(label_key, str)) and not isinstance(label_key, Unset):
            raise FieldError.at("labelKey", data_, TypeError(f"expected str, got {type(label_key).__name__}"))
        label_value = data_.get("labelValue", UNSET)
        if (not isinstance(label_value, str)) and not isinstance(label_value, Unset):
            raise FieldError.at("labelValue", data_, TypeError(f"expected str, got {type(label_value).__name__}"))
        try:
            _placement_strategy = data_.get("placementStrategy", UNSET)
            placement_strategy: PlacementStrategy1 | Unset
            if isinstance(_placement_strategy, Unset):
                placement_strategy = UNSET
            else:
                placement_strategy = PlacementStrategy1.from_dict(_placement_strategy)

        except Exception as error_:
            raise FieldError.at("placementStrategy", data_, error_) from None
        id = data_.get("id", UNSET)
        if (not isinstance(id, (int, float)) or id is True or id is False) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected int or float, got {type(id).__name__}"))
        cluster_id = data_.get("clusterId", UNSET)
        if (not isinstance(cluster_id, str)) and not isinstance(cluster_id, Unset):
            raise FieldError.at("clusterId", data_, TypeError(f"expected str, got {type(cluster_id).__name__}"))
        try:
            _created_at = data_.get("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            _updated_at = data_.get("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            _deleted_at = data_.get("deletedAt", UNSET)
            deleted_at: datetime.datetime | Unset
            if isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            else:
                deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        try:
            _status = data_.get("status", UNSET)
            status: NodePool1Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = NodePool1Status(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        status_message = data_.get("statusMessage", UNSET)
        if (not isinstance(status_message, str)) and not isinstance(status_message, Unset):
            raise FieldError.at("statusMessage", data_, TypeError(f"expected str, got {type(status_message).__name__}"))
        nodes = data_.get("nodes", UNSET)
        if (not isinstance(nodes, str)) and not isinstance(nodes, Unset):
            raise FieldError.at("nodes", data_, TypeError(f"expected str, got {type(nodes).__name__}"))
        created_by = data_.get("createdBy", UNSET)
        if (not isinstance(created_by, str)) and not isinstance(created_by, Unset):
            raise FieldError.at("createdBy", data_, TypeError(f"expected str, got {type(created_by).__name__}"))
        updated_by = data_.get("updatedBy", UNSET)
        if (not isinstance(updated_by, str)) and not isinstance(updated_by, Unset):
            raise FieldError.at("updatedBy", data_, TypeError(f"expected str, got {type(updated_by).__name__}"))
        is_default = data_.get("isDefault", UNSET)
        if (not isinstance(is_default, bool)) and not isinstance(is_default, Unset):
            raise FieldError.at("isDefault", data_, TypeError(f"expected bool, got {type(is_default).__name__}"))
        instance_ = cls_(
            name=name,
            over_provisioning_ratio=over_provisioning_ratio,
            label_key=label_key,
            label_value=label_value,
            placement_strategy=placement_strategy,
            id=id,
            cluster_id=cluster_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            status=status,
            status_message=status_message,
            nodes=nodes,
            created_by=created_by,
            updated_by=updated_by,
            is_default=is_default,
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
from ..models.placement_strategy_1 import PlacementStrategy1  # noqa: E402
