from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_resources import AssignedResources
    from ..models.node_pool_assigned_resources import NodePoolAssignedResources
    from ..models.project_2 import Project2


T = TypeVar("T", bound="Department2")


@_attrs_define
class Department2:
    """
    Attributes:
        name (str | Unset):
        deserved_gpus (float | Unset):
        allow_over_quota (bool | Unset):
        max_allowed_gpus (float | Unset):
        resources (AssignedResources | Unset):
        node_pools_resources (list[NodePoolAssignedResources] | Unset):
        tenant_id (int | Unset):
        cluster_uuid (str | Unset):
        created_at (datetime.datetime | Unset):
        id (int | Unset):
        projects (list[Project2] | Unset):
        projects_deserved_gpus (str | Unset):
        department_admins (list[str] | Unset):
    """

    name: str | Unset = UNSET
    deserved_gpus: float | Unset = UNSET
    allow_over_quota: bool | Unset = UNSET
    max_allowed_gpus: float | Unset = UNSET
    resources: AssignedResources | Unset = UNSET
    node_pools_resources: list[NodePoolAssignedResources] | Unset = UNSET
    tenant_id: int | Unset = UNSET
    cluster_uuid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    projects: list[Project2] | Unset = UNSET
    projects_deserved_gpus: str | Unset = UNSET
    department_admins: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        deserved_gpus = self.deserved_gpus

        allow_over_quota = self.allow_over_quota

        max_allowed_gpus = self.max_allowed_gpus

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        node_pools_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_pools_resources, Unset):
            node_pools_resources = []
            for node_pools_resources_item_data in self.node_pools_resources:
                node_pools_resources_item = node_pools_resources_item_data.to_dict()
                node_pools_resources.append(node_pools_resources_item)

        tenant_id = self.tenant_id

        cluster_uuid = self.cluster_uuid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        projects_deserved_gpus = self.projects_deserved_gpus

        department_admins: list[str] | Unset = UNSET
        if not isinstance(self.department_admins, Unset):
            department_admins = self.department_admins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if deserved_gpus is not UNSET:
            field_dict["deservedGpus"] = deserved_gpus
        if allow_over_quota is not UNSET:
            field_dict["allowOverQuota"] = allow_over_quota
        if max_allowed_gpus is not UNSET:
            field_dict["maxAllowedGpus"] = max_allowed_gpus
        if resources is not UNSET:
            field_dict["resources"] = resources
        if node_pools_resources is not UNSET:
            field_dict["nodePoolsResources"] = node_pools_resources
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if cluster_uuid is not UNSET:
            field_dict["clusterUuid"] = cluster_uuid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if projects is not UNSET:
            field_dict["projects"] = projects
        if projects_deserved_gpus is not UNSET:
            field_dict["projectsDeservedGpus"] = projects_deserved_gpus
        if department_admins is not UNSET:
            field_dict["departmentAdmins"] = department_admins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_resources import AssignedResources  # noqa: PLC0415
        from ..models.node_pool_assigned_resources import NodePoolAssignedResources  # noqa: PLC0415
        from ..models.project_2 import Project2  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        deserved_gpus = d.pop("deservedGpus", UNSET)

        allow_over_quota = d.pop("allowOverQuota", UNSET)

        max_allowed_gpus = d.pop("maxAllowedGpus", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: AssignedResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = AssignedResources.from_dict(_resources)

        _node_pools_resources = d.pop("nodePoolsResources", UNSET)
        node_pools_resources: list[NodePoolAssignedResources] | Unset = UNSET
        if _node_pools_resources is not UNSET:
            node_pools_resources = []
            for node_pools_resources_item_data in _node_pools_resources:
                node_pools_resources_item = NodePoolAssignedResources.from_dict(node_pools_resources_item_data)

                node_pools_resources.append(node_pools_resources_item)

        tenant_id = d.pop("tenantId", UNSET)

        cluster_uuid = d.pop("clusterUuid", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        _projects = d.pop("projects", UNSET)
        projects: list[Project2] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = Project2.from_dict(projects_item_data)

                projects.append(projects_item)

        projects_deserved_gpus = d.pop("projectsDeservedGpus", UNSET)

        department_admins = cast(list[str], d.pop("departmentAdmins", UNSET))

        instance_ = cls(
            name=name,
            deserved_gpus=deserved_gpus,
            allow_over_quota=allow_over_quota,
            max_allowed_gpus=max_allowed_gpus,
            resources=resources,
            node_pools_resources=node_pools_resources,
            tenant_id=tenant_id,
            cluster_uuid=cluster_uuid,
            created_at=created_at,
            id=id,
            projects=projects,
            projects_deserved_gpus=projects_deserved_gpus,
            department_admins=department_admins,
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
