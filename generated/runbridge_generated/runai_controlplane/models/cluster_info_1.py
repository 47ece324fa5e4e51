from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClusterInfo1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("resources",))


@_attrs_define
class ClusterInfo1:
    """
    Attributes:
        resources (list[ClusterResourceInfo | None] | Unset):
    """

    resources: list[ClusterResourceInfo | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if resources is not UNSET:
            fields_["resources"] = resources

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _resources = data_.get("resources", UNSET)
            resources: list[ClusterResourceInfo | None] | Unset = UNSET
            if _resources is not UNSET:
                if not isinstance(_resources, list):
                    raise TypeError(f"expected a list, got {type(_resources).__name__}")
                resources = []
                for resources_item_index_, resources_item_data in enumerate(_resources):
                    try:
                        _resources_item = resources_item_data
                        resources_item: ClusterResourceInfo | None
                        if _resources_item is None:
                            resources_item = None
                        elif isinstance(_resources_item, dict):
                            resources_item_type_0 = ClusterResourceInfo.from_dict(_resources_item)

                            resources_item = resources_item_type_0

                        else:
                            raise TypeError(
                                f"expected ClusterResourceInfo | None, got {type(_resources_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(resources_item_index_, _resources, error_) from None
                    resources.append(resources_item)

        except Exception as error_:
            raise FieldError.at("resources", data_, error_) from None
        instance_ = cls_(
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
from ..models.cluster_resource_info import ClusterResourceInfo  # noqa: E402
