from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_sync_status_enum import AssetSyncStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_cluster_status_issue import AssetClusterStatusIssue


T = TypeVar("T", bound="AssetClusterStatusInfo")


@_attrs_define
class AssetClusterStatusInfo:
    """
    Attributes:
        status (AssetSyncStatusEnum | Unset):
        issues (list[AssetClusterStatusIssue] | Unset):
        message (str | Unset):
        url (str | Unset):
    """

    status: AssetSyncStatusEnum | Unset = UNSET
    issues: list[AssetClusterStatusIssue] | Unset = UNSET
    message: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for componentsschemas_asset_cluster_status_issues_item_data in self.issues:
                componentsschemas_asset_cluster_status_issues_item = (
                    componentsschemas_asset_cluster_status_issues_item_data.to_dict()
                )
                issues.append(componentsschemas_asset_cluster_status_issues_item)

        message = self.message

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if issues is not UNSET:
            field_dict["issues"] = issues
        if message is not UNSET:
            field_dict["message"] = message
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_cluster_status_issue import AssetClusterStatusIssue  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: AssetSyncStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AssetSyncStatusEnum(_status)

        _issues = d.pop("issues", UNSET)
        issues: list[AssetClusterStatusIssue] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for componentsschemas_asset_cluster_status_issues_item_data in _issues:
                componentsschemas_asset_cluster_status_issues_item = AssetClusterStatusIssue.from_dict(
                    componentsschemas_asset_cluster_status_issues_item_data
                )

                issues.append(componentsschemas_asset_cluster_status_issues_item)

        message = d.pop("message", UNSET)

        url = d.pop("url", UNSET)

        instance_ = cls(
            status=status,
            issues=issues,
            message=message,
            url=url,
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
