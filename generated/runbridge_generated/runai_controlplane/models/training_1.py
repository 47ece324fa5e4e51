from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phase import Phase
from ..models.workload_desired_phase import WorkloadDesiredPhase
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Training1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "requestedName",
        "workloadId",
        "projectId",
        "clusterId",
        "createdBy",
        "createdAt",
        "desiredPhase",
        "departmentId",
        "deletedAt",
        "actualPhase",
        "spec",
    )
)


@_attrs_define
class Training1:
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
        spec (None | TrainingSpecSpec | Unset):
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
    spec: None | TrainingSpecSpec | Unset = UNSET
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

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, TrainingSpecSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
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
            fields_["departmentId"] = department_id
        if deleted_at is not UNSET:
            fields_["deletedAt"] = deleted_at
        if actual_phase is not UNSET:
            fields_["actualPhase"] = actual_phase
        if spec is not UNSET:
            fields_["spec"] = spec

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
            requested_name = data_["requestedName"]
            if not isinstance(requested_name, str):
                raise TypeError(f"expected str, got {type(requested_name).__name__}")
        except Exception as error_:
            raise FieldError.at("requestedName", data_, error_) from None
        try:
            workload_id = data_["workloadId"]
            if not isinstance(workload_id, str):
                raise TypeError(f"expected str, got {type(workload_id).__name__}")
        except Exception as error_:
            raise FieldError.at("workloadId", data_, error_) from None
        try:
            project_id = data_["projectId"]
            if not isinstance(project_id, str):
                raise TypeError(f"expected str, got {type(project_id).__name__}")
        except Exception as error_:
            raise FieldError.at("projectId", data_, error_) from None
        try:
            cluster_id = data_["clusterId"]
            if not isinstance(cluster_id, str):
                raise TypeError(f"expected str, got {type(cluster_id).__name__}")
        except Exception as error_:
            raise FieldError.at("clusterId", data_, error_) from None
        try:
            created_by = data_["createdBy"]
            if not isinstance(created_by, str):
                raise TypeError(f"expected str, got {type(created_by).__name__}")
        except Exception as error_:
            raise FieldError.at("createdBy", data_, error_) from None
        try:
            created_at = datetime.datetime.fromisoformat(data_["createdAt"])

        except Exception as error_:
            raise FieldError.at("createdAt", data_, error_) from None
        try:
            desired_phase = WorkloadDesiredPhase(data_["desiredPhase"])

        except Exception as error_:
            raise FieldError.at("desiredPhase", data_, error_) from None
        department_id = data_.get("departmentId", UNSET)
        if (not isinstance(department_id, str)) and not isinstance(department_id, Unset):
            raise FieldError.at("departmentId", data_, TypeError(f"expected str, got {type(department_id).__name__}"))
        try:
            _deleted_at = data_.get("deletedAt", UNSET)
            deleted_at: datetime.datetime | None | Unset
            if _deleted_at is None:
                deleted_at = None
            elif isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(_deleted_at, str):
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at)

                deleted_at = deleted_at_type_0

            else:
                raise TypeError(f"expected datetime.datetime | None | Unset, got {type(_deleted_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deletedAt", data_, error_) from None
        try:
            _actual_phase = data_.get("actualPhase", UNSET)
            actual_phase: Phase | Unset
            if isinstance(_actual_phase, Unset):
                actual_phase = UNSET
            else:
                actual_phase = Phase(_actual_phase)

        except Exception as error_:
            raise FieldError.at("actualPhase", data_, error_) from None
        try:
            _spec = data_.get("spec", UNSET)
            spec: None | TrainingSpecSpec | Unset
            if _spec is None:
                spec = None
            elif isinstance(_spec, Unset):
                spec = UNSET
            elif isinstance(_spec, dict):
                spec_type_0 = TrainingSpecSpec.from_dict(_spec)

                spec = spec_type_0

            else:
                raise TypeError(f"expected None | TrainingSpecSpec | Unset, got {type(_spec).__name__}")

        except Exception as error_:
            raise FieldError.at("spec", data_, error_) from None
        instance_ = cls_(
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
            spec=spec,
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
from ..models.training_spec_spec import TrainingSpecSpec  # noqa: E402
