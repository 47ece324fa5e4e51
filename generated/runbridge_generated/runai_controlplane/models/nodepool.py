from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_gpu_network_acceleration_detection import NodepoolGPUNetworkAccelerationDetection
from ..models.nodepool_phase import NodepoolPhase
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Nodepool")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "labelKey",
        "labelValue",
        "clusterId",
        "id",
        "tenantId",
        "clusterName",
        "createdBy",
        "createdAt",
        "updatedBy",
        "updatedAt",
        "isDefault",
        "overProvisioningRatio",
        "placementStrategy",
        "gpuNetworkAccelerationLabelKey",
        "gpuNetworkAccelerationDetection",
        "networkTopologyName",
        "networkTopologyId",
        "gpuResourceOptimization",
        "schedulingConfiguration",
        "phase",
        "phaseMessage",
        "status",
        "deletedBy",
        "deletedAt",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
            fields_["overProvisioningRatio"] = over_provisioning_ratio
        if placement_strategy is not UNSET:
            fields_["placementStrategy"] = placement_strategy
        if gpu_network_acceleration_label_key is not UNSET:
            fields_["gpuNetworkAccelerationLabelKey"] = gpu_network_acceleration_label_key
        if gpu_network_acceleration_detection is not UNSET:
            fields_["gpuNetworkAccelerationDetection"] = gpu_network_acceleration_detection
        if network_topology_name is not UNSET:
            fields_["networkTopologyName"] = network_topology_name
        if network_topology_id is not UNSET:
            fields_["networkTopologyId"] = network_topology_id
        if gpu_resource_optimization is not UNSET:
            fields_["gpuResourceOptimization"] = gpu_resource_optimization
        if scheduling_configuration is not UNSET:
            fields_["schedulingConfiguration"] = scheduling_configuration
        if phase is not UNSET:
            fields_["phase"] = phase
        if phase_message is not UNSET:
            fields_["phaseMessage"] = phase_message
        if status is not UNSET:
            fields_["status"] = status
        if deleted_by is not UNSET:
            fields_["deletedBy"] = deleted_by
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at

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
        try:
            label_key = data_["labelKey"]
            if not isinstance(label_key, str):
                raise TypeError(f"expected str, got {type(label_key).__name__}")
        except Exception as error_:
            raise FieldError.at("labelKey", data_, error_) from None
        try:
            label_value = data_["labelValue"]
            if not isinstance(label_value, str):
                raise TypeError(f"expected str, got {type(label_value).__name__}")
        except Exception as error_:
            raise FieldError.at("labelValue", data_, error_) from None
        try:
            cluster_id = data_["clusterId"]
            if not isinstance(cluster_id, str):
                raise TypeError(f"expected str, got {type(cluster_id).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterId", data_, error_) from None
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            tenant_id = data_["tenantId"]
            if not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False:
                raise TypeError(f"expected int, got {type(tenant_id).__name__}")
        except Exception as error_:
            raise FieldError.at("tenantId", data_, error_) from None
        try:
            cluster_name = data_["clusterName"]
            if not isinstance(cluster_name, str):
                raise TypeError(f"expected str, got {type(cluster_name).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterName", data_, error_) from None
        try:
            created_by = data_["createdBy"]
            if not isinstance(created_by, str):
                raise TypeError(f"expected str, got {type(created_by).__name__}")
        except Exception as error_:
            raise FieldError.at("createdBy", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            updated_by = data_["updatedBy"]
            if not isinstance(updated_by, str):
                raise TypeError(f"expected str, got {type(updated_by).__name__}")
        except Exception as error_:
            raise FieldError.at("updatedBy", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            is_default = data_["isDefault"]
            if not isinstance(is_default, bool):
                raise TypeError(f"expected bool, got {type(is_default).__name__}")
        except Exception as error_:
            raise FieldError.at("isDefault", data_, error_) from None
        try:
            _over_provisioning_ratio = data_.get("overProvisioningRatio", UNSET)
            over_provisioning_ratio: int | None | Unset
            if _over_provisioning_ratio is None:
                over_provisioning_ratio = None
            elif isinstance(_over_provisioning_ratio, Unset):
                over_provisioning_ratio = UNSET
            elif isinstance(_over_provisioning_ratio, int) and not isinstance(_over_provisioning_ratio, bool):
                over_provisioning_ratio = _over_provisioning_ratio
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_over_provisioning_ratio).__name__}")

        except Exception as error_:
            raise FieldError.at("overProvisioningRatio", data_, error_) from None
        try:
            _placement_strategy = data_.get("placementStrategy", UNSET)
            placement_strategy: NodepoolCreateResponseFieldsPlacementStrategy | Unset
            if isinstance(_placement_strategy, Unset):
                placement_strategy = UNSET
            else:
                placement_strategy = NodepoolCreateResponseFieldsPlacementStrategy.from_dict(_placement_strategy)

        except Exception as error_:
            raise FieldError.at("placementStrategy", data_, error_) from None
        gpu_network_acceleration_label_key = data_.get("gpuNetworkAccelerationLabelKey", UNSET)
        if (not isinstance(gpu_network_acceleration_label_key, str)) and not isinstance(
            gpu_network_acceleration_label_key, Unset
        ):
            raise FieldError.at(
                "gpuNetworkAccelerationLabelKey",
                data_,
                TypeError(f"expected str, got {type(gpu_network_acceleration_label_key).__name__}"),
            )
        try:
            _gpu_network_acceleration_detection = data_.get("gpuNetworkAccelerationDetection", UNSET)
            gpu_network_acceleration_detection: NodepoolGPUNetworkAccelerationDetection | None | Unset
            if _gpu_network_acceleration_detection is None:
                gpu_network_acceleration_detection = None
            elif isinstance(_gpu_network_acceleration_detection, Unset):
                gpu_network_acceleration_detection = UNSET
            elif isinstance(_gpu_network_acceleration_detection, str):
                gpu_network_acceleration_detection_type_0 = NodepoolGPUNetworkAccelerationDetection(
                    _gpu_network_acceleration_detection
                )

                gpu_network_acceleration_detection = gpu_network_acceleration_detection_type_0

            else:
                raise TypeError(
                    f"expected NodepoolGPUNetworkAccelerationDetection | None | Unset, got {type(_gpu_network_acceleration_detection).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("gpuNetworkAccelerationDetection", data_, error_) from None
        network_topology_name = data_.get("networkTopologyName", UNSET)
        if (not isinstance(network_topology_name, str)) and not isinstance(network_topology_name, Unset):
            raise FieldError.at(
                "networkTopologyName", data_, TypeError(f"expected str, got {type(network_topology_name).__name__}")
            )
        network_topology_id = data_.get("networkTopologyId", UNSET)
        if (not isinstance(network_topology_id, str)) and not isinstance(network_topology_id, Unset):
            raise FieldError.at(
                "networkTopologyId", data_, TypeError(f"expected str, got {type(network_topology_id).__name__}")
            )
        try:
            _gpu_resource_optimization = data_.get("gpuResourceOptimization", UNSET)
            gpu_resource_optimization: GPUResourceOptimization | None | Unset
            if _gpu_resource_optimization is None:
                gpu_resource_optimization = None
            elif isinstance(_gpu_resource_optimization, Unset):
                gpu_resource_optimization = UNSET
            elif isinstance(_gpu_resource_optimization, dict):
                gpu_resource_optimization_type_0 = GPUResourceOptimization.from_dict(_gpu_resource_optimization)

                gpu_resource_optimization = gpu_resource_optimization_type_0

            else:
                raise TypeError(
                    f"expected GPUResourceOptimization | None | Unset, got {type(_gpu_resource_optimization).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("gpuResourceOptimization", data_, error_) from None
        try:
            _scheduling_configuration = data_.get("schedulingConfiguration", UNSET)
            scheduling_configuration: None | SchedulingConfiguration | Unset
            if _scheduling_configuration is None:
                scheduling_configuration = None
            elif isinstance(_scheduling_configuration, Unset):
                scheduling_configuration = UNSET
            elif isinstance(_scheduling_configuration, dict):
                scheduling_configuration_type_0 = SchedulingConfiguration.from_dict(_scheduling_configuration)

                scheduling_configuration = scheduling_configuration_type_0

            else:
                raise TypeError(
                    f"expected None | SchedulingConfiguration | Unset, got {type(_scheduling_configuration).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("schedulingConfiguration", data_, error_) from None
        try:
            _phase = data_.get("phase", UNSET)
            phase: NodepoolPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = NodepoolPhase(_phase)

        except Exception as error_:
            raise FieldError.at("phase", data_, error_) from None
        phase_message = data_.get("phaseMessage", UNSET)
        if (not isinstance(phase_message, str)) and not isinstance(phase_message, Unset):
            raise FieldError.at("phaseMessage", data_, TypeError(f"expected str, got {type(phase_message).__name__}"))
        try:
            _status = data_.get("status", UNSET)
            status: NodepoolSyncFieldsStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = NodepoolSyncFieldsStatus.from_dict(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        deleted_by = data_.get("deletedBy", UNSET)
        if (not isinstance(deleted_by, str)) and not isinstance(deleted_by, Unset):
            raise FieldError.at("deletedBy", data_, TypeError(f"expected str, got {type(deleted_by).__name__}"))
        try:
            _deleted_at = data_.get("deletedAt", UNSET)
            deleted_at: datetime.datetime | None | Unset
            if _deleted_at is None:
                deleted_at = None
            elif isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(_deleted_at, str):
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_deleted_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        instance_ = cls_(
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
from ..models.gpu_resource_optimization import GPUResourceOptimization  # noqa: E402
from ..models.nodepool_create_response_fields_placement_strategy import NodepoolCreateResponseFieldsPlacementStrategy  # noqa: E402
from ..models.nodepool_sync_fields_status import NodepoolSyncFieldsStatus  # noqa: E402
from ..models.scheduling_configuration import SchedulingConfiguration  # noqa: E402
