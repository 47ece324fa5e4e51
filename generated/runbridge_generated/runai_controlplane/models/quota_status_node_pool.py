from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quota_status_resource import QuotaStatusResource


T = TypeVar("T", bound="QuotaStatusNodePool")


@_attrs_define
class QuotaStatusNodePool:
    """
    Attributes:
        node_pool_name (str):
        node_pool_id (str):
        allocated (QuotaStatusResource | Unset):
        allocated_non_preemptible (QuotaStatusResource | Unset):
        requested (QuotaStatusResource | Unset):
    """

    node_pool_name: str
    node_pool_id: str
    allocated: QuotaStatusResource | Unset = UNSET
    allocated_non_preemptible: QuotaStatusResource | Unset = UNSET
    requested: QuotaStatusResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool_name = self.node_pool_name

        node_pool_id = self.node_pool_id

        allocated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated, Unset):
            allocated = self.allocated.to_dict()

        allocated_non_preemptible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated_non_preemptible, Unset):
            allocated_non_preemptible = self.allocated_non_preemptible.to_dict()

        requested: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested, Unset):
            requested = self.requested.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodePoolName": node_pool_name,
                "nodePoolId": node_pool_id,
            }
        )
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if allocated_non_preemptible is not UNSET:
            field_dict["allocatedNonPreemptible"] = allocated_non_preemptible
        if requested is not UNSET:
            field_dict["requested"] = requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quota_status_resource import QuotaStatusResource  # noqa: PLC0415

        d = dict(src_dict)
        node_pool_name = d.pop("nodePoolName")

        node_pool_id = d.pop("nodePoolId")

        _allocated = d.pop("allocated", UNSET)
        allocated: QuotaStatusResource | Unset
        if isinstance(_allocated, Unset):
            allocated = UNSET
        else:
            allocated = QuotaStatusResource.from_dict(_allocated)

        _allocated_non_preemptible = d.pop("allocatedNonPreemptible", UNSET)
        allocated_non_preemptible: QuotaStatusResource | Unset
        if isinstance(_allocated_non_preemptible, Unset):
            allocated_non_preemptible = UNSET
        else:
            allocated_non_preemptible = QuotaStatusResource.from_dict(_allocated_non_preemptible)

        _requested = d.pop("requested", UNSET)
        requested: QuotaStatusResource | Unset
        if isinstance(_requested, Unset):
            requested = UNSET
        else:
            requested = QuotaStatusResource.from_dict(_requested)

        instance_ = cls(
            node_pool_name=node_pool_name,
            node_pool_id=node_pool_id,
            allocated=allocated,
            allocated_non_preemptible=allocated_non_preemptible,
            requested=requested,
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
