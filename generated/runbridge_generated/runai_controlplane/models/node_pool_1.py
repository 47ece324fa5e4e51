from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_pool_1_status import NodePool1Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placement_strategy_1 import PlacementStrategy1


T = TypeVar("T", bound="NodePool1")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if over_provisioning_ratio is not UNSET:
            field_dict["overProvisioningRatio"] = over_provisioning_ratio
        if label_key is not UNSET:
            field_dict["labelKey"] = label_key
        if label_value is not UNSET:
            field_dict["labelValue"] = label_value
        if placement_strategy is not UNSET:
            field_dict["placementStrategy"] = placement_strategy
        if id is not UNSET:
            field_dict["id"] = id
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placement_strategy_1 import PlacementStrategy1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        over_provisioning_ratio = d.pop("overProvisioningRatio", UNSET)

        label_key = d.pop("labelKey", UNSET)

        label_value = d.pop("labelValue", UNSET)

        _placement_strategy = d.pop("placementStrategy", UNSET)
        placement_strategy: PlacementStrategy1 | Unset
        if isinstance(_placement_strategy, Unset):
            placement_strategy = UNSET
        else:
            placement_strategy = PlacementStrategy1.from_dict(_placement_strategy)

        id = d.pop("id", UNSET)

        cluster_id = d.pop("clusterId", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _deleted_at = d.pop("deletedAt", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        _status = d.pop("status", UNSET)
        status: NodePool1Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodePool1Status(_status)

        status_message = d.pop("statusMessage", UNSET)

        nodes = d.pop("nodes", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        is_default = d.pop("isDefault", UNSET)

        instance_ = cls(
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
