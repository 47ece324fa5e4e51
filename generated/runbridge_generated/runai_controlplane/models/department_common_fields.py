from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DepartmentCommonFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("name", "deservedGpus", "allowOverQuota", "maxAllowedGpus", "resources"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if deserved_gpus is not UNSET:
            fields_["deservedGpus"] = deserved_gpus
        if allow_over_quota is not UNSET:
            fields_["allowOverQuota"] = allow_over_quota
        if max_allowed_gpus is not UNSET:
            fields_["maxAllowedGpus"] = max_allowed_gpus
        if resources is not UNSET:
            fields_["resources"] = resources

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        deserved_gpus = data_.get("deservedGpus", UNSET)
        if (
            not isinstance(deserved_gpus, (int, float)) or deserved_gpus is True or deserved_gpus is False
        ) and not isinstance(deserved_gpus, Unset):
            raise FieldError.at(
                "deservedGpus", data_, TypeError(f"expected int or float, got {type(deserved_gpus).__name__}")
            )
        allow_over_quota = data_.get("allowOverQuota", UNSET)
        if (not isinstance(allow_over_quota, bool)) and not isinstance(allow_over_quota, Unset):
            raise FieldError.at(
                "allowOverQuota", data_, TypeError(f"expected bool, got {type(allow_over_quota).__name__}")
            )
        max_allowed_gpus = data_.get("maxAllowedGpus", UNSET)
        if (
            not isinstance(max_allowed_gpus, (int, float)) or max_allowed_gpus is True or max_allowed_gpus is False
        ) and not isinstance(max_allowed_gpus, Unset):
            raise FieldError.at(
                "maxAllowedGpus", data_, TypeError(f"expected int or float, got {type(max_allowed_gpus).__name__}")
            )
        try:
            _resources = data_.get("resources", UNSET)
            resources: AssignedResources | Unset
            if isinstance(_resources, Unset):
                resources = UNSET
            else:
                resources = AssignedResources.from_dict(_resources)

        except Exception as error_:
            raise FieldError.at("resources", data_, error_) from None
        instance_ = cls_(
            name=name,
            deserved_gpus=deserved_gpus,
            allow_over_quota=allow_over_quota,
            max_allowed_gpus=max_allowed_gpus,
            resources=resources,
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
from ..models.assigned_resources import AssignedResources  # noqa: E402
