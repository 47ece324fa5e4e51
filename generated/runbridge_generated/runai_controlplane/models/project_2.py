from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_resources import AssignedResources
    from ..models.jobs_node_affinity import JobsNodeAffinity
    from ..models.node_pool_assigned_resources import NodePoolAssignedResources
    from ..models.project_status_1 import ProjectStatus1
    from ..models.resource_permissions import ResourcePermissions


T = TypeVar("T", bound="Project2")


@_attrs_define
class Project2:
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
        name (str | Unset):
        node_pools_resources (list[NodePoolAssignedResources] | Unset):
        namespace (str | Unset):
        id (int | Unset):
        department_id (int | Unset):
        tenant_id (int | Unset):
        cluster_uuid (str | Unset):
        department_name (str | Unset):
        interactive_node_affinity (str | Unset):
        train_node_affinity (str | Unset):
        created_at (datetime.datetime | Unset):
        status (ProjectStatus1 | Unset):
        phase (str | Unset):
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
    name: str | Unset = UNSET
    node_pools_resources: list[NodePoolAssignedResources] | Unset = UNSET
    namespace: str | Unset = UNSET
    id: int | Unset = UNSET
    department_id: int | Unset = UNSET
    tenant_id: int | Unset = UNSET
    cluster_uuid: str | Unset = UNSET
    department_name: str | Unset = UNSET
    interactive_node_affinity: str | Unset = UNSET
    train_node_affinity: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    status: ProjectStatus1 | Unset = UNSET
    phase: str | Unset = UNSET
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

        name = self.name

        node_pools_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_pools_resources, Unset):
            node_pools_resources = []
            for node_pools_resources_item_data in self.node_pools_resources:
                node_pools_resources_item = node_pools_resources_item_data.to_dict()
                node_pools_resources.append(node_pools_resources_item)

        namespace = self.namespace

        id = self.id

        department_id = self.department_id

        tenant_id = self.tenant_id

        cluster_uuid = self.cluster_uuid

        department_name = self.department_name

        interactive_node_affinity = self.interactive_node_affinity

        train_node_affinity = self.train_node_affinity

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        phase = self.phase

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
        if name is not UNSET:
            field_dict["name"] = name
        if node_pools_resources is not UNSET:
            field_dict["nodePoolsResources"] = node_pools_resources
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if id is not UNSET:
            field_dict["id"] = id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if cluster_uuid is not UNSET:
            field_dict["clusterUuid"] = cluster_uuid
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if interactive_node_affinity is not UNSET:
            field_dict["interactiveNodeAffinity"] = interactive_node_affinity
        if train_node_affinity is not UNSET:
            field_dict["trainNodeAffinity"] = train_node_affinity
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_resources import AssignedResources  # noqa: PLC0415
        from ..models.jobs_node_affinity import JobsNodeAffinity  # noqa: PLC0415
        from ..models.node_pool_assigned_resources import NodePoolAssignedResources  # noqa: PLC0415
        from ..models.project_status_1 import ProjectStatus1  # noqa: PLC0415
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

        name = d.pop("name", UNSET)

        _node_pools_resources = d.pop("nodePoolsResources", UNSET)
        node_pools_resources: list[NodePoolAssignedResources] | Unset = UNSET
        if _node_pools_resources is not UNSET:
            node_pools_resources = []
            for node_pools_resources_item_data in _node_pools_resources:
                node_pools_resources_item = NodePoolAssignedResources.from_dict(node_pools_resources_item_data)

                node_pools_resources.append(node_pools_resources_item)

        namespace = d.pop("namespace", UNSET)

        id = d.pop("id", UNSET)

        department_id = d.pop("departmentId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        cluster_uuid = d.pop("clusterUuid", UNSET)

        department_name = d.pop("departmentName", UNSET)

        interactive_node_affinity = d.pop("interactiveNodeAffinity", UNSET)

        train_node_affinity = d.pop("trainNodeAffinity", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _status = d.pop("status", UNSET)
        status: ProjectStatus1 | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectStatus1.from_dict(_status)

        phase = d.pop("phase", UNSET)

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
            name=name,
            node_pools_resources=node_pools_resources,
            namespace=namespace,
            id=id,
            department_id=department_id,
            tenant_id=tenant_id,
            cluster_uuid=cluster_uuid,
            department_name=department_name,
            interactive_node_affinity=interactive_node_affinity,
            train_node_affinity=train_node_affinity,
            created_at=created_at,
            status=status,
            phase=phase,
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
