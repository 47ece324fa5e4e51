from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_types_per_workload_names_type_0 import NodeTypesPerWorkloadNamesType0


T = TypeVar("T", bound="NodeTypesPerWorkload")


@_attrs_define
class NodeTypesPerWorkload:
    """
    Attributes:
        training (list[str] | Unset):
        workspace (list[str] | Unset):
        names (NodeTypesPerWorkloadNamesType0 | None | Unset):
    """

    training: list[str] | Unset = UNSET
    workspace: list[str] | Unset = UNSET
    names: NodeTypesPerWorkloadNamesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.node_types_per_workload_names_type_0 import NodeTypesPerWorkloadNamesType0  # noqa: PLC0415

        training: list[str] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = self.training

        workspace: list[str] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace

        names: dict[str, Any] | None | Unset
        if isinstance(self.names, Unset):
            names = UNSET
        elif isinstance(self.names, NodeTypesPerWorkloadNamesType0):
            names = self.names.to_dict()
        else:
            names = self.names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if training is not UNSET:
            field_dict["training"] = training
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if names is not UNSET:
            field_dict["names"] = names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_types_per_workload_names_type_0 import NodeTypesPerWorkloadNamesType0  # noqa: PLC0415

        d = dict(src_dict)
        training = cast(list[str], d.pop("training", UNSET))

        workspace = cast(list[str], d.pop("workspace", UNSET))

        def _parse_names(data: object) -> NodeTypesPerWorkloadNamesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                names_type_0 = NodeTypesPerWorkloadNamesType0.from_dict(data)

                return names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeTypesPerWorkloadNamesType0 | None | Unset, data)

        names = _parse_names(d.pop("names", UNSET))

        instance_ = cls(
            training=training,
            workspace=workspace,
            names=names,
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
