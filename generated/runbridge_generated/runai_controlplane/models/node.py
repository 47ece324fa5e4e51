from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_info_status import NodeInfoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gpu_info import GpuInfo
    from ..models.node_status_condition_details import NodeStatusConditionDetails
    from ..models.node_taint import NodeTaint


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """
    Attributes:
        status (NodeInfoStatus):
        node_pool (str):
        created_at (datetime.datetime):
        name (str):
        cluster_uuid (str):
        updated_at (datetime.datetime):
        conditions (list[NodeStatusConditionDetails] | Unset):
        taints (list[NodeTaint] | Unset):
        gpu_info (GpuInfo | None | Unset):
        nv_link_domain_uid (None | str | Unset):
        nv_link_clique_id (None | str | Unset):
        id (str | Unset):
    """

    status: NodeInfoStatus
    node_pool: str
    created_at: datetime.datetime
    name: str
    cluster_uuid: str
    updated_at: datetime.datetime
    conditions: list[NodeStatusConditionDetails] | Unset = UNSET
    taints: list[NodeTaint] | Unset = UNSET
    gpu_info: GpuInfo | None | Unset = UNSET
    nv_link_domain_uid: None | str | Unset = UNSET
    nv_link_clique_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gpu_info import GpuInfo  # noqa: PLC0415

        status = self.status.value

        node_pool = self.node_pool

        created_at = self.created_at.isoformat()

        name = self.name

        cluster_uuid = self.cluster_uuid

        updated_at = self.updated_at.isoformat()

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taints, Unset):
            taints = []
            for taints_item_data in self.taints:
                taints_item = taints_item_data.to_dict()
                taints.append(taints_item)

        gpu_info: dict[str, Any] | None | Unset
        if isinstance(self.gpu_info, Unset):
            gpu_info = UNSET
        elif isinstance(self.gpu_info, GpuInfo):
            gpu_info = self.gpu_info.to_dict()
        else:
            gpu_info = self.gpu_info

        nv_link_domain_uid: None | str | Unset
        if isinstance(self.nv_link_domain_uid, Unset):
            nv_link_domain_uid = UNSET
        else:
            nv_link_domain_uid = self.nv_link_domain_uid

        nv_link_clique_id: None | str | Unset
        if isinstance(self.nv_link_clique_id, Unset):
            nv_link_clique_id = UNSET
        else:
            nv_link_clique_id = self.nv_link_clique_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "nodePool": node_pool,
                "createdAt": created_at,
                "name": name,
                "clusterUuid": cluster_uuid,
                "updatedAt": updated_at,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if taints is not UNSET:
            field_dict["taints"] = taints
        if gpu_info is not UNSET:
            field_dict["gpuInfo"] = gpu_info
        if nv_link_domain_uid is not UNSET:
            field_dict["nvLinkDomainUid"] = nv_link_domain_uid
        if nv_link_clique_id is not UNSET:
            field_dict["nvLinkCliqueId"] = nv_link_clique_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_info import GpuInfo  # noqa: PLC0415
        from ..models.node_status_condition_details import NodeStatusConditionDetails  # noqa: PLC0415
        from ..models.node_taint import NodeTaint  # noqa: PLC0415

        d = dict(src_dict)
        status = NodeInfoStatus(d.pop("status"))

        node_pool = d.pop("nodePool")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        name = d.pop("name")

        cluster_uuid = d.pop("clusterUuid")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _conditions = d.pop("conditions", UNSET)
        conditions: list[NodeStatusConditionDetails] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = NodeStatusConditionDetails.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _taints = d.pop("taints", UNSET)
        taints: list[NodeTaint] | Unset = UNSET
        if _taints is not UNSET:
            taints = []
            for taints_item_data in _taints:
                taints_item = NodeTaint.from_dict(taints_item_data)

                taints.append(taints_item)

        def _parse_gpu_info(data: object) -> GpuInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gpu_info_type_0 = GpuInfo.from_dict(data)

                return gpu_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GpuInfo | None | Unset, data)

        gpu_info = _parse_gpu_info(d.pop("gpuInfo", UNSET))

        def _parse_nv_link_domain_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nv_link_domain_uid = _parse_nv_link_domain_uid(d.pop("nvLinkDomainUid", UNSET))

        def _parse_nv_link_clique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nv_link_clique_id = _parse_nv_link_clique_id(d.pop("nvLinkCliqueId", UNSET))

        id = d.pop("id", UNSET)

        instance_ = cls(
            status=status,
            node_pool=node_pool,
            created_at=created_at,
            name=name,
            cluster_uuid=cluster_uuid,
            updated_at=updated_at,
            conditions=conditions,
            taints=taints,
            gpu_info=gpu_info,
            nv_link_domain_uid=nv_link_domain_uid,
            nv_link_clique_id=nv_link_clique_id,
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
