from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_for_list_status_type_0 import DepartmentForListStatusType0
    from ..models.department_project_child import DepartmentProjectChild
    from ..models.node_types_per_workload import NodeTypesPerWorkload
    from ..models.overtime_data import OvertimeData
    from ..models.resources import Resources
    from ..models.scheduling_rules import SchedulingRules
    from ..models.total_resources import TotalResources


T = TypeVar("T", bound="DepartmentForList")


@_attrs_define
class DepartmentForList:
    """
    Attributes:
        name (str):
        cluster_id (str):
        id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        total_resources (None | TotalResources):
        description (str | Unset):
        scheduling_rules (None | SchedulingRules | Unset):
        default_node_pools (list[str] | None | Unset):
        node_types (NodeTypesPerWorkload | None | Unset):
        overtime_data (OvertimeData | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        children (list[DepartmentProjectChild] | None | Unset):
        status (DepartmentForListStatusType0 | None | Unset):
        resources (list[Resources] | Unset):
    """

    name: str
    cluster_id: str
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    total_resources: None | TotalResources
    description: str | Unset = UNSET
    scheduling_rules: None | SchedulingRules | Unset = UNSET
    default_node_pools: list[str] | None | Unset = UNSET
    node_types: NodeTypesPerWorkload | None | Unset = UNSET
    overtime_data: OvertimeData | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    children: list[DepartmentProjectChild] | None | Unset = UNSET
    status: DepartmentForListStatusType0 | None | Unset = UNSET
    resources: list[Resources] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.department_for_list_status_type_0 import DepartmentForListStatusType0  # noqa: PLC0415
        from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: PLC0415
        from ..models.scheduling_rules import SchedulingRules  # noqa: PLC0415
        from ..models.total_resources import TotalResources  # noqa: PLC0415

        name = self.name

        cluster_id = self.cluster_id

        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        total_resources: dict[str, Any] | None
        if isinstance(self.total_resources, TotalResources):
            total_resources = self.total_resources.to_dict()
        else:
            total_resources = self.total_resources

        description = self.description

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

        overtime_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overtime_data, Unset):
            overtime_data = self.overtime_data.to_dict()

        created_by = self.created_by

        updated_by = self.updated_by

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DepartmentForListStatusType0):
            status = self.status.to_dict()
        else:
            status = self.status

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "clusterId": cluster_id,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "totalResources": total_resources,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scheduling_rules is not UNSET:
            field_dict["schedulingRules"] = scheduling_rules
        if default_node_pools is not UNSET:
            field_dict["defaultNodePools"] = default_node_pools
        if node_types is not UNSET:
            field_dict["nodeTypes"] = node_types
        if overtime_data is not UNSET:
            field_dict["overtimeData"] = overtime_data
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if children is not UNSET:
            field_dict["children"] = children
        if status is not UNSET:
            field_dict["status"] = status
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_for_list_status_type_0 import DepartmentForListStatusType0  # noqa: PLC0415
        from ..models.department_project_child import DepartmentProjectChild  # noqa: PLC0415
        from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: PLC0415
        from ..models.overtime_data import OvertimeData  # noqa: PLC0415
        from ..models.resources import Resources  # noqa: PLC0415
        from ..models.scheduling_rules import SchedulingRules  # noqa: PLC0415
        from ..models.total_resources import TotalResources  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        cluster_id = d.pop("clusterId")

        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_total_resources(data: object) -> None | TotalResources:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_resources_type_0 = TotalResources.from_dict(data)

                return total_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TotalResources, data)

        total_resources = _parse_total_resources(d.pop("totalResources"))

        description = d.pop("description", UNSET)

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

        _overtime_data = d.pop("overtimeData", UNSET)
        overtime_data: OvertimeData | Unset
        if isinstance(_overtime_data, Unset):
            overtime_data = UNSET
        else:
            overtime_data = OvertimeData.from_dict(_overtime_data)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        def _parse_children(data: object) -> list[DepartmentProjectChild] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = DepartmentProjectChild.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DepartmentProjectChild] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        def _parse_status(data: object) -> DepartmentForListStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = DepartmentForListStatusType0.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepartmentForListStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _resources = d.pop("resources", UNSET)
        resources: list[Resources] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = Resources.from_dict(resources_item_data)

                resources.append(resources_item)

        instance_ = cls(
            name=name,
            cluster_id=cluster_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            total_resources=total_resources,
            description=description,
            scheduling_rules=scheduling_rules,
            default_node_pools=default_node_pools,
            node_types=node_types,
            overtime_data=overtime_data,
            created_by=created_by,
            updated_by=updated_by,
            children=children,
            status=status,
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
