from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_gpu_network_acceleration_detection import NodepoolGPUNetworkAccelerationDetection
from ..models.nodepool_phase import NodepoolPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gpu_resource_optimization import GPUResourceOptimization
    from ..models.nodepool_create_response_fields_placement_strategy import (
        NodepoolCreateResponseFieldsPlacementStrategy,
    )
    from ..models.nodepool_sync_fields_status import NodepoolSyncFieldsStatus
    from ..models.scheduling_configuration import SchedulingConfiguration


T = TypeVar("T", bound="Nodepool")


@_attrs_define
class Nodepool:
    """
    Attributes:
        name (str):
        label_key (str):
        label_value (str):
        cluster_id (str):
        id (str):
        tenant_id (int):
        cluster_name (str):
        created_by (str):
        created_at (datetime.datetime):
        updated_by (str):
        updated_at (datetime.datetime):
        is_default (bool):
        over_provisioning_ratio (int | None | Unset):  Default: 1.
        placement_strategy (NodepoolCreateResponseFieldsPlacementStrategy | Unset):
        gpu_network_acceleration_label_key (str | Unset):
        gpu_network_acceleration_detection (NodepoolGPUNetworkAccelerationDetection | None | Unset):
        network_topology_name (str | Unset):
        network_topology_id (str | Unset):
        gpu_resource_optimization (GPUResourceOptimization | None | Unset):
        scheduling_configuration (None | SchedulingConfiguration | Unset):
        phase (NodepoolPhase | Unset):
        phase_message (str | Unset):
        status (NodepoolSyncFieldsStatus | Unset):
        deleted_by (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    name: str
    label_key: str
    label_value: str
    cluster_id: str
    id: str
    tenant_id: int
    cluster_name: str
    created_by: str
    created_at: datetime.datetime
    updated_by: str
    updated_at: datetime.datetime
    is_default: bool
    over_provisioning_ratio: int | None | Unset = 1
    placement_strategy: NodepoolCreateResponseFieldsPlacementStrategy | Unset = UNSET
    gpu_network_acceleration_label_key: str | Unset = UNSET
    gpu_network_acceleration_detection: NodepoolGPUNetworkAccelerationDetection | None | Unset = UNSET
    network_topology_name: str | Unset = UNSET
    network_topology_id: str | Unset = UNSET
    gpu_resource_optimization: GPUResourceOptimization | None | Unset = UNSET
    scheduling_configuration: None | SchedulingConfiguration | Unset = UNSET
    phase: NodepoolPhase | Unset = UNSET
    phase_message: str | Unset = UNSET
    status: NodepoolSyncFieldsStatus | Unset = UNSET
    deleted_by: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gpu_resource_optimization import GPUResourceOptimization  # noqa: PLC0415
        from ..models.scheduling_configuration import SchedulingConfiguration  # noqa: PLC0415

        name = self.name

        label_key = self.label_key

        label_value = self.label_value

        cluster_id = self.cluster_id

        id = self.id

        tenant_id = self.tenant_id

        cluster_name = self.cluster_name

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_by = self.updated_by

        updated_at = self.updated_at.isoformat()

        is_default = self.is_default

        over_provisioning_ratio: int | None | Unset
        if isinstance(self.over_provisioning_ratio, Unset):
            over_provisioning_ratio = UNSET
        else:
            over_provisioning_ratio = self.over_provisioning_ratio

        placement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placement_strategy, Unset):
            placement_strategy = self.placement_strategy.to_dict()

        gpu_network_acceleration_label_key = self.gpu_network_acceleration_label_key

        gpu_network_acceleration_detection: None | str | Unset
        if isinstance(self.gpu_network_acceleration_detection, Unset):
            gpu_network_acceleration_detection = UNSET
        elif isinstance(self.gpu_network_acceleration_detection, NodepoolGPUNetworkAccelerationDetection):
            gpu_network_acceleration_detection = self.gpu_network_acceleration_detection.value
        else:
            gpu_network_acceleration_detection = self.gpu_network_acceleration_detection

        network_topology_name = self.network_topology_name

        network_topology_id = self.network_topology_id

        gpu_resource_optimization: dict[str, Any] | None | Unset
        if isinstance(self.gpu_resource_optimization, Unset):
            gpu_resource_optimization = UNSET
        elif isinstance(self.gpu_resource_optimization, GPUResourceOptimization):
            gpu_resource_optimization = self.gpu_resource_optimization.to_dict()
        else:
            gpu_resource_optimization = self.gpu_resource_optimization

        scheduling_configuration: dict[str, Any] | None | Unset
        if isinstance(self.scheduling_configuration, Unset):
            scheduling_configuration = UNSET
        elif isinstance(self.scheduling_configuration, SchedulingConfiguration):
            scheduling_configuration = self.scheduling_configuration.to_dict()
        else:
            scheduling_configuration = self.scheduling_configuration

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        phase_message = self.phase_message

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        deleted_by = self.deleted_by

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "labelKey": label_key,
                "labelValue": label_value,
                "clusterId": cluster_id,
                "id": id,
                "tenantId": tenant_id,
                "clusterName": cluster_name,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedBy": updated_by,
                "updatedAt": updated_at,
                "isDefault": is_default,
            }
        )
        if over_provisioning_ratio is not UNSET:
            field_dict["overProvisioningRatio"] = over_provisioning_ratio
        if placement_strategy is not UNSET:
            field_dict["placementStrategy"] = placement_strategy
        if gpu_network_acceleration_label_key is not UNSET:
            field_dict["gpuNetworkAccelerationLabelKey"] = gpu_network_acceleration_label_key
        if gpu_network_acceleration_detection is not UNSET:
            field_dict["gpuNetworkAccelerationDetection"] = gpu_network_acceleration_detection
        if network_topology_name is not UNSET:
            field_dict["networkTopologyName"] = network_topology_name
        if network_topology_id is not UNSET:
            field_dict["networkTopologyId"] = network_topology_id
        if gpu_resource_optimization is not UNSET:
            field_dict["gpuResourceOptimization"] = gpu_resource_optimization
        if scheduling_configuration is not UNSET:
            field_dict["schedulingConfiguration"] = scheduling_configuration
        if phase is not UNSET:
            field_dict["phase"] = phase
        if phase_message is not UNSET:
            field_dict["phaseMessage"] = phase_message
        if status is not UNSET:
            field_dict["status"] = status
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_resource_optimization import GPUResourceOptimization  # noqa: PLC0415
        from ..models.nodepool_create_response_fields_placement_strategy import (
            NodepoolCreateResponseFieldsPlacementStrategy,  # noqa: PLC0415
        )
        from ..models.nodepool_sync_fields_status import NodepoolSyncFieldsStatus  # noqa: PLC0415
        from ..models.scheduling_configuration import SchedulingConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        label_key = d.pop("labelKey")

        label_value = d.pop("labelValue")

        cluster_id = d.pop("clusterId")

        id = d.pop("id")

        tenant_id = d.pop("tenantId")

        cluster_name = d.pop("clusterName")

        created_by = d.pop("createdBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_by = d.pop("updatedBy")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        is_default = d.pop("isDefault")

        def _parse_over_provisioning_ratio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        over_provisioning_ratio = _parse_over_provisioning_ratio(d.pop("overProvisioningRatio", UNSET))

        _placement_strategy = d.pop("placementStrategy", UNSET)
        placement_strategy: NodepoolCreateResponseFieldsPlacementStrategy | Unset
        if isinstance(_placement_strategy, Unset):
            placement_strategy = UNSET
        else:
            placement_strategy = NodepoolCreateResponseFieldsPlacementStrategy.from_dict(_placement_strategy)

        gpu_network_acceleration_label_key = d.pop("gpuNetworkAccelerationLabelKey", UNSET)

        def _parse_gpu_network_acceleration_detection(
            data: object,
        ) -> NodepoolGPUNetworkAccelerationDetection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gpu_network_acceleration_detection_type_0 = NodepoolGPUNetworkAccelerationDetection(data)

                return gpu_network_acceleration_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodepoolGPUNetworkAccelerationDetection | None | Unset, data)

        gpu_network_acceleration_detection = _parse_gpu_network_acceleration_detection(
            d.pop("gpuNetworkAccelerationDetection", UNSET)
        )

        network_topology_name = d.pop("networkTopologyName", UNSET)

        network_topology_id = d.pop("networkTopologyId", UNSET)

        def _parse_gpu_resource_optimization(data: object) -> GPUResourceOptimization | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gpu_resource_optimization_type_0 = GPUResourceOptimization.from_dict(data)

                return gpu_resource_optimization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GPUResourceOptimization | None | Unset, data)

        gpu_resource_optimization = _parse_gpu_resource_optimization(d.pop("gpuResourceOptimization", UNSET))

        def _parse_scheduling_configuration(data: object) -> None | SchedulingConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scheduling_configuration_type_0 = SchedulingConfiguration.from_dict(data)

                return scheduling_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchedulingConfiguration | Unset, data)

        scheduling_configuration = _parse_scheduling_configuration(d.pop("schedulingConfiguration", UNSET))

        _phase = d.pop("phase", UNSET)
        phase: NodepoolPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = NodepoolPhase(_phase)

        phase_message = d.pop("phaseMessage", UNSET)

        _status = d.pop("status", UNSET)
        status: NodepoolSyncFieldsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodepoolSyncFieldsStatus.from_dict(_status)

        deleted_by = d.pop("deletedBy", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        instance_ = cls(
            name=name,
            label_key=label_key,
            label_value=label_value,
            cluster_id=cluster_id,
            id=id,
            tenant_id=tenant_id,
            cluster_name=cluster_name,
            created_by=created_by,
            created_at=created_at,
            updated_by=updated_by,
            updated_at=updated_at,
            is_default=is_default,
            over_provisioning_ratio=over_provisioning_ratio,
            placement_strategy=placement_strategy,
            gpu_network_acceleration_label_key=gpu_network_acceleration_label_key,
            gpu_network_acceleration_detection=gpu_network_acceleration_detection,
            network_topology_name=network_topology_name,
            network_topology_id=network_topology_id,
            gpu_resource_optimization=gpu_resource_optimization,
            scheduling_configuration=scheduling_configuration,
            phase=phase,
            phase_message=phase_message,
            status=status,
            deleted_by=deleted_by,
            deleted_at=deleted_at,
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
