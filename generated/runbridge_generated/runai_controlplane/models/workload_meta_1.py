from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase import Phase
from ..models.workload_desired_phase import WorkloadDesiredPhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadMeta1")


@_attrs_define
class WorkloadMeta1:
    """
    Attributes:
        name (str):
        requested_name (str):
        workload_id (str):
        project_id (str):
        cluster_id (str):
        created_by (str):
        created_at (datetime.datetime):
        desired_phase (WorkloadDesiredPhase):
        department_id (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
        actual_phase (Phase | Unset):
    """

    name: str
    requested_name: str
    workload_id: str
    project_id: str
    cluster_id: str
    created_by: str
    created_at: datetime.datetime
    desired_phase: WorkloadDesiredPhase
    department_id: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    actual_phase: Phase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        requested_name = self.requested_name

        workload_id = self.workload_id

        project_id = self.project_id

        cluster_id = self.cluster_id

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        desired_phase = self.desired_phase.value

        department_id = self.department_id

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        actual_phase: str | Unset = UNSET
        if not isinstance(self.actual_phase, Unset):
            actual_phase = self.actual_phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "requestedName": requested_name,
                "workloadId": workload_id,
                "projectId": project_id,
                "clusterId": cluster_id,
                "createdBy": created_by,
                "createdAt": created_at,
                "desiredPhase": desired_phase,
            }
        )
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if actual_phase is not UNSET:
            field_dict["actualPhase"] = actual_phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        requested_name = d.pop("requestedName")

        workload_id = d.pop("workloadId")

        project_id = d.pop("projectId")

        cluster_id = d.pop("clusterId")

        created_by = d.pop("createdBy")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        desired_phase = WorkloadDesiredPhase(d.pop("desiredPhase"))

        department_id = d.pop("departmentId", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        _actual_phase = d.pop("actualPhase", UNSET)
        actual_phase: Phase | Unset
        if isinstance(_actual_phase, Unset):
            actual_phase = UNSET
        else:
            actual_phase = Phase(_actual_phase)

        instance_ = cls(
            name=name,
            requested_name=requested_name,
            workload_id=workload_id,
            project_id=project_id,
            cluster_id=cluster_id,
            created_by=created_by,
            created_at=created_at,
            desired_phase=desired_phase,
            department_id=department_id,
            deleted_at=deleted_at,
            actual_phase=actual_phase,
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
