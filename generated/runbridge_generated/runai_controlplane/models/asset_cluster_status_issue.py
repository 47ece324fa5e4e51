from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_cluster_status_issue_enum import AssetClusterStatusIssueEnum
from ..models.scope_type import ScopeType

T = TypeVar("T", bound="AssetClusterStatusIssue")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopeId": scope_id,
                "scopeType": scope_type,
                "issue": issue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope_id = d.pop("scopeId")

        scope_type = ScopeType(d.pop("scopeType"))

        issue = AssetClusterStatusIssueEnum(d.pop("issue"))

        instance_ = cls(
            scope_id=scope_id,
            scope_type=scope_type,
            issue=issue,
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
