from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodepool_gpu_network_acceleration_detection import NodepoolGPUNetworkAccelerationDetection
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodepoolSyncUpdateFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "labelKey",
        "labelValue",
        "overProvisioningRatio",
        "placementStrategy",
        "gpuNetworkAccelerationLabelKey",
        "gpuNetworkAccelerationDetection",
        "gpuResourceOptimization",
        "schedulingConfiguration",
    )
)


@_attrs_define
class NodepoolSyncUpdateFields:
    """
    Attributes:
        label_key (None | str | Unset):
        label_value (None | str | Unset):
        over_provisioning_ratio (int | None | Unset):  Default: 1.
        placement_strategy (NodepoolSyncUpdateFieldsPlacementStrategy | Unset):
        gpu_network_acceleration_label_key (str | Unset):
        gpu_network_acceleration_detection (NodepoolGPUNetworkAccelerationDetection | None | Unset):
        gpu_resource_optimization (GPUResourceOptimization | None | Unset):
        scheduling_configuration (None | SchedulingConfiguration | Unset):
    """

    label_key: None | str | Unset = UNSET
    label_value: None | str | Unset = UNSET
    over_provisioning_ratio: int | None | Unset = 1
    placement_strategy: NodepoolSyncUpdateFieldsPlacementStrategy | Unset = UNSET
    gpu_network_acceleration_label_key: str | Unset = UNSET
    gpu_network_acceleration_detection: NodepoolGPUNetworkAccelerationDetection | None | Unset = UNSET
    gpu_resource_optimization: GPUResourceOptimization | None | Unset = UNSET
    scheduling_configuration: None | SchedulingConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_key: None | str | Unset
        if isinstance(self.label_key, Unset):
            label_key = UNSET
        else:
            label_key = self.label_key

        label_value: None | str | Unset
        if isinstance(self.label_value, Unset):
            label_value = UNSET
        else:
            label_value = self.label_value

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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if label_key is not UNSET:
            fields_["labelKey"] = label_key
        if label_value is not UNSET:
            fields_["labelValue"] = label_value
        if over_provisioning_ratio is not UNSET:
            fields_["overProvisioningRatio"] = over_provisioning_ratio
        if placement_strategy is not UNSET:
            fields_["placementStrategy"] = placement_strategy
        if gpu_network_acceleration_label_key is not UNSET:
            fields_["gpuNetworkAccelerationLabelKey"] = gpu_network_acceleration_label_key
        if gpu_network_acceleration_detection is not UNSET:
            fields_["gpuNetworkAccelerationDetection"] = gpu_network_acceleration_detection
        if gpu_resource_optimization is not UNSET:
            fields_["gpuResourceOptimization"] = gpu_resource_optimization
        if scheduling_configuration is not UNSET:
            fields_["schedulingConfiguration"] = scheduling_configuration

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _label_key = data_.get("labelKey", UNSET)
            label_key: None | str | Unset
            if _label_key is None:
                label_key = None
            elif isinstance(_label_key, Unset):
                label_key = UNSET
            elif isinstance(_label_key, str):
                label_key = _label_key
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_label_key).__name__}")

        except Exception as error_:
            raise FieldError.at("labelKey", data_, error_) from None
        try:
            _label_value = data_.get("labelValue", UNSET)
            label_value: None | str | Unset
            if _label_value is None:
                label_value = None
            elif isinstance(_label_value, Unset):
                label_value = UNSET
            elif isinstance(_label_value, str):
                label_value = _label_value
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_label_value).__name__}")

        except Exception as error_:
            raise FieldError.at("labelValue", data_, error_) from None
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
            placement_strategy: NodepoolSyncUpdateFieldsPlacementStrategy | Unset
            if isinstance(_placement_strategy, Unset):
                placement_strategy = UNSET
            else:
                placement_strategy = NodepoolSyncUpdateFieldsPlacementStrategy.from_dict(_placement_strategy)

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
        instance_ = cls_(
            label_key=label_key,
            label_value=label_value,
            over_provisioning_ratio=over_provisioning_ratio,
            placement_strategy=placement_strategy,
            gpu_network_acceleration_label_key=gpu_network_acceleration_label_key,
            gpu_network_acceleration_detection=gpu_network_acceleration_detection,
            gpu_resource_optimization=gpu_resource_optimization,
            scheduling_configuration=scheduling_configuration,
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
from ..models.nodepool_sync_update_fields_placement_strategy import NodepoolSyncUpdateFieldsPlacementStrategy  # noqa: E402
from ..models.scheduling_configuration import SchedulingConfiguration  # noqa: E402
