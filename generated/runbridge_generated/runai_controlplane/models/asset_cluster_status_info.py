from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_sync_status_enum import AssetSyncStatusEnum
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetClusterStatusInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("status", "issues", "message", "url"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if status is not UNSET:
            fields_["status"] = status
        if issues is not UNSET:
            fields_["issues"] = issues
        if message is not UNSET:
            fields_["message"] = message
        if url is not UNSET:
            fields_["url"] = url

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _status = data_.get("status", UNSET)
            status: AssetSyncStatusEnum | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AssetSyncStatusEnum(_status)

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _issues = data_.get("issues", UNSET)
            issues: list[AssetClusterStatusIssue] | Unset = UNSET
            if _issues is not UNSET:
                if not isinstance(_issues, list):
                    raise TypeError(f"expected a list, got {type(_issues).__name__}")
                issues = []
                for (
                    componentsschemas_asset_cluster_status_issues_item_index_,
                    componentsschemas_asset_cluster_status_issues_item_data,
                ) in enumerate(_issues):
                    try:
                        componentsschemas_asset_cluster_status_issues_item = AssetClusterStatusIssue.from_dict(
                            componentsschemas_asset_cluster_status_issues_item_data
                        )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_asset_cluster_status_issues_item_index_, _issues, error_
                        ) from None
                    issues.append(componentsschemas_asset_cluster_status_issues_item)

        except Exception as error_:
            raise FieldError.at("issues", data_, error_) from None
        message = data_.get("message", UNSET)
        if (not isinstance(message, str)) and not isinstance(message, Unset):
            raise FieldError.at("message", data_, TypeError(f"expected str, got {type(message).__name__}"))
        url = data_.get("url", UNSET)
        if (not isinstance(url, str)) and not isinstance(url, Unset):
            raise FieldError.at("url", data_, TypeError(f"expected str, got {type(url).__name__}"))
        instance_ = cls_(
            status=status,
            issues=issues,
            message=message,
            url=url,
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
from ..models.asset_cluster_status_issue import AssetClusterStatusIssue  # noqa: E402
