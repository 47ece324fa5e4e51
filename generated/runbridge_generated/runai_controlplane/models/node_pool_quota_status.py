from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NodePoolQuotaStatus")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("nodePoolName", "allocated", "allocatedNonPreemptible", "requested"))


@_attrs_define
class NodePoolQuotaStatus:
    """
    Attributes:
        node_pool_name (str | Unset):
        allocated (QuotaStatusResourceList | Unset):
        allocated_non_preemptible (QuotaStatusResourceList | Unset):
        requested (QuotaStatusResourceList | Unset):
    """

    node_pool_name: str | Unset = UNSET
    allocated: QuotaStatusResourceList | Unset = UNSET
    allocated_non_preemptible: QuotaStatusResourceList | Unset = UNSET
    requested: QuotaStatusResourceList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool_name = self.node_pool_name

        allocated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated, Unset):
            allocated = self.allocated.to_dict()

        allocated_non_preemptible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated_non_preemptible, Unset):
            allocated_non_preemptible = self.allocated_non_preemptible.to_dict()

        requested: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested, Unset):
            requested = self.requested.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if node_pool_name is not UNSET:
            fields_["nodePoolName"] = node_pool_name
        if allocated is not UNSET:
            fields_["allocated"] = allocated
        if allocated_non_preemptible is not UNSET:
            fields_["allocatedNonPreemptible"] = allocated_non_preemptible
        if requested is not UNSET:
            fields_["requested"] = requested

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        node_pool_name = data_.get("nodePoolName", UNSET)
        if (not isinstance(node_pool_name, str)) and not isinstance(node_pool_name, Unset):
            raise FieldError.at("nodePoolName", data_, TypeError(f"expected str, got {type(node_pool_name).__name__}"))
        try:
            _allocated = data_.get("allocated", UNSET)
            allocated: QuotaStatusResourceList | Unset
            if isinstance(_allocated, Unset):
                allocated = UNSET
            else:
                allocated = QuotaStatusResourceList.from_dict(_allocated)

        except Exception as error_:
            raise FieldError.at("allocated", data_, error_) from None
        try:
            _allocated_non_preemptible = data_.get("allocatedNonPreemptible", UNSET)
            allocated_non_preemptible: QuotaStatusResourceList | Unset
            if isinstance(_allocated_non_preemptible, Unset):
                allocated_non_preemptible = UNSET
            else:
                allocated_non_preemptible = QuotaStatusResourceList.from_dict(_allocated_non_preemptible)

        except Exception as error_:
            raise FieldError.at("allocatedNonPreemptible", data_, error_) from None
        try:
            _requested = data_.get("requested", UNSET)
            requested: QuotaStatusResourceList | Unset
            if isinstance(_requested, Unset):
                requested = UNSET
            else:
                requested = QuotaStatusResourceList.from_dict(_requested)

        except Exception as error_:
            raise FieldError.at("requested", data_, error_) from None
        instance_ = cls_(
            node_pool_name=node_pool_name,
            allocated=allocated,
            allocated_non_preemptible=allocated_non_preemptible,
            requested=requested,
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
from ..models.quota_status_resource_list import QuotaStatusResourceList  # noqa: E402
