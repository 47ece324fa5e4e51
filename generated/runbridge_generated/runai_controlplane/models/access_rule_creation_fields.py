from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope_type import ScopeType
from ..models.subject_type import SubjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleCreationFields")


@_attrs_define
class AccessRuleCreationFields:
    """
    Attributes:
        subject_id (str):
        subject_type (SubjectType):
        role_id (int):
        scope_id (str):
        scope_type (ScopeType):
        cluster_id (str | Unset):
    """

    subject_id: str
    subject_type: SubjectType
    role_id: int
    scope_id: str
    scope_type: ScopeType
    cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_id = self.subject_id

        subject_type = self.subject_type.value

        role_id = self.role_id

        scope_id = self.scope_id

        scope_type = self.scope_type.value

        cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectId": subject_id,
                "subjectType": subject_type,
                "roleId": role_id,
                "scopeId": scope_id,
                "scopeType": scope_type,
            }
        )
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject_id = d.pop("subjectId")

        subject_type = SubjectType(d.pop("subjectType"))

        role_id = d.pop("roleId")

        scope_id = d.pop("scopeId")

        scope_type = ScopeType(d.pop("scopeType"))

        cluster_id = d.pop("clusterId", UNSET)

        instance_ = cls(
            subject_id=subject_id,
            subject_type=subject_type,
            role_id=role_id,
            scope_id=scope_id,
            scope_type=scope_type,
            cluster_id=cluster_id,
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
