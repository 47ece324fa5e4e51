from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="DataUpdatableDepartmentFields")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("description", "schedulingRules", "defaultNodePools", "nodeTypes"))


@_attrs_define
class DataUpdatableDepartmentFields:
    """
    Attributes:
        description (str | Unset):
        scheduling_rules (None | SchedulingRules | Unset):
        default_node_pools (list[str] | None | Unset):
        node_types (NodeTypesPerWorkload | None | Unset):
    """

    description: str | Unset = UNSET
    scheduling_rules: None | SchedulingRules | Unset = UNSET
    default_node_pools: list[str] | None | Unset = UNSET
    node_types: NodeTypesPerWorkload | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        scheduling_rules: dict[str, Any] | None | Unset
        if isinstance(self.scheduling_rules, Unset):
            scheduling_rules = UNSET
        elif isinstance(self.scheduling_rules, SchedulingRules):
            scheduling_rules = self.scheduling_rules.to_dict()
        else:
            scheduling_rules = self.scheduling_rules

        default_node_pools: list[str] | None | Unset
        if isinstance(self.default_node_pools, Unset):
            default_node_pools = UNSET
        elif isinstance(self.default_node_pools, list):
            default_node_pools = self.default_node_pools

        else:
            default_node_pools = self.default_node_pools

        node_types: dict[str, Any] | None | Unset
        if isinstance(self.node_types, Unset):
            node_types = UNSET
        elif isinstance(self.node_types, NodeTypesPerWorkload):
            node_types = self.node_types.to_dict()
        else:
            node_types = self.node_types

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if description is not UNSET:
            fields_["description"] = description
        if scheduling_rules is not UNSET:
            fields_["schedulingRules"] = scheduling_rules
        if default_node_pools is not UNSET:
            fields_["defaultNodePools"] = default_node_pools
        if node_types is not UNSET:
            fields_["nodeTypes"] = node_types

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        description = data_.get("description", UNSET)
        if (not isinstance(description, str)) and not isinstance(description, Unset):
            raise FieldError.at("description", data_, TypeError(f"expected str, got {type(description).__name__}"))
        try:
            _scheduling_rules = data_.get("schedulingRules", UNSET)
            scheduling_rules: None | SchedulingRules | Unset
            if _scheduling_rules is None:
                scheduling_rules = None
            elif isinstance(_scheduling_rules, Unset):
                scheduling_rules = UNSET
            elif isinstance(_scheduling_rules, dict):
                scheduling_rules_type_0 = SchedulingRules.from_dict(_scheduling_rules)

                scheduling_rules = scheduling_rules_type_0

            else:
                raise TypeError(f"expected None | SchedulingRules | Unset, got {type(_scheduling_rules).__name__}")

        except Exception as error_:
            raise FieldError.at("schedulingRules", data_, error_) from None
        try:
            _default_node_pools = data_.get("defaultNodePools", UNSET)
            default_node_pools: list[str] | None | Unset
            if _default_node_pools is None:
                default_node_pools = None
            elif isinstance(_default_node_pools, Unset):
                default_node_pools = UNSET
            elif isinstance(_default_node_pools, list):
                default_node_pools_type_0 = cast_(list[str], checked_scalars_(_default_node_pools, str))

                default_node_pools = default_node_pools_type_0

            else:
                raise TypeError(f"expected list[str] | None | Unset, got {type(_default_node_pools).__name__}")

        except Exception as error_:
            raise FieldError.at("defaultNodePools", data_, error_) from None
        try:
            _node_types = data_.get("nodeTypes", UNSET)
            node_types: NodeTypesPerWorkload | None | Unset
            if _node_types is None:
                node_types = None
            elif isinstance(_node_types, Unset):
                node_types = UNSET
            elif isinstance(_node_types, dict):
                node_types_type_0 = NodeTypesPerWorkload.from_dict(_node_types)

                node_types = node_types_type_0

            else:
                raise TypeError(f"expected NodeTypesPerWorkload | None | Unset, got {type(_node_types).__name__}")

        except Exception as error_:
            raise FieldError.at("nodeTypes", data_, error_) from None
        instance_ = cls_(
            description=description,
            scheduling_rules=scheduling_rules,
            default_node_pools=default_node_pools,
            node_types=node_types,
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
from ..models.node_types_per_workload import NodeTypesPerWorkload  # noqa: E402
from ..models.scheduling_rules import SchedulingRules  # noqa: E402
