from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_resources import AssignedResources


T = TypeVar("T", bound="DepartmentCommonFields")


@_attrs_define
class DepartmentCommonFields:
    """
    Attributes:
        name (str | Unset):
        deserved_gpus (float | Unset):
        allow_over_quota (bool | Unset):
        max_allowed_gpus (float | Unset):
        resources (AssignedResources | Unset):
    """

    name: str | Unset = UNSET
    deserved_gpus: float | Unset = UNSET
    allow_over_quota: bool | Unset = UNSET
    max_allowed_gpus: float | Unset = UNSET
    resources: AssignedResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        deserved_gpus = self.deserved_gpus

        allow_over_quota = self.allow_over_quota

        max_allowed_gpus = self.max_allowed_gpus

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if deserved_gpus is not UNSET:
            field_dict["deservedGpus"] = deserved_gpus
        if allow_over_quota is not UNSET:
            field_dict["allowOverQuota"] = allow_over_quota
        if max_allowed_gpus is not UNSET:
            field_dict["maxAllowedGpus"] = max_allowed_gpus
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_resources import AssignedResources  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        deserved_gpus = d.pop("deservedGpus", UNSET)

        allow_over_quota = d.pop("allowOverQuota", UNSET)

        max_allowed_gpus = d.pop("maxAllowedGpus", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: AssignedResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = AssignedResources.from_dict(_resources)

        instance_ = cls(
            name=name,
            deserved_gpus=deserved_gpus,
            allow_over_quota=allow_over_quota,
            max_allowed_gpus=max_allowed_gpus,
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
