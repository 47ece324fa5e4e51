from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase import Phase
from ..models.phase_reason import PhaseReason
from ..models.source import Source
from ..models.source_api import SourceApi
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actions_support import ActionsSupport
    from ..models.condition_1 import Condition1
    from ..models.connection_1 import Connection1
    from ..models.datasource import Datasource
    from ..models.environment import Environment
    from ..models.pending_scheduling_message import PendingSchedulingMessage
    from ..models.requested_pods import RequestedPods
    from ..models.workload_additional_fields import WorkloadAdditionalFields
    from ..models.workload_allocated_resources import WorkloadAllocatedResources
    from ..models.workload_children_ids_item import WorkloadChildrenIdsItem
    from ..models.workload_environment_variables import WorkloadEnvironmentVariables
    from ..models.workload_request_resources import WorkloadRequestResources
    from ..models.workload_topology_type_0 import WorkloadTopologyType0


T = TypeVar("T", bound="WorkloadDetailed")


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
        from ..models.workload_allocated_resources import WorkloadAllocatedResources  # noqa: PLC0415
        from ..models.workload_request_resources import WorkloadRequestResources  # noqa: PLC0415
        from ..models.workload_topology_type_0 import WorkloadTopologyType0  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
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
            field_dict["submittedBy"] = submitted_by
        if workload_requested_resources is not UNSET:
            field_dict["workloadRequestedResources"] = workload_requested_resources
        if pods_requested_resources is not UNSET:
            field_dict["podsRequestedResources"] = pods_requested_resources
        if allocated_resources is not UNSET:
            field_dict["allocatedResources"] = allocated_resources
        if actions_support is not UNSET:
            field_dict["actionsSupport"] = actions_support
        if phase_message is not UNSET:
            field_dict["phaseMessage"] = phase_message
        if requested_pods is not UNSET:
            field_dict["requestedPods"] = requested_pods
        if requested_node_pools is not UNSET:
            field_dict["requestedNodePools"] = requested_node_pools
        if current_node_pools is not UNSET:
            field_dict["currentNodePools"] = current_node_pools
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if images is not UNSET:
            field_dict["images"] = images
        if children_ids is not UNSET:
            field_dict["childrenIds"] = children_ids
        if urls is not UNSET:
            field_dict["urls"] = urls
        if datasources is not UNSET:
            field_dict["datasources"] = datasources
        if environments is not UNSET:
            field_dict["environments"] = environments
        if external_connections is not UNSET:
            field_dict["externalConnections"] = external_connections
        if distributed_framework is not UNSET:
            field_dict["distributedFramework"] = distributed_framework
        if additional_fields is not UNSET:
            field_dict["additionalFields"] = additional_fields
        if preemptible is not UNSET:
            field_dict["preemptible"] = preemptible
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if command is not UNSET:
            field_dict["command"] = command
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if phase_reason is not UNSET:
            field_dict["phaseReason"] = phase_reason
        if idle_gpus is not UNSET:
            field_dict["idleGpus"] = idle_gpus
        if idle_allocated_gpus is not UNSET:
            field_dict["idleAllocatedGpus"] = idle_allocated_gpus
        if total_pending_time_seconds is not UNSET:
            field_dict["totalPendingTimeSeconds"] = total_pending_time_seconds
        if total_running_time_seconds is not UNSET:
            field_dict["totalRunningTimeSeconds"] = total_running_time_seconds
        if guaranteed_runtime_ends_at is not UNSET:
            field_dict["guaranteedRuntimeEndsAt"] = guaranteed_runtime_ends_at
        if ai_application_id is not UNSET:
            field_dict["aiApplicationId"] = ai_application_id
        if ai_application_name is not UNSET:
            field_dict["aiApplicationName"] = ai_application_name
        if source_api is not UNSET:
            field_dict["sourceApi"] = source_api
        if topology is not UNSET:
            field_dict["topology"] = topology
        if pending_scheduling_messages is not UNSET:
            field_dict["pendingSchedulingMessages"] = pending_scheduling_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actions_support import ActionsSupport  # noqa: PLC0415
        from ..models.condition_1 import Condition1  # noqa: PLC0415
        from ..models.connection_1 import Connection1  # noqa: PLC0415
        from ..models.datasource import Datasource  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.pending_scheduling_message import PendingSchedulingMessage  # noqa: PLC0415
        from ..models.requested_pods import RequestedPods  # noqa: PLC0415
        from ..models.workload_additional_fields import WorkloadAdditionalFields  # noqa: PLC0415
        from ..models.workload_allocated_resources import WorkloadAllocatedResources  # noqa: PLC0415
        from ..models.workload_children_ids_item import WorkloadChildrenIdsItem  # noqa: PLC0415
        from ..models.workload_environment_variables import WorkloadEnvironmentVariables  # noqa: PLC0415
        from ..models.workload_request_resources import WorkloadRequestResources  # noqa: PLC0415
        from ..models.workload_topology_type_0 import WorkloadTopologyType0  # noqa: PLC0415

        d = dict(src_dict)
        tenant_id = d.pop("tenantId")

        running_pods = d.pop("runningPods")

        phase_updated_at = datetime.datetime.fromisoformat(d.pop("phaseUpdatedAt"))

        k_8_s_phase_updated_at = datetime.datetime.fromisoformat(d.pop("k8sPhaseUpdatedAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        source = Source(d.pop("source"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt"))

        type_ = d.pop("type")

        name = d.pop("name")

        id = d.pop("id")

        def _parse_priority(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        priority = _parse_priority(d.pop("priority"))

        priority_class_name = d.pop("priorityClassName")

        cluster_id = d.pop("clusterId")

        project_name = d.pop("projectName")

        project_id = d.pop("projectId")

        department_name = d.pop("departmentName")

        department_id = d.pop("departmentId")

        namespace = d.pop("namespace")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        phase = Phase(d.pop("phase"))

        conditions = []
        _conditions = d.pop("conditions")
        for componentsschemas_conditions_item_data in _conditions:
            componentsschemas_conditions_item = Condition1.from_dict(componentsschemas_conditions_item_data)

            conditions.append(componentsschemas_conditions_item)

        k_8_s_phase = d.pop("k8sPhase")

        category = d.pop("category")

        submitted_by = d.pop("submittedBy", UNSET)

        def _parse_workload_requested_resources(data: object) -> None | Unset | WorkloadRequestResources:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workload_requested_resources_type_0 = WorkloadRequestResources.from_dict(data)

                return workload_requested_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkloadRequestResources, data)

        workload_requested_resources = _parse_workload_requested_resources(d.pop("workloadRequestedResources", UNSET))

        def _parse_pods_requested_resources(data: object) -> None | Unset | WorkloadRequestResources:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pods_requested_resources_type_0 = WorkloadRequestResources.from_dict(data)

                return pods_requested_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkloadRequestResources, data)

        pods_requested_resources = _parse_pods_requested_resources(d.pop("podsRequestedResources", UNSET))

        def _parse_allocated_resources(data: object) -> None | Unset | WorkloadAllocatedResources:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allocated_resources_type_0 = WorkloadAllocatedResources.from_dict(data)

                return allocated_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkloadAllocatedResources, data)

        allocated_resources = _parse_allocated_resources(d.pop("allocatedResources", UNSET))

        _actions_support = d.pop("actionsSupport", UNSET)
        actions_support: ActionsSupport | Unset
        if isinstance(_actions_support, Unset):
            actions_support = UNSET
        else:
            actions_support = ActionsSupport.from_dict(_actions_support)

        phase_message = d.pop("phaseMessage", UNSET)

        _requested_pods = d.pop("requestedPods", UNSET)
        requested_pods: RequestedPods | Unset
        if isinstance(_requested_pods, Unset):
            requested_pods = UNSET
        else:
            requested_pods = RequestedPods.from_dict(_requested_pods)

        requested_node_pools = cast(list[str], d.pop("requestedNodePools", UNSET))

        current_node_pools = cast(list[str], d.pop("currentNodePools", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        images = cast(list[str], d.pop("images", UNSET))

        _children_ids = d.pop("childrenIds", UNSET)
        children_ids: list[WorkloadChildrenIdsItem] | Unset = UNSET
        if _children_ids is not UNSET:
            children_ids = []
            for children_ids_item_data in _children_ids:
                children_ids_item = WorkloadChildrenIdsItem.from_dict(children_ids_item_data)

                children_ids.append(children_ids_item)

        urls = cast(list[str], d.pop("urls", UNSET))

        _datasources = d.pop("datasources", UNSET)
        datasources: list[Datasource] | Unset = UNSET
        if _datasources is not UNSET:
            datasources = []
            for datasources_item_data in _datasources:
                datasources_item = Datasource.from_dict(datasources_item_data)

                datasources.append(datasources_item)

        _environments = d.pop("environments", UNSET)
        environments: list[Environment] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = Environment.from_dict(environments_item_data)

                environments.append(environments_item)

        _external_connections = d.pop("externalConnections", UNSET)
        external_connections: list[Connection1] | Unset = UNSET
        if _external_connections is not UNSET:
            external_connections = []
            for external_connections_item_data in _external_connections:
                external_connections_item = Connection1.from_dict(external_connections_item_data)

                external_connections.append(external_connections_item)

        distributed_framework = d.pop("distributedFramework", UNSET)

        _additional_fields = d.pop("additionalFields", UNSET)
        additional_fields: WorkloadAdditionalFields | Unset
        if isinstance(_additional_fields, Unset):
            additional_fields = UNSET
        else:
            additional_fields = WorkloadAdditionalFields.from_dict(_additional_fields)

        def _parse_preemptible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preemptible = _parse_preemptible(d.pop("preemptible", UNSET))

        _environment_variables = d.pop("environmentVariables", UNSET)
        environment_variables: WorkloadEnvironmentVariables | Unset
        if isinstance(_environment_variables, Unset):
            environment_variables = UNSET
        else:
            environment_variables = WorkloadEnvironmentVariables.from_dict(_environment_variables)

        command = d.pop("command", UNSET)

        arguments = d.pop("arguments", UNSET)

        _phase_reason = d.pop("phaseReason", UNSET)
        phase_reason: PhaseReason | Unset
        if isinstance(_phase_reason, Unset):
            phase_reason = UNSET
        else:
            phase_reason = PhaseReason(_phase_reason)

        def _parse_idle_gpus(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        idle_gpus = _parse_idle_gpus(d.pop("idleGpus", UNSET))

        def _parse_idle_allocated_gpus(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        idle_allocated_gpus = _parse_idle_allocated_gpus(d.pop("idleAllocatedGpus", UNSET))

        def _parse_total_pending_time_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_pending_time_seconds = _parse_total_pending_time_seconds(d.pop("totalPendingTimeSeconds", UNSET))

        def _parse_total_running_time_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_running_time_seconds = _parse_total_running_time_seconds(d.pop("totalRunningTimeSeconds", UNSET))

        def _parse_guaranteed_runtime_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                guaranteed_runtime_ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return guaranteed_runtime_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        guaranteed_runtime_ends_at = _parse_guaranteed_runtime_ends_at(d.pop("guaranteedRuntimeEndsAt", UNSET))

        ai_application_id = d.pop("aiApplicationId", UNSET)

        ai_application_name = d.pop("aiApplicationName", UNSET)

        def _parse_source_api(data: object) -> None | SourceApi | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_api_type_0 = SourceApi(data)

                return source_api_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceApi | Unset, data)

        source_api = _parse_source_api(d.pop("sourceApi", UNSET))

        def _parse_topology(data: object) -> None | Unset | WorkloadTopologyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                topology_type_0 = WorkloadTopologyType0.from_dict(data)

                return topology_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkloadTopologyType0, data)

        topology = _parse_topology(d.pop("topology", UNSET))

        def _parse_pending_scheduling_messages(data: object) -> list[PendingSchedulingMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pending_scheduling_messages_type_0 = []
                _pending_scheduling_messages_type_0 = data
                for pending_scheduling_messages_type_0_item_data in _pending_scheduling_messages_type_0:
                    pending_scheduling_messages_type_0_item = PendingSchedulingMessage.from_dict(
                        pending_scheduling_messages_type_0_item_data
                    )

                    pending_scheduling_messages_type_0.append(pending_scheduling_messages_type_0_item)

                return pending_scheduling_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PendingSchedulingMessage] | None | Unset, data)

        pending_scheduling_messages = _parse_pending_scheduling_messages(d.pop("pendingSchedulingMessages", UNSET))

        instance_ = cls(
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
