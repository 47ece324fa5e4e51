from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_project_parent import DepartmentProjectParent
    from ..models.node_types_per_workload import NodeTypesPerWorkload
    from ..models.overtime_data import OvertimeData
    from ..models.project_effective import ProjectEffective
    from ..models.project_status import ProjectStatus
    from ..models.resources import Resources
    from ..models.scheduling_rules import SchedulingRules
    from ..models.total_resources import TotalResources


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """
    Attributes:
        description (str):
        id (str):
        name (str):
        cluster_id (str):
        parent_id (str):
        enforce_runai_scheduler (bool):
        status (ProjectStatus):
        total_resources (TotalResources):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        effective (ProjectEffective):
        resources (list[Resources]):
        scheduling_rules (None | SchedulingRules | Unset):
        default_node_pools (list[str] | None | Unset):
        node_types (NodeTypesPerWorkload | None | Unset):
        requested_namespace (None | str | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        parent (DepartmentProjectParent | None | Unset):
        overtime_data (OvertimeData | Unset):
    """

    description: str
    id: str
    name: str
    cluster_id: str
    parent_id: str
    enforce_runai_scheduler: bool
    status: ProjectStatus
    total_resources: TotalResources
    created_at: datetime.datetime
    updated_at: datetime.datetime
    effective: ProjectEffective
    resources: list[Resources]
    scheduling_rules: None | SchedulingRules | Unset = UNSET
    default_node_pools: list[str] | None | Unset = UNSET
    node_types: NodeTypesPerWorkload | None | Unset = UNSET
    requested_namespace: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    parent: DepartmentProjectParent | None | Unset = UNSET
    overtime_data: OvertimeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.department_project_parent import DepartmentProjectParent  # noqa: PLC0415
        from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: PLC0415
        from ..models.scheduling_rules import SchedulingRules  # noqa: PLC0415

        description = self.description

        id = self.id

        name = self.name

        cluster_id = self.cluster_id

        parent_id = self.parent_id

        enforce_runai_scheduler = self.enforce_runai_scheduler

        status = self.status.to_dict()

        total_resources = self.total_resources.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        effective = self.effective.to_dict()

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        scheduling_rules: dict[str, Any] | None | Unset
        if isinstance(self.scheduling_rules, Unset):
            scheduling_rules = UNSET
        elif isinstance(self.scheduling_rules, SchedulingRules):
            scheduling_rules = self.scheduling_rules.to_dict()
        else:
            scheduling_rules = self.scheduling_rules

        default_node_pools: list[str] | None | Unset
        if isinstance(self.default_node_pools, Unset):
            default_node_pools = UNSET
        elif isinstance(self.default_node_pools, list):
            default_node_pools = self.default_node_pools

        else:
            default_node_pools = self.default_node_pools

        node_types: dict[str, Any] | None | Unset
        if isinstance(self.node_types, Unset):
            node_types = UNSET
        elif isinstance(self.node_types, NodeTypesPerWorkload):
            node_types = self.node_types.to_dict()
        else:
            node_types = self.node_types

        requested_namespace: None | str | Unset
        if isinstance(self.requested_namespace, Unset):
            requested_namespace = UNSET
        else:
            requested_namespace = self.requested_namespace

        created_by = self.created_by

        updated_by = self.updated_by

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, DepartmentProjectParent):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        overtime_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overtime_data, Unset):
            overtime_data = self.overtime_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "clusterId": cluster_id,
                "parentId": parent_id,
                "enforceRunaiScheduler": enforce_runai_scheduler,
                "status": status,
                "totalResources": total_resources,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "effective": effective,
                "resources": resources,
            }
        )
        if scheduling_rules is not UNSET:
            field_dict["schedulingRules"] = scheduling_rules
        if default_node_pools is not UNSET:
            field_dict["defaultNodePools"] = default_node_pools
        if node_types is not UNSET:
            field_dict["nodeTypes"] = node_types
        if requested_namespace is not UNSET:
            field_dict["requestedNamespace"] = requested_namespace
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if parent is not UNSET:
            field_dict["parent"] = parent
        if overtime_data is not UNSET:
            field_dict["overtimeData"] = overtime_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_project_parent import DepartmentProjectParent  # noqa: PLC0415
        from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: PLC0415
        from ..models.overtime_data import OvertimeData  # noqa: PLC0415
        from ..models.project_effective import ProjectEffective  # noqa: PLC0415
        from ..models.project_status import ProjectStatus  # noqa: PLC0415
        from ..models.resources import Resources  # noqa: PLC0415
        from ..models.scheduling_rules import SchedulingRules  # noqa: PLC0415
        from ..models.total_resources import TotalResources  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        cluster_id = d.pop("clusterId")

        parent_id = d.pop("parentId")

        enforce_runai_scheduler = d.pop("enforceRunaiScheduler")

        status = ProjectStatus.from_dict(d.pop("status"))

        total_resources = TotalResources.from_dict(d.pop("totalResources"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        effective = ProjectEffective.from_dict(d.pop("effective"))

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = Resources.from_dict(resources_item_data)

            resources.append(resources_item)

        def _parse_scheduling_rules(data: object) -> None | SchedulingRules | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scheduling_rules_type_0 = SchedulingRules.from_dict(data)

                return scheduling_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchedulingRules | Unset, data)

        scheduling_rules = _parse_scheduling_rules(d.pop("schedulingRules", UNSET))

        def _parse_default_node_pools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_node_pools_type_0 = cast(list[str], data)

                return default_node_pools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        default_node_pools = _parse_default_node_pools(d.pop("defaultNodePools", UNSET))

        def _parse_node_types(data: object) -> NodeTypesPerWorkload | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_types_type_0 = NodeTypesPerWorkload.from_dict(data)

                return node_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeTypesPerWorkload | None | Unset, data)

        node_types = _parse_node_types(d.pop("nodeTypes", UNSET))

        def _parse_requested_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_namespace = _parse_requested_namespace(d.pop("requestedNamespace", UNSET))

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        def _parse_parent(data: object) -> DepartmentProjectParent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = DepartmentProjectParent.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepartmentProjectParent | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        _overtime_data = d.pop("overtimeData", UNSET)
        overtime_data: OvertimeData | Unset
        if isinstance(_overtime_data, Unset):
            overtime_data = UNSET
        else:
            overtime_data = OvertimeData.from_dict(_overtime_data)

        instance_ = cls(
            description=description,
            id=id,
            name=name,
            cluster_id=cluster_id,
            parent_id=parent_id,
            enforce_runai_scheduler=enforce_runai_scheduler,
            status=status,
            total_resources=total_resources,
            created_at=created_at,
            updated_at=updated_at,
            effective=effective,
            resources=resources,
            scheduling_rules=scheduling_rules,
            default_node_pools=default_node_pools,
            node_types=node_types,
            requested_namespace=requested_namespace,
            created_by=created_by,
            updated_by=updated_by,
            parent=parent,
            overtime_data=overtime_data,
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
