from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="ProjectCommonFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "deservedGpus",
        "maxAllowedGpus",
        "gpuOverQuotaWeight",
        "defaultNodePools",
        "interactiveJobTimeLimitSecs",
        "interactiveJobMaxIdleDurationSecs",
        "interactivePreemptibleJobMaxIdleDurationSecs",
        "trainingJobTimeLimitSecs",
        "trainingJobMaxIdleDurationSecs",
        "nodeAffinity",
        "permissions",
        "resources",
    )
)


@_attrs_define
class ProjectCommonFields:
    """
    Attributes:
        deserved_gpus (float | Unset):
        max_allowed_gpus (float | Unset):
        gpu_over_quota_weight (float | Unset):
        default_node_pools (list[str] | Unset):
        interactive_job_time_limit_secs (float | Unset):
        interactive_job_max_idle_duration_secs (float | Unset):
        interactive_preemptible_job_max_idle_duration_secs (float | Unset):
        training_job_time_limit_secs (float | Unset):
        training_job_max_idle_duration_secs (float | Unset):
        node_affinity (JobsNodeAffinity | Unset):
        permissions (ResourcePermissions | Unset):
        resources (AssignedResources | Unset):
    """

    deserved_gpus: float | Unset = UNSET
    max_allowed_gpus: float | Unset = UNSET
    gpu_over_quota_weight: float | Unset = UNSET
    default_node_pools: list[str] | Unset = UNSET
    interactive_job_time_limit_secs: float | Unset = UNSET
    interactive_job_max_idle_duration_secs: float | Unset = UNSET
    interactive_preemptible_job_max_idle_duration_secs: float | Unset = UNSET
    training_job_time_limit_secs: float | Unset = UNSET
    training_job_max_idle_duration_secs: float | Unset = UNSET
    node_affinity: JobsNodeAffinity | Unset = UNSET
    permissions: ResourcePermissions | Unset = UNSET
    resources: AssignedResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deserved_gpus = self.deserved_gpus

        max_allowed_gpus = self.max_allowed_gpus

        gpu_over_quota_weight = self.gpu_over_quota_weight

        default_node_pools: list[str] | Unset = UNSET
        if not isinstance(self.default_node_pools, Unset):
            default_node_pools = self.default_node_pools

        interactive_job_time_limit_secs = self.interactive_job_time_limit_secs

        interactive_job_max_idle_duration_secs = self.interactive_job_max_idle_duration_secs

        interactive_preemptible_job_max_idle_duration_secs = self.interactive_preemptible_job_max_idle_duration_secs

        training_job_time_limit_secs = self.training_job_time_limit_secs

        training_job_max_idle_duration_secs = self.training_job_max_idle_duration_secs

        node_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_affinity, Unset):
            node_affinity = self.node_affinity.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if deserved_gpus is not UNSET:
            fields_["deservedGpus"] = deserved_gpus
        if max_allowed_gpus is not UNSET:
            fields_["maxAllowedGpus"] = max_allowed_gpus
        if gpu_over_quota_weight is not UNSET:
            fields_["gpuOverQuotaWeight"] = gpu_over_quota_weight
        if default_node_pools is not UNSET:
            fields_["defaultNodePools"] = default_node_pools
        if interactive_job_time_limit_secs is not UNSET:
            fields_["interactiveJobTimeLimitSecs"] = interactive_job_time_limit_secs
        if interactive_job_max_idle_duration_secs is not UNSET:
            fields_["interactiveJobMaxIdleDurationSecs"] = interactive_job_max_idle_duration_secs
        if interactive_preemptible_job_max_idle_duration_secs is not UNSET:
            fields_["interactivePreemptibleJobMaxIdleDurationSecs"] = interactive_preemptible_job_max_idle_duration_secs
        if training_job_time_limit_secs is not UNSET:
            fields_["trainingJobTimeLimitSecs"] = training_job_time_limit_secs
        if training_job_max_idle_duration_secs is not UNSET:
            fields_["trainingJobMaxIdleDurationSecs"] = training_job_max_idle_duration_secs
        if node_affinity is not UNSET:
            fields_["nodeAffinity"] = node_affinity
        if permissions is not UNSET:
            fields_["permissions"] = permissions
        if resources is not UNSET:
            fields_["resources"] = resources

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        deserved_gpus = data_.get("deservedGpus", UNSET)
        if (
            not isinstance(deserved_gpus, (int, float)) or deserved_gpus is True or deserved_gpus is False
        ) and not isinstance(deserved_gpus, Unset):
            raise FieldError.at(
                "deservedGpus", data_, TypeError(f"expected int or float, got {type(deserved_gpus).__name__}")
            )
        max_allowed_gpus = data_.get("maxAllowedGpus", UNSET)
        if (
            not isinstance(max_allowed_gpus, (int, float)) or max_allowed_gpus is True or max_allowed_gpus is False
        ) and not isinstance(max_allowed_gpus, Unset):
            raise FieldError.at(
                "maxAllowedGpus", data_, TypeError(f"expected int or float, got {type(max_allowed_gpus).__name__}")
            )
        gpu_over_quota_weight = data_.get("gpuOverQuotaWeight", UNSET)
        if (
            not isinstance(gpu_over_quota_weight, (int, float))
            or gpu_over_quota_weight is True
            or gpu_over_quota_weight is False
        ) and not isinstance(gpu_over_quota_weight, Unset):
            raise FieldError.at(
                "gpuOverQuotaWeight",
                data_,
                TypeError(f"expected int or float, got {type(gpu_over_quota_weight).__name__}"),
            )
        try:
            default_node_pools = cast_(list[str], checked_scalars_(data_.get("defaultNodePools", UNSET), str))

        except Exception as error_:
            raise FieldError.at("defaultNodePools", data_, error_) from None
        interactive_job_time_limit_secs = data_.get("interactiveJobTimeLimitSecs", UNSET)
        if (
            not isinstance(interactive_job_time_limit_secs, (int, float))
            or interactive_job_time_limit_secs is True
            or interactive_job_time_limit_secs is False
        ) and not isinstance(interactive_job_time_limit_secs, Unset):
            raise FieldError.at(
                "interactiveJobTimeLimitSecs",
                data_,
                TypeError(f"expected int or float, got {type(interactive_job_time_limit_secs).__name__}"),
            )
        interactive_job_max_idle_duration_secs = data_.get("interactiveJobMaxIdleDurationSecs", UNSET)
        if (
            not isinstance(interactive_job_max_idle_duration_secs, (int, float))
            or interactive_job_max_idle_duration_secs is True
            or interactive_job_max_idle_duration_secs is False
        ) and not isinstance(interactive_job_max_idle_duration_secs, Unset):
            raise FieldError.at(
                "interactiveJobMaxIdleDurationSecs",
                data_,
                TypeError(f"expected int or float, got {type(interactive_job_max_idle_duration_secs).__name__}"),
            )
        interactive_preemptible_job_max_idle_duration_secs = data_.get(
            "interactivePreemptibleJobMaxIdleDurationSecs", UNSET
        )
        if (
            not isinstance(interactive_preemptible_job_max_idle_duration_secs, (int, float))
            or interactive_preemptible_job_max_idle_duration_secs is True
            or interactive_preemptible_job_max_idle_duration_secs is False
        ) and not isinstance(interactive_preemptible_job_max_idle_duration_secs, Unset):
            raise FieldError.at(
                "interactivePreemptibleJobMaxIdleDurationSecs",
                data_,
                TypeError(
                    f"expected int or float, got {type(interactive_preemptible_job_max_idle_duration_secs).__name__}"
                ),
            )
        training_job_time_limit_secs = data_.get("trainingJobTimeLimitSecs", UNSET)
        if (
            not isinstance(training_job_time_limit_secs, (int, float))
            or training_job_time_limit_secs is True
            or training_job_time_limit_secs is False
        ) and not isinstance(training_job_time_limit_secs, Unset):
            raise FieldError.at(
                "trainingJobTimeLimitSecs",
                data_,
                TypeError(f"expected int or float, got {type(training_job_time_limit_secs).__name__}"),
            )
        training_job_max_idle_duration_secs = data_.get("trainingJobMaxIdleDurationSecs", UNSET)
        if (
            not isinstance(training_job_max_idle_duration_secs, (int, float))
            or training_job_max_idle_duration_secs is True
            or training_job_max_idle_duration_secs is False
        ) and not isinstance(training_job_max_idle_duration_secs, Unset):
            raise FieldError.at(
                "trainingJobMaxIdleDurationSecs",
                data_,
                TypeError(f"expected int or float, got {type(training_job_max_idle_duration_secs).__name__}"),
            )
        try:
            _node_affinity = data_.get("nodeAffinity", UNSET)
            node_affinity: JobsNodeAffinity | Unset
            if isinstance(_node_affinity, Unset):
                node_affinity = UNSET
            else:
                node_affinity = JobsNodeAffinity.from_dict(_node_affinity)

        except Exception as error_:
            raise FieldError.at("nodeAffinity", data_, error_) from None
        try:
            _permissions = data_.get("permissions", UNSET)
            permissions: ResourcePermissions | Unset
            if isinstance(_permissions, Unset):
                permissions = UNSET
            else:
                permissions = ResourcePermissions.from_dict(_permissions)

        except Exception as error_:
            raise FieldError.at("permissions", data_, error_) from None
        try:
            _resources = data_.get("resources", UNSET)
            resources: AssignedResources | Unset
            if isinstance(_resources, Unset):
                resources = UNSET
            else:
                resources = AssignedResources.from_dict(_resources)

        except Exception as error_:
            raise FieldError.at("resources", data_, error_) from None
        instance_ = cls_(
            deserved_gpus=deserved_gpus,
            max_allowed_gpus=max_allowed_gpus,
            gpu_over_quota_weight=gpu_over_quota_weight,
            default_node_pools=default_node_pools,
            interactive_job_time_limit_secs=interactive_job_time_limit_secs,
            interactive_job_max_idle_duration_secs=interactive_job_max_idle_duration_secs,
            interactive_preemptible_job_max_idle_duration_secs=interactive_preemptible_job_max_idle_duration_secs,
            training_job_time_limit_secs=training_job_time_limit_secs,
            training_job_max_idle_duration_secs=training_job_max_idle_duration_secs,
            node_affinity=node_affinity,
            permissions=permissions,
            resources=resources,
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
from ..models.assigned_resources import AssignedResources  # noqa: E402
from ..models.jobs_node_affinity import JobsNodeAffinity  # noqa: E402
from ..models.resource_permissions import ResourcePermissions  # noqa: E402
