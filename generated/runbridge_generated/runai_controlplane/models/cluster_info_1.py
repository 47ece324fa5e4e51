from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_resource_info import ClusterResourceInfo


T = TypeVar("T", bound="ClusterInfo1")


@_attrs_define
class ClusterInfo1:
    """
    Attributes:
        resources (list[ClusterResourceInfo | None] | Unset):
    """

    resources: list[ClusterResourceInfo | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_resource_info import ClusterResourceInfo  # noqa: PLC0415

        resources: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item: dict[str, Any] | None
                if isinstance(resources_item_data, ClusterResourceInfo):
                    resources_item = resources_item_data.to_dict()
                else:
                    resources_item = resources_item_data
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_resource_info import ClusterResourceInfo  # noqa: PLC0415

        d = dict(src_dict)
        _resources = d.pop("resources", UNSET)
        resources: list[ClusterResourceInfo | None] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:

                def _parse_resources_item(data: object) -> ClusterResourceInfo | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        resources_item_type_0 = ClusterResourceInfo.from_dict(data)

                        return resources_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ClusterResourceInfo | None, data)

                resources_item = _parse_resources_item(resources_item_data)

                resources.append(resources_item)

        instance_ = cls(
            resources=resources,
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
