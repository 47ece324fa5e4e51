from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_cluster_status_issue_enum import AssetClusterStatusIssueEnum
from ..models.scope_type import ScopeType
from ..types import FieldError

T = TypeVar("T", bound="AssetClusterStatusIssue")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("scopeId", "scopeType", "issue"))


@_attrs_define
class AssetClusterStatusIssue:
    """
    Attributes:
        scope_id (str):
        scope_type (ScopeType):
        issue (AssetClusterStatusIssueEnum):
    """

    scope_id: str
    scope_type: ScopeType
    issue: AssetClusterStatusIssueEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope_id = self.scope_id

        scope_type = self.scope_type.value

        issue = self.issue.value

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "scopeId": scope_id,
                "scopeType": scope_type,
                "issue": issue,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
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
        try:
            issue = AssetClusterStatusIssueEnum(data_["issue"])

        except Exception as error_:
            raise FieldError.at("issue", data_, error_) from None
        instance_ = cls_(
            scope_id=scope_id,
            scope_type=scope_type,
            issue=issue,
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
