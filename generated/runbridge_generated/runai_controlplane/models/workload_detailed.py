from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase import Phase
from ..models.phase_reason import PhaseReason
from ..models.source import Source
from ..models.source_api import SourceApi
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="WorkloadDetailed")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "tenantId",
        "runningPods",
        "phaseUpdatedAt",
        "k8sPhaseUpdatedAt",
        "updatedAt",
        "source",
        "deletedAt",
        "type",
        "name",
        "id",
        "priority",
        "priorityClassName",
        "clusterId",
        "projectName",
        "projectId",
        "departmentName",
        "departmentId",
        "namespace",
        "createdAt",
        "phase",
        "conditions",
        "k8sPhase",
        "category",
        "submittedBy",
        "workloadRequestedResources",
        "podsRequestedResources",
        "allocatedResources",
        "actionsSupport",
        "phaseMessage",
        "requestedPods",
        "requestedNodePools",
        "currentNodePools",
        "completedAt",
        "images",
        "childrenIds",
        "urls",
        "datasources",
        "environments",
        "externalConnections",
        "distributedFramework",
        "additionalFields",
        "preemptible",
        "environmentVariables",
        "command",
        "arguments",
        "phaseReason",
        "idleGpus",
        "idleAllocatedGpus",
        "totalPendingTimeSeconds",
        "totalRunningTimeSeconds",
        "guaranteedRuntimeEndsAt",
        "aiApplicationId",
        "aiApplicationName",
        "sourceApi",
        "topology",
        "pendingSchedulingMessages",
    )
)


@_attrs_define
class WorkloadDetailed:
    """
    Attributes:
        tenant_id (int):
        running_pods (int):
        phase_updated_at (datetime.datetime):
        k_8_s_phase_updated_at (datetime.datetime):
        updated_at (datetime.datetime):
        source (Source):
        deleted_at (datetime.datetime | None):
        type_ (str):
        name (str):
        id (str):
        priority (int | None):
        priority_class_name (str):
        cluster_id (str):
        project_name (str):
        project_id (str):
        department_name (str):
        department_id (str):
        namespace (str):
        created_at (datetime.datetime):
        phase (Phase):
        conditions (list[Condition1]):
        k_8_s_phase (str):
        category (str):
        submitted_by (str | Unset):
        workload_requested_resources (None | Unset | WorkloadRequestResources):
        pods_requested_resources (None | Unset | WorkloadRequestResources):
        allocated_resources (None | Unset | WorkloadAllocatedResources):
        actions_support (ActionsSupport | Unset):
        phase_message (str | Unset):
        requested_pods (RequestedPods | Unset):
        requested_node_pools (list[str] | Unset):
        current_node_pools (list[str] | Unset):
        completed_at (datetime.datetime | None | Unset):
        images (list[str] | Unset):
        children_ids (list[WorkloadChildrenIdsItem] | Unset):
        urls (list[str] | Unset):
        datasources (list[Datasource] | Unset):
        environments (list[Environment] | Unset):
        external_connections (list[Connection1] | Unset):
        distributed_framework (str | Unset):
        additional_fields (WorkloadAdditionalFields | Unset):
        preemptible (bool | None | Unset):
        environment_variables (WorkloadEnvironmentVariables | Unset):
        command (str | Unset):
        arguments (str | Unset):
        phase_reason (PhaseReason | Unset):
        idle_gpus (int | None | Unset):
        idle_allocated_gpus (float | None | Unset):
        total_pending_time_seconds (int | None | Unset):
        total_running_time_seconds (int | None | Unset):
        guaranteed_runtime_ends_at (datetime.datetime | None | Unset):
        ai_application_id (str | Unset):
        ai_application_name (str | Unset):
        source_api (None | SourceApi | Unset):
        topology (None | Unset | WorkloadTopologyType0):
        pending_scheduling_messages (list[PendingSchedulingMessage] | None | Unset):
    """

    tenant_id: int
    running_pods: int
    phase_updated_at: datetime.datetime
    k_8_s_phase_updated_at: datetime.datetime
    updated_at: datetime.datetime
    source: Source
    deleted_at: datetime.datetime | None
    type_: str
    name: str
    id: str
    priority: int | None
    priority_class_name: str
    cluster_id: str
    project_name: str
    project_id: str
    department_name: str
    department_id: str
    namespace: str
    created_at: datetime.datetime
    phase: Phase
    conditions: list[Condition1]
    k_8_s_phase: str
    category: str
    submitted_by: str | Unset = UNSET
    workload_requested_resources: None | Unset | WorkloadRequestResources = UNSET
    pods_requested_resources: None | Unset | WorkloadRequestResources = UNSET
    allocated_resources: None | Unset | WorkloadAllocatedResources = UNSET
    actions_support: ActionsSupport | Unset = UNSET
    phase_message: str | Unset = UNSET
    requested_pods: RequestedPods | Unset = UNSET
    requested_node_pools: list[str] | Unset = UNSET
    current_node_pools: list[str] | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    images: list[str] | Unset = UNSET
    children_ids: list[WorkloadChildrenIdsItem] | Unset = UNSET
    urls: list[str] | Unset = UNSET
    datasources: list[Datasource] | Unset = UNSET
    environments: list[Environment] | Unset = UNSET
    external_connections: list[Connection1] | Unset = UNSET
    distributed_framework: str | Unset = UNSET
    additional_fields: WorkloadAdditionalFields | Unset = UNSET
    preemptible: bool | None | Unset = UNSET
    environment_variables: WorkloadEnvironmentVariables | Unset = UNSET
    command: str | Unset = UNSET
    arguments: str | Unset = UNSET
    phase_reason: PhaseReason | Unset = UNSET
    idle_gpus: int | None | Unset = UNSET
    idle_allocated_gpus: float | None | Unset = UNSET
    total_pending_time_seconds: int | None | Unset = UNSET
    total_running_time_seconds: int | None | Unset = UNSET
    guaranteed_runtime_ends_at: datetime.datetime | None | Unset = UNSET
    ai_application_id: str | Unset = UNSET
    ai_application_name: str | Unset = UNSET
    source_api: None | SourceApi | Unset = UNSET
    topology: None | Unset | WorkloadTopologyType0 = UNSET
    pending_scheduling_messages: list[PendingSchedulingMessage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        running_pods = self.running_pods

        phase_updated_at = self.phase_updated_at.isoformat()

        k_8_s_phase_updated_at = self.k_8_s_phase_updated_at.isoformat()

        updated_at = self.updated_at.isoformat()

        source = self.source.value

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        type_ = self.type_

        name = self.name

        id = self.id

        priority: int | None
        priority = self.priority

        priority_class_name = self.priority_class_name

        cluster_id = self.cluster_id

        project_name = self.project_name

        project_id = self.project_id

        department_name = self.department_name

        department_id = self.department_id

        namespace = self.namespace

        created_at = self.created_at.isoformat()

        phase = self.phase.value

        conditions = []
        for componentsschemas_conditions_item_data in self.conditions:
            componentsschemas_conditions_item = componentsschemas_conditions_item_data.to_dict()
            conditions.append(componentsschemas_conditions_item)

        k_8_s_phase = self.k_8_s_phase

        category = self.category

        submitted_by = self.submitted_by

        workload_requested_resources: dict[str, Any] | None | Unset
        if isinstance(self.workload_requested_resources, Unset):
            workload_requested_resources = UNSET
        elif isinstance(self.workload_requested_resources, WorkloadRequestResources):
            workload_requested_resources = self.workload_requested_resources.to_dict()
        else:
            workload_requested_resources = self.workload_requested_resources

        pods_requested_resources: dict[str, Any] | None | Unset
        if isinstance(self.pods_requested_resources, Unset):
            pods_requested_resources = UNSET
        elif isinstance(self.pods_requested_resources, WorkloadRequestResources):
            pods_requested_resources = self.pods_requested_resources.to_dict()
        else:
            pods_requested_resources = self.pods_requested_resources

        allocated_resources: dict[str, Any] | None | Unset
        if isinstance(self.allocated_resources, Unset):
            allocated_resources = UNSET
        elif isinstance(self.allocated_resources, WorkloadAllocatedResources):
            allocated_resources = self.allocated_resources.to_dict()
        else:
            allocated_resources = self.allocated_resources

        actions_support: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions_support, Unset):
            actions_support = self.actions_support.to_dict()

        phase_message = self.phase_message

        requested_pods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_pods, Unset):
            requested_pods = self.requested_pods.to_dict()

        requested_node_pools: list[str] | Unset = UNSET
        if not isinstance(self.requested_node_pools, Unset):
            requested_node_pools = self.requested_node_pools

        current_node_pools: list[str] | Unset = UNSET
        if not isinstance(self.current_node_pools, Unset):
            current_node_pools = self.current_node_pools

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        children_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children_ids, Unset):
            children_ids = []
            for children_ids_item_data in self.children_ids:
                children_ids_item = children_ids_item_data.to_dict()
                children_ids.append(children_ids_item)

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        datasources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasources, Unset):
            datasources = []
            for datasources_item_data in self.datasources:
                datasources_item = datasources_item_data.to_dict()
                datasources.append(datasources_item)

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        external_connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_connections, Unset):
            external_connections = []
            for external_connections_item_data in self.external_connections:
                external_connections_item = external_connections_item_data.to_dict()
                external_connections.append(external_connections_item)

        distributed_framework = self.distributed_framework

        additional_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fields, Unset):
            additional_fields = self.additional_fields.to_dict()

        preemptible: bool | None | Unset
        if isinstance(self.preemptible, Unset):
            preemptible = UNSET
        else:
            preemptible = self.preemptible

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        command = self.command

        arguments = self.arguments

        phase_reason: str | Unset = UNSET
        if not isinstance(self.phase_reason, Unset):
            phase_reason = self.phase_reason.value

        idle_gpus: int | None | Unset
        if isinstance(self.idle_gpus, Unset):
            idle_gpus = UNSET
        else:
            idle_gpus = self.idle_gpus

        idle_allocated_gpus: float | None | Unset
        if isinstance(self.idle_allocated_gpus, Unset):
            idle_allocated_gpus = UNSET
        else:
            idle_allocated_gpus = self.idle_allocated_gpus

        total_pending_time_seconds: int | None | Unset
        if isinstance(self.total_pending_time_seconds, Unset):
            total_pending_time_seconds = UNSET
        else:
            total_pending_time_seconds = self.total_pending_time_seconds

        total_running_time_seconds: int | None | Unset
        if isinstance(self.total_running_time_seconds, Unset):
            total_running_time_seconds = UNSET
        else:
            total_running_time_seconds = self.total_running_time_seconds

        guaranteed_runtime_ends_at: None | str | Unset
        if isinstance(self.guaranteed_runtime_ends_at, Unset):
            guaranteed_runtime_ends_at = UNSET
        elif isinstance(self.guaranteed_runtime_ends_at, datetime.datetime):
            guaranteed_runtime_ends_at = self.guaranteed_runtime_ends_at.isoformat()
        else:
            guaranteed_runtime_ends_at = self.guaranteed_runtime_ends_at

        ai_application_id = self.ai_application_id

        ai_application_name = self.ai_application_name

        source_api: None | str | Unset
        if isinstance(self.source_api, Unset):
            source_api = UNSET
        elif isinstance(self.source_api, SourceApi):
            source_api = self.source_api.value
        else:
            source_api = self.source_api

        topology: dict[str, Any] | None | Unset
        if isinstance(self.topology, Unset):
            topology = UNSET
        elif isinstance(self.topology, WorkloadTopologyType0):
            topology = self.topology.to_dict()
        else:
            topology = self.topology

        pending_scheduling_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.pending_scheduling_messages, Unset):
            pending_scheduling_messages = UNSET
        elif isinstance(self.pending_scheduling_messages, list):
            pending_scheduling_messages = []
            for pending_scheduling_messages_type_0_item_data in self.pending_scheduling_messages:
                pending_scheduling_messages_type_0_item = pending_scheduling_messages_type_0_item_data.to_dict()
                pending_scheduling_messages.append(pending_scheduling_messages_type_0_item)

        else:
            pending_scheduling_messages = self.pending_scheduling_messages

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "tenantId": tenant_id,
                "runningPods": running_pods,
                "phaseUpdatedAt": phase_updated_at,
                "k8sPhaseUpdatedAt": k_8_s_phase_updated_at,
                "updatedAt": updated_at,
                "source": source,
                "deletedAt": deleted_at,
                "type": type_,
                "name": name,
                "id": id,
                "priority": priority,
                "priorityClassName": priority_class_name,
                "clusterId": cluster_id,
                "projectName": project_name,
                "projectId": project_id,
                "departmentName": department_name,
                "departmentId": department_id,
                "namespace": namespace,
                "createdAt": created_at,
                "phase": phase,
                "conditions": conditions,
                "k8sPhase": k_8_s_phase,
                "category": category,
            }
        )
        if submitted_by is not UNSET:
            fields_["submittedBy"] = submitted_by
        if workload_requested_resources is not UNSET:
            fields_["workloadRequestedResources"] = workload_requested_resources
        if pods_requested_resources is not UNSET:
            fields_["podsRequestedResources"] = pods_requested_resources
        if allocated_resources is not UNSET:
            fields_["allocatedResources"] = allocated_resources
        if actions_support is not UNSET:
            fields_["actionsSupport"] = actions_support
        if phase_message is not UNSET:
            fields_["phaseMessage"] = phase_message
        if requested_pods is not UNSET:
            fields_["requestedPods"] = requested_pods
        if requested_node_pools is not UNSET:
            fields_["requestedNodePools"] = requested_node_pools
        if current_node_pools is not UNSET:
            fields_["currentNodePools"] = current_node_pools
        if completed_at is not UNSET:
            fields_["completedAt"] = completed_at
        if images is not UNSET:
            fields_["images"] = images
        if children_ids is not UNSET:
            fields_["childrenIds"] = children_ids
        if urls is not UNSET:
            fields_["urls"] = urls
        if datasources is not UNSET:
            fields_["datasources"] = datasources
        if environments is not UNSET:
            fields_["environments"] = environments
        if external_connections is not UNSET:
            fields_["externalConnections"] = external_connections
        if distributed_framework is not UNSET:
            fields_["distributedFramework"] = distributed_framework
        if additional_fields is not UNSET:
            fields_["additionalFields"] = additional_fields
        if preemptible is not UNSET:
            fields_["preemptible"] = preemptible
        if environment_variables is not UNSET:
            fields_["environmentVariables"] = environment_variables
        if command is not UNSET:
            fields_["command"] = command
        if arguments is not UNSET:
            fields_["arguments"] = arguments
        if phase_reason is not UNSET:
            fields_["phaseReason"] = phase_reason
        if idle_gpus is not UNSET:
            fields_["idleGpus"] = idle_gpus
        if idle_allocated_gpus is not UNSET:
            fields_["idleAllocatedGpus"] = idle_allocated_gpus
        if total_pending_time_seconds is not UNSET:
            fields_["totalPendingTimeSeconds"] = total_pending_time_seconds
        if total_running_time_seconds is not UNSET:
            fields_["totalRunningTimeSeconds"] = total_running_time_seconds
        if guaranteed_runtime_ends_at is not UNSET:
            fields_["guaranteedRuntimeEndsAt"] = guaranteed_runtime_ends_at
        if ai_application_id is not UNSET:
            fields_["aiApplicationId"] = ai_application_id
        if ai_application_name is not UNSET:
            fields_["aiApplicationName"] = ai_application_name
        if source_api is not UNSET:
            fields_["sourceApi"] = source_api
        if topology is not UNSET:
            fields_["topology"] = topology
        if pending_scheduling_messages is not UNSET:
            fields_["pendingSchedulingMessages"] = pending_scheduling_messages

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            tenant_id = data_["tenantId"]
            if not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False:
                raise TypeError(f"expected int, got {type(tenant_id).__name__}")
        except Exception as error_:
            raise FieldError.at("tenantId", data_, error_) from None
        try:
            running_pods = data_["runningPods"]
            if not isinstance(running_pods, int) or running_pods is True or running_pods is False:
                raise TypeError(f"expected int, got {type(running_pods).__name__}")
        except Exception as error_:
            raise FieldError.at("runningPods", data_, error_) from None
        try:
            phase_updated_at = datetime.datetime.fromisoformat(data_["phaseUpdatedAt"])

        except Exception as error_:
            raise FieldError.at("phaseUpdatedAt", data_, error_) from None
        try:
            k_8_s_phase_updated_at = datetime.datetime.fromisoformat(data_["k8sPhaseUpdatedAt"])

        except Exception as error_:
            raise FieldError.at("k8sPhaseUpdatedAt", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            source = Source(data_["source"])

        except Exception as error_:
            raise FieldError.at("source", data_, error_) from None
        try:
            _deleted_at = data_["deletedAt"]
            deleted_at: datetime.datetime | None
            if _deleted_at is None:
                deleted_at = None
            elif isinstance(_deleted_at, str):
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None, got {type(_deleted_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        try:
            type_ = data_["type"]
            if not isinstance(type_, str):
                raise TypeError(f"expected str, got {type(type_).__name__}")
        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            _priority = data_["priority"]
            priority: int | None
            if _priority is None:
                priority = None
            elif isinstance(_priority, int) and not isinstance(_priority, bool):
                priority = _priority
            else:
                raise TypeError(f"expected int | None, got {type(_priority).__name__}")

        except Exception as error_:
            raise FieldError.at("priority", data_, error_) from None
        try:
            priority_class_name = data_["priorityClassName"]
            if not isinstance(priority_class_name, str):
                raise TypeError(f"expected str, got {type(priority_class_name).__name__}")
        except Exception as error_:
            raise FieldError.at("priorityClassName", data_, error_) from None
        try:
            cluster_id = data_["clusterId"]
            if not isinstance(cluster_id, str):
                raise TypeError(f"expected str, got {type(cluster_id).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterId", data_, error_) from None
        try:
            project_name = data_["projectName"]
            if not isinstance(project_name, str):
                raise TypeError(f"expected str, got {type(project_name).__name__}")
        except Exception as error_:
            raise FieldError.at("projectName", data_, error_) from None
        try:
            project_id = data_["projectId"]
            if not isinstance(project_id, str):
                raise TypeError(f"expected str, got {type(project_id).__name__}")
        except Exception as error_:
            raise FieldError.at("projectId", data_, error_) from None
        try:
            department_name = data_["departmentName"]
            if not isinstance(department_name, str):
                raise TypeError(f"expected str, got {type(department_name).__name__}")
        except Exception as error_:
            raise FieldError.at("departmentName", data_, error_) from None
        try:
            department_id = data_["departmentId"]
            if not isinstance(department_id, str):
                raise TypeError(f"expected str, got {type(department_id).__name__}")
        except Exception as error_:
            raise FieldError.at("departmentId", data_, error_) from None
        try:
            namespace = data_["namespace"]
            if not isinstance(namespace, str):
                raise TypeError(f"expected str, got {type(namespace).__name__}")
        except Exception as error_:
            raise FieldError.at("namespace", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            phase = Phase(data_["phase"])

        except Exception as error_:
            raise FieldError.at("phase", data_, error_) from None
        try:
            _conditions = data_["conditions"]
            if not isinstance(_conditions, list):
                raise TypeError(f"expected a list, got {type(_conditions).__name__}")
            conditions = []
            for componentsschemas_conditions_item_index_, componentsschemas_conditions_item_data in enumerate(
                _conditions
            ):
                try:
                    componentsschemas_conditions_item = Condition1.from_dict(componentsschemas_conditions_item_data)

                except Exception as error_:
                    raise FieldError.at(componentsschemas_conditions_item_index_, _conditions, error_) from None
                conditions.append(componentsschemas_conditions_item)

        except Exception as error_:
            raise FieldError.at("conditions", data_, error_) from None
        try:
            k_8_s_phase = data_["k8sPhase"]
            if not isinstance(k_8_s_phase, str):
                raise TypeError(f"expected str, got {type(k_8_s_phase).__name__}")
        except Exception as error_:
            raise FieldError.at("k8sPhase", data_, error_) from None
        try:
            category = data_["category"]
            if not isinstance(category, str):
                raise TypeError(f"expected str, got {type(category).__name__}")
        except Exception as error_:
            raise FieldError.at("category", data_, error_) from None
        submitted_by = data_.get("submittedBy", UNSET)
        if (not isinstance(submitted_by, str)) and not isinstance(submitted_by, Unset):
            raise FieldError.at("submittedBy", data_, TypeError(f"expected str, got {type(submitted_by).__name__}"))
        try:
            _workload_requested_resources = data_.get("workloadRequestedResources", UNSET)
            workload_requested_resources: None | Unset | WorkloadRequestResources
            if _workload_requested_resources is None:
                workload_requested_resources = None
            elif isinstance(_workload_requested_resources, Unset):
                workload_requested_resources = UNSET
            elif isinstance(_workload_requested_resources, dict):
                workload_requested_resources_type_0 = WorkloadRequestResources.from_dict(_workload_requested_resources)

                workload_requested_resources = workload_requested_resources_type_0

            else:
                raise TypeError(
                    f"expected None | Unset | WorkloadRequestResources, got {type(_workload_requested_resources).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("workloadRequestedResources", data_, error_) from None
        try:
            _pods_requested_resources = data_.get("podsRequestedResources", UNSET)
            pods_requested_resources: None | Unset | WorkloadRequestResources
            if _pods_requested_resources is None:
                pods_requested_resources = None
            elif isinstance(_pods_requested_resources, Unset):
                pods_requested_resources = UNSET
            elif isinstance(_pods_requested_resources, dict):
                pods_requested_resources_type_0 = WorkloadRequestResources.from_dict(_pods_requested_resources)

                pods_requested_resources = pods_requested_resources_type_0

            else:
                raise TypeError(
                    f"expected None | Unset | WorkloadRequestResources, got {type(_pods_requested_resources).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("podsRequestedResources", data_, error_) from None
        try:
            _allocated_resources = data_.get("allocatedResources", UNSET)
            allocated_resources: None | Unset | WorkloadAllocatedResources
            if _allocated_resources is None:
                allocated_resources = None
            elif isinstance(_allocated_resources, Unset):
                allocated_resources = UNSET
            elif isinstance(_allocated_resources, dict):
                allocated_resources_type_0 = WorkloadAllocatedResources.from_dict(_allocated_resources)

                allocated_resources = allocated_resources_type_0

            else:
                raise TypeError(
                    f"expected None | Unset | WorkloadAllocatedResources, got {type(_allocated_resources).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("allocatedResources", data_, error_) from None
        try:
            _actions_support = data_.get("actionsSupport", UNSET)
            actions_support: ActionsSupport | Unset
            if isinstance(_actions_support, Unset):
                actions_support = UNSET
            else:
                actions_support = ActionsSupport.from_dict(_actions_support)

        except Exception as error_:
            raise FieldError.at("actionsSupport", data_, error_) from None
        phase_message = data_.get("phaseMessage", UNSET)
        if (not isinstance(phase_message, str)) and not isinstance(phase_message, Unset):
            raise FieldError.at("phaseMessage", data_, TypeError(f"expected str, got {type(phase_message).__name__}"))
        try:
            _requested_pods = data_.get("requestedPods", UNSET)
            requested_pods: RequestedPods | Unset
            if isinstance(_requested_pods, Unset):
                requested_pods = UNSET
            else:
                requested_pods = RequestedPods.from_dict(_requested_pods)

        except Exception as error_:
            raise FieldError.at("requestedPods", data_, error_) from None
        try:
            requested_node_pools = cast_(list[str], checked_scalars_(data_.get("requestedNodePools", UNSET), str))

        except Exception as error_:
            raise FieldError.at("requestedNodePools", data_, error_) from None
        try:
            current_node_pools = cast_(list[str], checked_scalars_(data_.get("currentNodePools", UNSET), str))

        except Exception as error_:
            raise FieldError.at("currentNodePools", data_, error_) from None
        try:
            _completed_at = data_.get("completedAt", UNSET)
            completed_at: datetime.datetime | None | Unset
            if _completed_at is None:
                completed_at = None
            elif isinstance(_completed_at, Unset):
                completed_at = UNSET
            elif isinstance(_completed_at, str):
                completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at)

                completed_at = completed_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_completed_at).__name__}")

        except Exception as error_:
            raise FieldError.at("completedAt", data_, error_) from None
        try:
            images = cast_(list[str], checked_scalars_(data_.get("images", UNSET), str))

        except Exception as error_:
            raise FieldError.at("images", data_, error_) from None
        try:
            _children_ids = data_.get("childrenIds", UNSET)
            children_ids: list[WorkloadChildrenIdsItem] | Unset = UNSET
            if _children_ids is not UNSET:
                if not isinstance(_children_ids, list):
                    raise TypeError(f"expected a list, got {type(_children_ids).__name__}")
                children_ids = []
                for children_ids_item_index_, children_ids_item_data in enumerate(_children_ids):
                    try:
                        children_ids_item = WorkloadChildrenIdsItem.from_dict(children_ids_item_data)

                    except Exception as error_:
                        raise FieldError.at(children_ids_item_index_, _children_ids, error_) from None
                    children_ids.append(children_ids_item)

        except Exception as error_:
            raise FieldError.at("childrenIds", data_, error_) from None
        try:
            urls = cast_(list[str], checked_scalars_(data_.get("urls", UNSET), str))

        except Exception as error_:
            raise FieldError.at("urls", data_, error_) from None
        try:
            _datasources = data_.get("datasources", UNSET)
            datasources: list[Datasource] | Unset = UNSET
            if _datasources is not UNSET:
                if not isinstance(_datasources, list):
                    raise TypeError(f"expected a list, got {type(_datasources).__name__}")
                datasources = []
                for datasources_item_index_, datasources_item_data in enumerate(_datasources):
                    try:
                        datasources_item = Datasource.from_dict(datasources_item_data)

                    except Exception as error_:
                        raise FieldError.at(datasources_item_index_, _datasources, error_) from None
                    datasources.append(datasources_item)

        except Exception as error_:
            raise FieldError.at("datasources", data_, error_) from None
        try:
            _environments = data_.get("environments", UNSET)
            environments: list[Environment] | Unset = UNSET
            if _environments is not UNSET:
                if not isinstance(_environments, list):
                    raise TypeError(f"expected a list, got {type(_environments).__name__}")
                environments = []
                for environments_item_index_, environments_item_data in enumerate(_environments):
                    try:
                        environments_item = Environment.from_dict(environments_item_data)

                    except Exception as error_:
                        raise FieldError.at(environments_item_index_, _environments, error_) from None
                    environments.append(environments_item)

        except Exception as error_:
            raise FieldError.at("environments", data_, error_) from None
        try:
            _external_connections = data_.get("externalConnections", UNSET)
            external_connections: list[Connection1] | Unset = UNSET
            if _external_connections is not UNSET:
                if not isinstance(_external_connections, list):
                    raise TypeError(f"expected a list, got {type(_external_connections).__name__}")
                external_connections = []
                for external_connections_item_index_, external_connections_item_data in enumerate(
                    _external_connections
                ):
                    try:
                        external_connections_item = Connection1.from_dict(external_connections_item_data)

                    except Exception as error_:
                        raise FieldError.at(external_connections_item_index_, _external_connections, error_) from None
                    external_connections.append(external_connections_item)

        except Exception as error_:
            raise FieldError.at("externalConnections", data_, error_) from None
        distributed_framework = data_.get("distributedFramework", UNSET)
        if (not isinstance(distributed_framework, str)) and not isinstance(distributed_framework, Unset):
            raise FieldError.at(
                "distributedFramework", data_, TypeError(f"expected str, got {type(distributed_framework).__name__}")
            )
        try:
            _additional_fields = data_.get("additionalFields", UNSET)
            additional_fields: WorkloadAdditionalFields | Unset
            if isinstance(_additional_fields, Unset):
                additional_fields = UNSET
            else:
                additional_fields = WorkloadAdditionalFields.from_dict(_additional_fields)

        except Exception as error_:
            raise FieldError.at("additionalFields", data_, error_) from None
        try:
            _preemptible = data_.get("preemptible", UNSET)
            preemptible: bool | None | Unset
            if _preemptible is None:
                preemptible = None
            elif isinstance(_preemptible, Unset):
                preemptible = UNSET
            elif isinstance(_preemptible, bool):
                preemptible = _preemptible
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_preemptible).__name__}")

        except Exception as error_:
            raise FieldError.at("preemptible", data_, error_) from None
        try:
            _environment_variables = data_.get("environmentVariables", UNSET)
            environment_variables: WorkloadEnvironmentVariables | Unset
            if isinstance(_environment_variables, Unset):
                environment_variables = UNSET
            else:
                environment_variables = WorkloadEnvironmentVariables.from_dict(_environment_variables)

        except Exception as error_:
            raise FieldError.at("environmentVariables", data_, error_) from None
        command = data_.get("command", UNSET)
        if (not isinstance(command, str)) and not isinstance(command, Unset):
            raise FieldError.at("command", data_, TypeError(f"expected str, got {type(command).__name__}"))
        arguments = data_.get("arguments", UNSET)
        if (not isinstance(arguments, str)) and not isinstance(arguments, Unset):
            raise FieldError.at("arguments", data_, TypeError(f"expected str, got {type(arguments).__name__}"))
        try:
            _phase_reason = data_.get("phaseReason", UNSET)
            phase_reason: PhaseReason | Unset
            if isinstance(_phase_reason, Unset):
                phase_reason = UNSET
            else:
                phase_reason = PhaseReason(_phase_reason)

        except Exception as error_:
            raise FieldError.at("phaseReason", data_, error_) from None
        try:
            _idle_gpus = data_.get("idleGpus", UNSET)
            idle_gpus: int | None | Unset
            if _idle_gpus is None:
                idle_gpus = None
            elif isinstance(_idle_gpus, Unset):
                idle_gpus = UNSET
            elif isinstance(_idle_gpus, int) and not isinstance(_idle_gpus, bool):
                idle_gpus = _idle_gpus
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_idle_gpus).__name__}")

        except Exception as error_:
            raise FieldError.at("idleGpus", data_, error_) from None
        try:
            _idle_allocated_gpus = data_.get("idleAllocatedGpus", UNSET)
            idle_allocated_gpus: float | None | Unset
            if _idle_allocated_gpus is None:
                idle_allocated_gpus = None
            elif isinstance(_idle_allocated_gpus, Unset):
                idle_allocated_gpus = UNSET
            elif isinstance(_idle_allocated_gpus, (int, float)) and not isinstance(_idle_allocated_gpus, bool):
                idle_allocated_gpus = _idle_allocated_gpus
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_idle_allocated_gpus).__name__}")

        except Exception as error_:
            raise FieldError.at("idleAllocatedGpus", data_, error_) from None
        try:
            _total_pending_time_seconds = data_.get("totalPendingTimeSeconds", UNSET)
            total_pending_time_seconds: int | None | Unset
            if _total_pending_time_seconds is None:
                total_pending_time_seconds = None
            elif isinstance(_total_pending_time_seconds, Unset):
                total_pending_time_seconds = UNSET
            elif isinstance(_total_pending_time_seconds, int) and not isinstance(_total_pending_time_seconds, bool):
                total_pending_time_seconds = _total_pending_time_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_total_pending_time_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("totalPendingTimeSeconds", data_, error_) from None
        try:
            _total_running_time_seconds = data_.get("totalRunningTimeSeconds", UNSET)
            total_running_time_seconds: int | None | Unset
            if _total_running_time_seconds is None:
                total_running_time_seconds = None
            elif isinstance(_total_running_time_seconds, Unset):
                total_running_time_seconds = UNSET
            elif isinstance(_total_running_time_seconds, int) and not isinstance(_total_running_time_seconds, bool):
                total_running_time_seconds = _total_running_time_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_total_running_time_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("totalRunningTimeSeconds", data_, error_) from None
        try:
            _guaranteed_runtime_ends_at = data_.get("guaranteedRuntimeEndsAt", UNSET)
            guaranteed_runtime_ends_at: datetime.datetime | None | Unset
            if _guaranteed_runtime_ends_at is None:
                guaranteed_runtime_ends_at = None
            elif isinstance(_guaranteed_runtime_ends_at, Unset):
                guaranteed_runtime_ends_at = UNSET
            elif isinstance(_guaranteed_runtime_ends_at, str):
                guaranteed_runtime_ends_at_type_0 = datetime.datetime.fromisoformat(_guaranteed_runtime_ends_at)

                guaranteed_runtime_ends_at = guaranteed_runtime_ends_at_type_0

            else:
                raise TypeError(
                    f"expected datetime.datetime | None | Unset, got {type(_guaranteed_runtime_ends_at).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("guaranteedRuntimeEndsAt", data_, error_) from None
        ai_application_id = data_.get("aiApplicationId", UNSET)
        if (not isinstance(ai_application_id, str)) and not isinstance(ai_application_id, Unset):
            raise FieldError.at(
                "aiApplicationId", data_, TypeError(f"expected str, got {type(ai_application_id).__name__}")
            )
        ai_application_name = data_.get("aiApplicationName", UNSET)
        if (not isinstance(ai_application_name, str)) and not isinstance(ai_application_name, Unset):
            raise FieldError.at(
                "aiApplicationName", data_, TypeError(f"expected str, got {type(ai_application_name).__name__}")
            )
        try:
            _source_api = data_.get("sourceApi", UNSET)
            source_api: None | SourceApi | Unset
            if _source_api is None:
                source_api = None
            elif isinstance(_source_api, Unset):
                source_api = UNSET
            elif isinstance(_source_api, str):
                source_api_type_0 = SourceApi(_source_api)

                source_api = source_api_type_0

            else:
                raise TypeError(f"expected None | SourceApi | Unset, got {type(_source_api).__name__}")

        except Exception as error_:
            raise FieldError.at("sourceApi", data_, error_) from None
        try:
            _topology = data_.get("topology", UNSET)
            topology: None | Unset | WorkloadTopologyType0
            if _topology is None:
                topology = None
            elif isinstance(_topology, Unset):
                topology = UNSET
            elif isinstance(_topology, dict):
                topology_type_0 = WorkloadTopologyType0.from_dict(_topology)

                topology = topology_type_0

            else:
                raise TypeError(f"expected None | Unset | WorkloadTopologyType0, got {type(_topology).__name__}")

        except Exception as error_:
            raise FieldError.at("topology", data_, error_) from None
        try:
            _pending_scheduling_messages = data_.get("pendingSchedulingMessages", UNSET)
            pending_scheduling_messages: list[PendingSchedulingMessage] | None | Unset
            if _pending_scheduling_messages is None:
                pending_scheduling_messages = None
            elif isinstance(_pending_scheduling_messages, Unset):
                pending_scheduling_messages = UNSET
            elif isinstance(_pending_scheduling_messages, list):
                _pending_scheduling_messages_type_0 = _pending_scheduling_messages
                if not isinstance(_pending_scheduling_messages_type_0, list):
                    raise TypeError(f"expected a list, got {type(_pending_scheduling_messages_type_0).__name__}")
                pending_scheduling_messages_type_0 = []
                for (
                    pending_scheduling_messages_type_0_item_index_,
                    pending_scheduling_messages_type_0_item_data,
                ) in enumerate(_pending_scheduling_messages_type_0):
                    try:
                        pending_scheduling_messages_type_0_item = PendingSchedulingMessage.from_dict(
                            pending_scheduling_messages_type_0_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(
                            pending_scheduling_messages_type_0_item_index_, _pending_scheduling_messages_type_0, error_
                        ) from None
                    pending_scheduling_messages_type_0.append(pending_scheduling_messages_type_0_item)

                pending_scheduling_messages = pending_scheduling_messages_type_0

            else:
                raise TypeError(
                    f"expected list[PendingSchedulingMessage] | None | Unset, got {type(_pending_scheduling_messages).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("pendingSchedulingMessages", data_, error_) from None
        instance_ = cls_(
            tenant_id=tenant_id,
            running_pods=running_pods,
            phase_updated_at=phase_updated_at,
            k_8_s_phase_updated_at=k_8_s_phase_updated_at,
            updated_at=updated_at,
            source=source,
            deleted_at=deleted_at,
            type_=type_,
            name=name,
            id=id,
            priority=priority,
            priority_class_name=priority_class_name,
            cluster_id=cluster_id,
            project_name=project_name,
            project_id=project_id,
            department_name=department_name,
            department_id=department_id,
            namespace=namespace,
            created_at=created_at,
            phase=phase,
            conditions=conditions,
            k_8_s_phase=k_8_s_phase,
            category=category,
            submitted_by=submitted_by,
            workload_requested_resources=workload_requested_resources,
            pods_requested_resources=pods_requested_resources,
            allocated_resources=allocated_resources,
            actions_support=actions_support,
            phase_message=phase_message,
            requested_pods=requested_pods,
            requested_node_pools=requested_node_pools,
            current_node_pools=current_node_pools,
            completed_at=completed_at,
            images=images,
            children_ids=children_ids,
            urls=urls,
            datasources=datasources,
            environments=environments,
            external_connections=external_connections,
            distributed_framework=distributed_framework,
            additional_fields=additional_fields,
            preemptible=preemptible,
            environment_variables=environment_variables,
            command=command,
            arguments=arguments,
            phase_reason=phase_reason,
            idle_gpus=idle_gpus,
            idle_allocated_gpus=idle_allocated_gpus,
            total_pending_time_seconds=total_pending_time_seconds,
            total_running_time_seconds=total_running_time_seconds,
            guaranteed_runtime_ends_at=guaranteed_runtime_ends_at,
            ai_application_id=ai_application_id,
            ai_application_name=ai_application_name,
            source_api=source_api,
            topology=topology,
            pending_scheduling_messages=pending_scheduling_messages,
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
from ..models.actions_support import ActionsSupport  # noqa: E402
from ..models.condition_1 import Condition1  # noqa: E402
from ..models.connection_1 import Connection1  # noqa: E402
from ..models.datasource import Datasource  # noqa: E402
from ..models.environment import Environment  # noqa: E402
from ..models.pending_scheduling_message import PendingSchedulingMessage  # noqa: E402
from ..models.requested_pods import RequestedPods  # noqa: E402
from ..models.workload_additional_fields import WorkloadAdditionalFields  # noqa: E402
from ..models.workload_allocated_resources import WorkloadAllocatedResources  # noqa: E402
from ..models.workload_children_ids_item import WorkloadChildrenIdsItem  # noqa: E402
from ..models.workload_environment_variables import WorkloadEnvironmentVariables  # noqa: E402
from ..models.workload_request_resources import WorkloadRequestResources  # noqa: E402
from ..models.workload_topology_type_0 import WorkloadTopologyType0  # noqa: E402
