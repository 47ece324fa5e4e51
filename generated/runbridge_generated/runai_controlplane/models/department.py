from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="Department")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "clusterId",
        "description",
        "id",
        "createdAt",
        "updatedAt",
        "totalResources",
        "schedulingRules",
        "defaultNodePools",
        "nodeTypes",
        "overtimeData",
        "createdBy",
        "updatedBy",
        "children",
        "projectsAggregatedResources",
        "status",
        "resources",
    )
)


@_attrs_define
class Department:
    """
    Attributes:
        name (str):
        cluster_id (str):
        description (str):
        id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        total_resources (TotalResources):
        scheduling_rules (None | SchedulingRules | Unset):
        default_node_pools (list[str] | None | Unset):
        node_types (NodeTypesPerWorkload | None | Unset):
        overtime_data (OvertimeData | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        children (list[DepartmentProjectChild] | None | Unset):
        projects_aggregated_resources (list[AggregatedResources] | None | Unset):
        status (DepartmentStatus | Unset):
        resources (list[Resources] | Unset):
    """

    name: str
    cluster_id: str
    description: str
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    total_resources: TotalResources
    scheduling_rules: None | SchedulingRules | Unset = UNSET
    default_node_pools: list[str] | None | Unset = UNSET
    node_types: NodeTypesPerWorkload | None | Unset = UNSET
    overtime_data: OvertimeData | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    children: list[DepartmentProjectChild] | None | Unset = UNSET
    projects_aggregated_resources: list[AggregatedResources] | None | Unset = UNSET
    status: DepartmentStatus | Unset = UNSET
    resources: list[Resources] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cluster_id = self.cluster_id

        description = self.description

        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        total_resources = self.total_resources.to_dict()

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

        projects_aggregated_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.projects_aggregated_resources, Unset):
            projects_aggregated_resources = UNSET
        elif isinstance(self.projects_aggregated_resources, list):
            projects_aggregated_resources = []
            for projects_aggregated_resources_type_0_item_data in self.projects_aggregated_resources:
                projects_aggregated_resources_type_0_item = projects_aggregated_resources_type_0_item_data.to_dict()
                projects_aggregated_resources.append(projects_aggregated_resources_type_0_item)

        else:
            projects_aggregated_resources = self.projects_aggregated_resources

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "name": name,
                "clusterId": cluster_id,
                "description": description,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "totalResources": total_resources,
            }
        )
        if scheduling_rules is not UNSET:
            fields_["schedulingRules"] = scheduling_rules
        if default_node_pools is not UNSET:
            fields_["defaultNodePools"] = default_node_pools
        if node_types is not UNSET:
            fields_["nodeTypes"] = node_types
        if overtime_data is not UNSET:
            fields_["overtimeData"] = overtime_data
        if created_by is not UNSET:
            fields_["createdBy"] = created_by
        if updated_by is not UNSET:
            fields_["updatedBy"] = updated_by
        if children is not UNSET:
            fields_["children"] = children
        if projects_aggregated_resources is not UNSET:
            fields_["projectsAggregatedResources"] = projects_aggregated_resources
        if status is not UNSET:
            fields_["status"] = status
        if resources is not UNSET:
            fields_["resources"] = resources

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            name = data_["name"]
            if not isinstance(name, str):
                raise TypeError(f"expected str, got {type(name).__name__}")
        except Exception as error_:
            raise FieldError.at("name", data_, error_) from None
        try:
            cluster_id = data_["clusterId"]
            if not isinstance(cluster_id, str):
                raise TypeError(f"expected str, got {type(cluster_id).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterId", data_, error_) from None
        try:
            description = data_["description"]
            if not isinstance(description, str):
                raise TypeError(f"expected str, got {type(description).__name__}")
        except Exception as error_:
            raise FieldError.at("description", data_, error_) from None
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            updated_at = datetime.datetime.fromisoformat(data_["updatedAt"])

        except Exception as error_:
            raise FieldError.at("updatedAt", data_, error_) from None
        try:
            total_resources = TotalResources.from_dict(data_["totalResources"])

        except Exception as error_:
            raise FieldError.at("totalResources", data_, error_) from None
        try:
            _scheduling_rules = data_.get("schedulingRules", UNSET)
            scheduling_rules: None | SchedulingRules | Unset
            if _scheduling_rules is None:
                scheduling_rules = None
            elif isinstance(_scheduling_rules, Unset):
                scheduling_rules = UNSET
            elif isinstance(_scheduling_rules, dict):
                scheduling_rules_type_0 = SchedulingRules.from_dict(_scheduling_rules)

                scheduling_rules = scheduling_rules_type_0

            else:
                raise TypeError(f"expected None | SchedulingRules | Unset, got {type(_scheduling_rules).__name__}")

        except Exception as error_:
            raise FieldError.at("schedulingRules", data_, error_) from None
        try:
            _default_node_pools = data_.get("defaultNodePools", UNSET)
            default_node_pools: list[str] | None | Unset
            if _default_node_pools is None:
                default_node_pools = None
            elif isinstance(_default_node_pools, Unset):
                default_node_pools = UNSET
            elif isinstance(_default_node_pools, list):
                default_node_pools_type_0 = cast_(list[str], checked_scalars_(_default_node_pools, str))

                default_node_pools = default_node_pools_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_default_node_pools).__name__}")

        except Exception as error_:
            raise FieldError.at("defaultNodePools", data_, error_) from None
        try:
            _node_types = data_.get("nodeTypes", UNSET)
            node_types: NodeTypesPerWorkload | None | Unset
            if _node_types is None:
                node_types = None
            elif isinstance(_node_types, Unset):
                node_types = UNSET
            elif isinstance(_node_types, dict):
                node_types_type_0 = NodeTypesPerWorkload.from_dict(_node_types)

                node_types = node_types_type_0

            else:
                raise TypeError(f"expected NodeTypesPerWorkload | None | Unset, got {type(_node_types).__name__}")

        except Exception as error_:
            raise FieldError.at("nodeTypes", data_, error_) from None
        try:
            _overtime_data = data_.get("overtimeData", UNSET)
            overtime_data: OvertimeData | Unset
            if isinstance(_overtime_data, Unset):
                overtime_data = UNSET
            else:
                overtime_data = OvertimeData.from_dict(_overtime_data)

        except Exception as error_:
            raise FieldError.at("overtimeData", data_, error_) from None
        created_by = data_.get("createdBy", UNSET)
        if (not isinstance(created_by, str)) and not isinstance(created_by, Unset):
            raise FieldError.at("createdBy", data_, TypeError(f"expected str, got {type(created_by).__name__}"))
        updated_by = data_.get("updatedBy", UNSET)
        if (not isinstance(updated_by, str)) and not isinstance(updated_by, Unset):
            raise FieldError.at("updatedBy", data_, TypeError(f"expected str, got {type(updated_by).__name__}"))
        try:
            _children = data_.get("children", UNSET)
            children: list[DepartmentProjectChild] | None | Unset
            if _children is None:
                children = None
            elif isinstance(_children, Unset):
                children = UNSET
            elif isinstance(_children, list):
                _children_type_0 = _children
                if not isinstance(_children_type_0, list):
                    raise TypeError(f"expected a list, got {type(_children_type_0).__name__}")
                children_type_0 = []
                for children_type_0_item_index_, children_type_0_item_data in enumerate(_children_type_0):
                    try:
                        children_type_0_item = DepartmentProjectChild.from_dict(children_type_0_item_data)

                    except Exception as error_:
                        raise FieldError.at(children_type_0_item_index_, _children_type_0, error_) from None
                    children_type_0.append(children_type_0_item)

                children = children_type_0

            else:
                raise TypeError(f"expected list[DepartmentProjectChild] | None | Unset, got {type(_children).__name__}")

        except Exception as error_:
            raise FieldError.at("children", data_, error_) from None
        try:
            _projects_aggregated_resources = data_.get("projectsAggregatedResources", UNSET)
            projects_aggregated_resources: list[AggregatedResources] | None | Unset
            if _projects_aggregated_resources is None:
                projects_aggregated_resources = None
            elif isinstance(_projects_aggregated_resources, Unset):
                projects_aggregated_resources = UNSET
            elif isinstance(_projects_aggregated_resources, list):
                _projects_aggregated_resources_type_0 = _projects_aggregated_resources
                if not isinstance(_projects_aggregated_resources_type_0, list):
                    raise TypeError(f"expected a list, got {type(_projects_aggregated_resources_type_0).__name__}")
                projects_aggregated_resources_type_0 = []
                for (
                    projects_aggregated_resources_type_0_item_index_,
                    projects_aggregated_resources_type_0_item_data,
                ) in enumerate(_projects_aggregated_resources_type_0):
                    try:
                        projects_aggregated_resources_type_0_item = AggregatedResources.from_dict(
                            projects_aggregated_resources_type_0_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(
                            projects_aggregated_resources_type_0_item_index_,
                            _projects_aggregated_resources_type_0,
                            error_,
                        ) from None
                    projects_aggregated_resources_type_0.append(projects_aggregated_resources_type_0_item)

                projects_aggregated_resources = projects_aggregated_resources_type_0

            else:
                raise TypeError(
                    f"expected list[AggregatedResources] | None | Unset, got {type(_projects_aggregated_resources).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("projectsAggregatedResources", data_, error_) from None
        try:
            _status = data_.get("status", UNSET)
            status: DepartmentStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = DepartmentStatus.from_dict(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _resources = data_.get("resources", UNSET)
            resources: list[Resources] | Unset = UNSET
            if _resources is not UNSET:
                if not isinstance(_resources, list):
                    raise TypeError(f"expected a list, got {type(_resources).__name__}")
                resources = []
                for resources_item_index_, resources_item_data in enumerate(_resources):
                    try:
                        resources_item = Resources.from_dict(resources_item_data)

                    except Exception as error_:
                        raise FieldError.at(resources_item_index_, _resources, error_) from None
                    resources.append(resources_item)

        except Exception as error_:
            raise FieldError.at("resources", data_, error_) from None
        instance_ = cls_(
            name=name,
            cluster_id=cluster_id,
            description=description,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            total_resources=total_resources,
            scheduling_rules=scheduling_rules,
            default_node_pools=default_node_pools,
            node_types=node_types,
            overtime_data=overtime_data,
            created_by=created_by,
            updated_by=updated_by,
            children=children,
            projects_aggregated_resources=projects_aggregated_resources,
            status=status,
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
from ..models.aggregated_resources import AggregatedResources  # noqa: E402
from ..models.department_project_child import DepartmentProjectChild  # noqa: E402
from ..models.department_status import DepartmentStatus  # noqa: E402
from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: E402
from ..models.overtime_data import OvertimeData  # noqa: E402
from ..models.resources import Resources  # noqa: E402
from ..models.scheduling_rules import SchedulingRules  # noqa: E402
from ..models.total_resources import TotalResources  # noqa: E402
