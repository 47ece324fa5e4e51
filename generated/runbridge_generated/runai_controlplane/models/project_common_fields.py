from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_resources import AssignedResources
    from ..models.jobs_node_affinity import JobsNodeAffinity
    from ..models.resource_permissions import ResourcePermissions


T = TypeVar("T", bound="ProjectCommonFields")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deserved_gpus is not UNSET:
            field_dict["deservedGpus"] = deserved_gpus
        if max_allowed_gpus is not UNSET:
            field_dict["maxAllowedGpus"] = max_allowed_gpus
        if gpu_over_quota_weight is not UNSET:
            field_dict["gpuOverQuotaWeight"] = gpu_over_quota_weight
        if default_node_pools is not UNSET:
            field_dict["defaultNodePools"] = default_node_pools
        if interactive_job_time_limit_secs is not UNSET:
            field_dict["interactiveJobTimeLimitSecs"] = interactive_job_time_limit_secs
        if interactive_job_max_idle_duration_secs is not UNSET:
            field_dict["interactiveJobMaxIdleDurationSecs"] = interactive_job_max_idle_duration_secs
        if interactive_preemptible_job_max_idle_duration_secs is not UNSET:
            field_dict["interactivePreemptibleJobMaxIdleDurationSecs"] = (
                interactive_preemptible_job_max_idle_duration_secs
            )
        if training_job_time_limit_secs is not UNSET:
            field_dict["trainingJobTimeLimitSecs"] = training_job_time_limit_secs
        if training_job_max_idle_duration_secs is not UNSET:
            field_dict["trainingJobMaxIdleDurationSecs"] = training_job_max_idle_duration_secs
        if node_affinity is not UNSET:
            field_dict["nodeAffinity"] = node_affinity
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_resources import AssignedResources  # noqa: PLC0415
        from ..models.jobs_node_affinity import JobsNodeAffinity  # noqa: PLC0415
        from ..models.resource_permissions import ResourcePermissions  # noqa: PLC0415

        d = dict(src_dict)
        deserved_gpus = d.pop("deservedGpus", UNSET)

        max_allowed_gpus = d.pop("maxAllowedGpus", UNSET)

        gpu_over_quota_weight = d.pop("gpuOverQuotaWeight", UNSET)

        default_node_pools = cast(list[str], d.pop("defaultNodePools", UNSET))

        interactive_job_time_limit_secs = d.pop("interactiveJobTimeLimitSecs", UNSET)

        interactive_job_max_idle_duration_secs = d.pop("interactiveJobMaxIdleDurationSecs", UNSET)

        interactive_preemptible_job_max_idle_duration_secs = d.pop(
            "interactivePreemptibleJobMaxIdleDurationSecs", UNSET
        )

        training_job_time_limit_secs = d.pop("trainingJobTimeLimitSecs", UNSET)

        training_job_max_idle_duration_secs = d.pop("trainingJobMaxIdleDurationSecs", UNSET)

        _node_affinity = d.pop("nodeAffinity", UNSET)
        node_affinity: JobsNodeAffinity | Unset
        if isinstance(_node_affinity, Unset):
            node_affinity = UNSET
        else:
            node_affinity = JobsNodeAffinity.from_dict(_node_affinity)

        _permissions = d.pop("permissions", UNSET)
        permissions: ResourcePermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = ResourcePermissions.from_dict(_permissions)

        _resources = d.pop("resources", UNSET)
        resources: AssignedResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = AssignedResources.from_dict(_resources)

        instance_ = cls(
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
