from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_pool_quota_status import NodePoolQuotaStatus


T = TypeVar("T", bound="ProjectStatus1")


@_attrs_define
class ProjectStatus1:
    """
    Attributes:
        namespace (str | Unset):
        message (str | Unset):
        quota_statuses (list[NodePoolQuotaStatus] | Unset):
    """

    namespace: str | Unset = UNSET
    message: str | Unset = UNSET
    quota_statuses: list[NodePoolQuotaStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        message = self.message

        quota_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quota_statuses, Unset):
            quota_statuses = []
            for componentsschemas_node_pools_quota_statuses_item_data in self.quota_statuses:
                componentsschemas_node_pools_quota_statuses_item = (
                    componentsschemas_node_pools_quota_statuses_item_data.to_dict()
                )
                quota_statuses.append(componentsschemas_node_pools_quota_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if message is not UNSET:
            field_dict["message"] = message
        if quota_statuses is not UNSET:
            field_dict["quotaStatuses"] = quota_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_pool_quota_status import NodePoolQuotaStatus  # noqa: PLC0415

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        message = d.pop("message", UNSET)

        _quota_statuses = d.pop("quotaStatuses", UNSET)
        quota_statuses: list[NodePoolQuotaStatus] | Unset = UNSET
        if _quota_statuses is not UNSET:
            quota_statuses = []
            for componentsschemas_node_pools_quota_statuses_item_data in _quota_statuses:
                componentsschemas_node_pools_quota_statuses_item = NodePoolQuotaStatus.from_dict(
                    componentsschemas_node_pools_quota_statuses_item_data
                )

                quota_statuses.append(componentsschemas_node_pools_quota_statuses_item)

        instance_ = cls(
            namespace=namespace,
            message=message,
            quota_statuses=quota_statuses,
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
