from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_gpu_network_acceleration_detection import NodepoolGPUNetworkAccelerationDetection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gpu_resource_optimization import GPUResourceOptimization
    from ..models.nodepool_create_fields_placement_strategy import NodepoolCreateFieldsPlacementStrategy
    from ..models.scheduling_configuration import SchedulingConfiguration


T = TypeVar("T", bound="NodepoolCreateFields")


@_attrs_define
class NodepoolCreateFields:
    """
    Attributes:
        name (str):
        label_key (str):
        label_value (str):
        cluster_id (str):
        over_provisioning_ratio (int | None | Unset):  Default: 1.
        placement_strategy (NodepoolCreateFieldsPlacementStrategy | Unset):
        gpu_network_acceleration_label_key (None | str | Unset):
        gpu_network_acceleration_detection (NodepoolGPUNetworkAccelerationDetection | None | Unset):
        gpu_resource_optimization (GPUResourceOptimization | None | Unset):
        scheduling_configuration (None | SchedulingConfiguration | Unset):
        network_topology_id (str | Unset):
    """

    name: str
    label_key: str
    label_value: str
    cluster_id: str
    over_provisioning_ratio: int | None | Unset = 1
    placement_strategy: NodepoolCreateFieldsPlacementStrategy | Unset = UNSET
    gpu_network_acceleration_label_key: None | str | Unset = UNSET
    gpu_network_acceleration_detection: NodepoolGPUNetworkAccelerationDetection | None | Unset = UNSET
    gpu_resource_optimization: GPUResourceOptimization | None | Unset = UNSET
    scheduling_configuration: None | SchedulingConfiguration | Unset = UNSET
    network_topology_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gpu_resource_optimization import GPUResourceOptimization  # noqa: PLC0415
        from ..models.scheduling_configuration import SchedulingConfiguration  # noqa: PLC0415

        name = self.name

        label_key = self.label_key

        label_value = self.label_value

        cluster_id = self.cluster_id

        over_provisioning_ratio: int | None | Unset
        if isinstance(self.over_provisioning_ratio, Unset):
            over_provisioning_ratio = UNSET
        else:
            over_provisioning_ratio = self.over_provisioning_ratio

        placement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.placement_strategy, Unset):
            placement_strategy = self.placement_strategy.to_dict()

        gpu_network_acceleration_label_key: None | str | Unset
        if isinstance(self.gpu_network_acceleration_label_key, Unset):
            gpu_network_acceleration_label_key = UNSET
        else:
            gpu_network_acceleration_label_key = self.gpu_network_acceleration_label_key

        gpu_network_acceleration_detection: None | str | Unset
        if isinstance(self.gpu_network_acceleration_detection, Unset):
            gpu_network_acceleration_detection = UNSET
        elif isinstance(self.gpu_network_acceleration_detection, NodepoolGPUNetworkAccelerationDetection):
            gpu_network_acceleration_detection = self.gpu_network_acceleration_detection.value
        else:
            gpu_network_acceleration_detection = self.gpu_network_acceleration_detection

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

        network_topology_id = self.network_topology_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "labelKey": label_key,
                "labelValue": label_value,
                "clusterId": cluster_id,
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
        if gpu_resource_optimization is not UNSET:
            field_dict["gpuResourceOptimization"] = gpu_resource_optimization
        if scheduling_configuration is not UNSET:
            field_dict["schedulingConfiguration"] = scheduling_configuration
        if network_topology_id is not UNSET:
            field_dict["networkTopologyId"] = network_topology_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gpu_resource_optimization import GPUResourceOptimization  # noqa: PLC0415
        from ..models.nodepool_create_fields_placement_strategy import NodepoolCreateFieldsPlacementStrategy  # noqa: PLC0415
        from ..models.scheduling_configuration import SchedulingConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        label_key = d.pop("labelKey")

        label_value = d.pop("labelValue")

        cluster_id = d.pop("clusterId")

        def _parse_over_provisioning_ratio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        over_provisioning_ratio = _parse_over_provisioning_ratio(d.pop("overProvisioningRatio", UNSET))

        _placement_strategy = d.pop("placementStrategy", UNSET)
        placement_strategy: NodepoolCreateFieldsPlacementStrategy | Unset
        if isinstance(_placement_strategy, Unset):
            placement_strategy = UNSET
        else:
            placement_strategy = NodepoolCreateFieldsPlacementStrategy.from_dict(_placement_strategy)

        def _parse_gpu_network_acceleration_label_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_network_acceleration_label_key = _parse_gpu_network_acceleration_label_key(
            d.pop("gpuNetworkAccelerationLabelKey", UNSET)
        )

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

        network_topology_id = d.pop("networkTopologyId", UNSET)

        instance_ = cls(
            name=name,
            label_key=label_key,
            label_value=label_value,
            cluster_id=cluster_id,
            over_provisioning_ratio=over_provisioning_ratio,
            placement_strategy=placement_strategy,
            gpu_network_acceleration_label_key=gpu_network_acceleration_label_key,
            gpu_network_acceleration_detection=gpu_network_acceleration_detection,
            gpu_resource_optimization=gpu_resource_optimization,
            scheduling_configuration=scheduling_configuration,
            network_topology_id=network_topology_id,
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
