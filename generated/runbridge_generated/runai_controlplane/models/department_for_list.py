from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="DepartmentForList")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "clusterId",
        "id",
        "createdAt",
        "updatedAt",
        "totalResources",
        "description",
        "schedulingRules",
        "defaultNodePools",
        "nodeTypes",
        "overtimeData",
        "createdBy",
        "updatedBy",
        "children",
        "status",
        "resources",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
            fields_["description"] = description
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
            _total_resources = data_["totalResources"]
            total_resources: None | TotalResources
            if _total_resources is None:
                total_resources = None
            elif isinstance(_total_resources, dict):
                total_resources_type_0 = TotalResources.from_dict(_total_resources)

                total_resources = total_resources_type_0

            else:
                raise TypeError(f"expected None | TotalResources, got {type(_total_resources).__name__}")

        except Exception as error_:
            raise FieldError.at("totalResources", data_, error_) from None
        description = data_.get("description", UNSET)
        if (not isinstance(description, str)) and not isinstance(description, Unset):
            raise FieldError.at("description", data_, TypeError(f"expected str, got {type(description).__name__}"))
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
            _status = data_.get("status", UNSET)
            status: DepartmentForListStatusType0 | None | Unset
            if _status is None:
                status = None
            elif isinstance(_status, Unset):
                status = UNSET
            elif isinstance(_status, dict):
                status_type_0 = DepartmentForListStatusType0.from_dict(_status)

                status = status_type_0

            else:
                raise TypeError(f"expected DepartmentForListStatusType0 | None | Unset, got {type(_status).__name__}")

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
from ..models.department_for_list_status_type_0 import DepartmentForListStatusType0  # noqa: E402
from ..models.department_project_child import DepartmentProjectChild  # noqa: E402
from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: E402
from ..models.overtime_data import OvertimeData  # noqa: E402
from ..models.resources import Resources  # noqa: E402
from ..models.scheduling_rules import SchedulingRules  # noqa: E402
from ..models.total_resources import TotalResources  # noqa: E402
