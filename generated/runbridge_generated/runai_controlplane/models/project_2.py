from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="Project2")
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
        "name",
        "nodePoolsResources",
        "namespace",
        "id",
        "departmentId",
        "tenantId",
        "clusterUuid",
        "departmentName",
        "interactiveNodeAffinity",
        "trainNodeAffinity",
        "createdAt",
        "status",
        "phase",
    )
)


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
        if name is not UNSET:
            fields_["name"] = name
        if node_pools_resources is not UNSET:
            fields_["nodePoolsResources"] = node_pools_resources
        if namespace is not UNSET:
            fields_["namespace"] = namespace
        if id is not UNSET:
            fields_["id"] = id
        if department_id is not UNSET:
            fields_["departmentId"] = department_id
        if tenant_id is not UNSET:
            fields_["tenantId"] = tenant_id
        if cluster_uuid is not UNSET:
            fields_["clusterUuid"] = cluster_uuid
        if department_name is not UNSET:
            fields_["departmentName"] = department_name
        if interactive_node_affinity is not UNSET:
            fields_["interactiveNodeAffinity"] = interactive_node_affinity
        if train_node_affinity is not UNSET:
            fields_["trainNodeAffinity"] = train_node_affinity
        if created_at is not UNSET:
            fields_["createdAt"] = created_at
        if status is not UNSET:
            fields_["status"] = status
        if phase is not UNSET:
            fields_["phase"] = phase

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
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        try:
            _node_pools_resources = data_.get("nodePoolsResources", UNSET)
            node_pools_resources: list[NodePoolAssignedResources] | Unset = UNSET
            if _node_pools_resources is not UNSET:
                if not isinstance(_node_pools_resources, list):
                    raise TypeError(f"expected a list, got {type(_node_pools_resources).__name__}")
                node_pools_resources = []
                for node_pools_resources_item_index_, node_pools_resources_item_data in enumerate(
                    _node_pools_resources
                ):
                    try:
                        node_pools_resources_item = NodePoolAssignedResources.from_dict(node_pools_resources_item_data)

                    except Exception as error_:
                        raise FieldError.at(node_pools_resources_item_index_, _node_pools_resources, error_) from None
                    node_pools_resources.append(node_pools_resources_item)

        except Exception as error_:
            raise FieldError.at("nodePoolsResources", data_, error_) from None
        namespace = data_.get("namespace", UNSET)
        if (not isinstance(namespace, str)) and not isinstance(namespace, Unset):
            raise FieldError.at("namespace", data_, TypeError(f"expected str, got {type(namespace).__name__}"))
        id = data_.get("id", UNSET)
        if (not isinstance(id, int) or id is True or id is False) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected int, got {type(id).__name__}"))
        department_id = data_.get("departmentId", UNSET)
        if (not isinstance(department_id, int) or department_id is True or department_id is False) and not isinstance(
            department_id, Unset
        ):
            raise FieldError.at("departmentId", data_, TypeError(f"expected int, got {type(department_id).__name__}"))
        tenant_id = data_.get("tenantId", UNSET)
        if (not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False) and not isinstance(
            tenant_id, Unset
        ):
            raise FieldError.at("tenantId", data_, TypeError(f"expected int, got {type(tenant_id).__name__}"))
        cluster_uuid = data_.get("clusterUuid", UNSET)
        if (not isinstance(cluster_uuid, str)) and not isinstance(cluster_uuid, Unset):
            raise FieldError.at("clusterUuid", data_, TypeError(f"expected str, got {type(cluster_uuid).__name__}"))
        department_name = data_.get("departmentName", UNSET)
        if (not isinstance(department_name, str)) and not isinstance(department_name, Unset):
            raise FieldError.at(
                "departmentName", data_, TypeError(f"expected str, got {type(department_name).__name__}")
            )
        interactive_node_affinity = data_.get("interactiveNodeAffinity", UNSET)
        if (not isinstance(interactive_node_affinity, str)) and not isinstance(interactive_node_affinity, Unset):
            raise FieldError.at(
                "interactiveNodeAffinity",
                data_,
                TypeError(f"expected str, got {type(interactive_node_affinity).__name__}"),
            )
        train_node_affinity = data_.get("trainNodeAffinity", UNSET)
        if (not isinstance(train_node_affinity, str)) and not isinstance(train_node_affinity, Unset):
            raise FieldError.at(
                "trainNodeAffinity", data_, TypeError(f"expected str, got {type(train_node_affinity).__name__}")
            )
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
            _status = data_.get("status", UNSET)
            status: ProjectStatus1 | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ProjectStatus1.from_dict(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        phase = data_.get("phase", UNSET)
        if (not isinstance(phase, str)) and not isinstance(phase, Unset):
            raise FieldError.at("phase", data_, TypeError(f"expected str, got {type(phase).__name__}"))
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
from ..models.node_pool_assigned_resources import NodePoolAssignedResources  # noqa: E402
from ..models.project_status_1 import ProjectStatus1  # noqa: E402
from ..models.resource_permissions import ResourcePermissions  # noqa: E402
