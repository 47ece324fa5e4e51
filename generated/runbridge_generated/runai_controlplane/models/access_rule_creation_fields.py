from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope_type import ScopeType
from ..models.subject_type import SubjectType
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AccessRuleCreationFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("subjectId", "subjectType", "roleId", "scopeId", "scopeType", "clusterId"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "subjectId": subject_id,
                "subjectType": subject_type,
                "roleId": role_id,
                "scopeId": scope_id,
                "scopeType": scope_type,
            }
        )
        if cluster_id is not UNSET:
            fields_["clusterId"] = cluster_id

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            subject_id = data_["subjectId"]
            if not isinstance(subject_id, str):
                raise TypeError(f"expected str, got {type(subject_id).__name__}")
        except Exception as error_:
            raise FieldError.at("subjectId", data_, error_) from None
        try:
            subject_type = SubjectType(data_["subjectType"])

        except Exception as error_:
            raise FieldError.at("subjectType", data_, error_) from None
        try:
            role_id = data_["roleId"]
            if not isinstance(role_id, int) or role_id is True or role_id is False:
                raise TypeError(f"expected int, got {type(role_id).__name__}")
        except Exception as error_:
            raise FieldError.at("roleId", data_, error_) from None
        try:
            scope_id = data_["scopeId"]
            if not isinstance(scope_id, str):
                raise TypeError(f"expected str, got {type(scope_id).__name__}")
        except Exception as error_:
            raise FieldError.at("scopeId", data_, error_) from None
        try:
            scope_type = ScopeType(data_["scopeType"])

        except Exception as error_:
            raise FieldError.at("scopeType", data_, error_) from None
        cluster_id = data_.get("clusterId", UNSET)
        if (not isinstance(cluster_id, str)) and not isinstance(cluster_id, Unset):
            raise FieldError.at("clusterId", data_, TypeError(f"expected str, got {type(cluster_id).__name__}"))
        instance_ = cls_(
            subject_id=subject_id,
            subject_type=subject_type,
            role_id=role_id,
            scope_id=scope_id,
            scope_type=scope_type,
            cluster_id=cluster_id,
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
