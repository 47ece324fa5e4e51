from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodepool import Nodepool


T = TypeVar("T", bound="GetNodepoolsResponse200")


@_attrs_define
class GetNodepoolsResponse200:
    """
    Attributes:
        nodepools (list[Nodepool] | Unset):
    """

    nodepools: list[Nodepool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodepools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodepools, Unset):
            nodepools = []
            for nodepools_item_data in self.nodepools:
                nodepools_item = nodepools_item_data.to_dict()
                nodepools.append(nodepools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nodepools is not UNSET:
            field_dict["nodepools"] = nodepools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodepool import Nodepool  # noqa: PLC0415

        d = dict(src_dict)
        _nodepools = d.pop("nodepools", UNSET)
        nodepools: list[Nodepool] | Unset = UNSET
        if _nodepools is not UNSET:
            nodepools = []
            for nodepools_item_data in _nodepools:
                nodepools_item = Nodepool.from_dict(nodepools_item_data)

                nodepools.append(nodepools_item)

        instance_ = cls(
            nodepools=nodepools,
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
