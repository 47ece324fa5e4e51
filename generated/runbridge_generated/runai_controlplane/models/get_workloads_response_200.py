from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workload import Workload


T = TypeVar("T", bound="GetWorkloadsResponse200")


@_attrs_define
class GetWorkloadsResponse200:
    """
    Attributes:
        workloads (list[Workload]):
        next_ (int | Unset):
    """

    workloads: list[Workload]
    next_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workloads = []
        for componentsschemas_workloads_item_data in self.workloads:
            componentsschemas_workloads_item = componentsschemas_workloads_item_data.to_dict()
            workloads.append(componentsschemas_workloads_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workloads": workloads,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workload import Workload  # noqa: PLC0415

        d = dict(src_dict)
        workloads = []
        _workloads = d.pop("workloads")
        for componentsschemas_workloads_item_data in _workloads:
            componentsschemas_workloads_item = Workload.from_dict(componentsschemas_workloads_item_data)

            workloads.append(componentsschemas_workloads_item)

        next_ = d.pop("next", UNSET)

        instance_ = cls(
            workloads=workloads,
            next_=next_,
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
