from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="Department2")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "deservedGpus",
        "allowOverQuota",
        "maxAllowedGpus",
        "resources",
        "nodePoolsResources",
        "tenantId",
        "clusterUuid",
        "createdAt",
        "id",
        "projects",
        "projectsDeservedGpus",
        "departmentAdmins",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if deserved_gpus is not UNSET:
            fields_["deservedGpus"] = deserved_gpus
        if allow_over_quota is not UNSET:
            fields_["allowOverQuota"] = allow_over_quota
        if max_allowed_gpus is not UNSET:
            fields_["maxAllowedGpus"] = max_allowed_gpus
        if resources is not UNSET:
            fields_["resources"] = resources
        if node_pools_resources is not UNSET:
            fields_["nodePoolsResources"] = node_pools_resources
        if tenant_id is not UNSET:
            fields_["tenantId"] = tenant_id
        if cluster_uuid is not UNSET:
            fields_["clusterUuid"] = cluster_uuid
        if created_at is not UNSET:
            fields_["createdAt"] = created_at
        if id is not UNSET:
            fields_["id"] = id
        if projects is not UNSET:
            fields_["projects"] = projects
        if projects_deserved_gpus is not UNSET:
            fields_["projectsDeservedGpus"] = projects_deserved_gpus
        if department_admins is not UNSET:
            fields_["departmentAdmins"] = department_admins

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        deserved_gpus = data_.get("deservedGpus", UNSET)
        if (
            not isinstance(deserved_gpus, (int, float)) or deserved_gpus is True or deserved_gpus is False
        ) and not isinstance(deserved_gpus, Unset):
            raise FieldError.at(
                "deservedGpus", data_, TypeError(f"expected int or float, got {type(deserved_gpus).__name__}")
            )
        allow_over_quota = data_.get("allowOverQuota", UNSET)
        if (not isinstance(allow_over_quota, bool)) and not isinstance(allow_over_quota, Unset):
            raise FieldError.at(
                "allowOverQuota", data_, TypeError(f"expected bool, got {type(allow_over_quota).__name__}")
            )
        max_allowed_gpus = data_.get("maxAllowedGpus", UNSET)
        if (
            not isinstance(max_allowed_gpus, (int, float)) or max_allowed_gpus is True or max_allowed_gpus is False
        ) and not isinstance(max_allowed_gpus, Unset):
            raise FieldError.at(
                "maxAllowedGpus", data_, TypeError(f"expected int or float, got {type(max_allowed_gpus).__name__}")
            )
        try:
            _resources = data_.get("resources", UNSET)
            resources: AssignedResources | Unset
            if isinstance(_resources, Unset):
                resources = UNSET
            else:
                resources = AssignedResources.from_dict(_resources)

        except Exception as error_:
            raise FieldError.at("resources", data_, error_) from None
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
        tenant_id = data_.get("tenantId", UNSET)
        if (not isinstance(tenant_id, int) or tenant_id is True or tenant_id is False) and not isinstance(
            tenant_id, Unset
        ):
            raise FieldError.at("tenantId", data_, TypeError(f"expected int, got {type(tenant_id).__name__}"))
        cluster_uuid = data_.get("clusterUuid", UNSET)
        if (not isinstance(cluster_uuid, str)) and not isinstance(cluster_uuid, Unset):
            raise FieldError.at("clusterUuid", data_, TypeError(f"expected str, got {type(cluster_uuid).__name__}"))
        try:
            _created_at = data_.get("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        id = data_.get("id", UNSET)
        if (not isinstance(id, int) or id is True or id is False) and not isinstance(id, Unset):
            raise FieldError.at("id", data_, TypeError(f"expected int, got {type(id).__name__}"))
        try:
            _projects = data_.get("projects", UNSET)
            projects: list[Project2] | Unset = UNSET
            if _projects is not UNSET:
                if not isinstance(_projects, list):
                    raise TypeError(f"expected a list, got {type(_projects).__name__}")
                projects = []
                for projects_item_index_, projects_item_data in enumerate(_projects):
                    try:
                        projects_item = Project2.from_dict(projects_item_data)

                    except Exception as error_:
                        raise FieldError.at(projects_item_index_, _projects, error_) from None
                    projects.append(projects_item)

        except Exception as error_:
            raise FieldError.at("projects", data_, error_) from None
        projects_deserved_gpus = data_.get("projectsDeservedGpus", UNSET)
        if (not isinstance(projects_deserved_gpus, str)) and not isinstance(projects_deserved_gpus, Unset):
            raise FieldError.at(
                "projectsDeservedGpus", data_, TypeError(f"expected str, got {type(projects_deserved_gpus).__name__}")
            )
        try:
            department_admins = cast_(list[str], checked_scalars_(data_.get("departmentAdmins", UNSET), str))

        except Exception as error_:
            raise FieldError.at("departmentAdmins", data_, error_) from None
        instance_ = cls_(
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
from ..models.node_pool_assigned_resources import NodePoolAssignedResources  # noqa: E402
from ..models.project_2 import Project2  # noqa: E402
