from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="NodeTypesPerWorkload")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("training", "workspace", "names"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if training is not UNSET:
            fields_["training"] = training
        if workspace is not UNSET:
            fields_["workspace"] = workspace
        if names is not UNSET:
            fields_["names"] = names

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            training = cast_(list[str], checked_scalars_(data_.get("training", UNSET), str))

        except Exception as error_:
            raise FieldError.at("training", data_, error_) from None
        try:
            workspace = cast_(list[str], checked_scalars_(data_.get("workspace", UNSET), str))

        except Exception as error_:
            raise FieldError.at("workspace", data_, error_) from None
        try:
            _names = data_.get("names", UNSET)
            names: NodeTypesPerWorkloadNamesType0 | None | Unset
            if _names is None:
                names = None
            elif isinstance(_names, Unset):
                names = UNSET
            elif isinstance(_names, dict):
                names_type_0 = NodeTypesPerWorkloadNamesType0.from_dict(_names)

                names = names_type_0

            else:
                raise TypeError(f"expected NodeTypesPerWorkloadNamesType0 | None | Unset, got {type(_names).__name__}")

        except Exception as error_:
            raise FieldError.at("names", data_, error_) from None
        instance_ = cls_(
            training=training,
            workspace=workspace,
            names=names,
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
from ..models.node_types_per_workload_names_type_0 import NodeTypesPerWorkloadNamesType0  # noqa: E402
