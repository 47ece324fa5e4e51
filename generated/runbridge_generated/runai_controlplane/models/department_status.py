from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quota_status import QuotaStatus
    from ..models.quota_status_node_pool import QuotaStatusNodePool


T = TypeVar("T", bound="DepartmentStatus")


@_attrs_define
class DepartmentStatus:
    """
    Attributes:
        node_pool_quota_statuses (list[QuotaStatusNodePool] | Unset):
        quota_status (QuotaStatus | Unset):
    """

    node_pool_quota_statuses: list[QuotaStatusNodePool] | Unset = UNSET
    quota_status: QuotaStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool_quota_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_pool_quota_statuses, Unset):
            node_pool_quota_statuses = []
            for node_pool_quota_statuses_item_data in self.node_pool_quota_statuses:
                node_pool_quota_statuses_item = node_pool_quota_statuses_item_data.to_dict()
                node_pool_quota_statuses.append(node_pool_quota_statuses_item)

        quota_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota_status, Unset):
            quota_status = self.quota_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_pool_quota_statuses is not UNSET:
            field_dict["nodePoolQuotaStatuses"] = node_pool_quota_statuses
        if quota_status is not UNSET:
            field_dict["quotaStatus"] = quota_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quota_status import QuotaStatus  # noqa: PLC0415
        from ..models.quota_status_node_pool import QuotaStatusNodePool  # noqa: PLC0415

        d = dict(src_dict)
        _node_pool_quota_statuses = d.pop("nodePoolQuotaStatuses", UNSET)
        node_pool_quota_statuses: list[QuotaStatusNodePool] | Unset = UNSET
        if _node_pool_quota_statuses is not UNSET:
            node_pool_quota_statuses = []
            for node_pool_quota_statuses_item_data in _node_pool_quota_statuses:
                node_pool_quota_statuses_item = QuotaStatusNodePool.from_dict(node_pool_quota_statuses_item_data)

                node_pool_quota_statuses.append(node_pool_quota_statuses_item)

        _quota_status = d.pop("quotaStatus", UNSET)
        quota_status: QuotaStatus | Unset
        if isinstance(_quota_status, Unset):
            quota_status = UNSET
        else:
            quota_status = QuotaStatus.from_dict(_quota_status)

        instance_ = cls(
            node_pool_quota_statuses=node_pool_quota_statuses,
            quota_status=quota_status,
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
