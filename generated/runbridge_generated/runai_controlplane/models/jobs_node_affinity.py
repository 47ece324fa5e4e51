from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="JobsNodeAffinity")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("train", "interactive"))


@_attrs_define
class JobsNodeAffinity:
    """
    Attributes:
        train (NodeAffinity | Unset):
        interactive (NodeAffinity | Unset):
    """

    train: NodeAffinity | Unset = UNSET
    interactive: NodeAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        train: dict[str, Any] | Unset = UNSET
        if not isinstance(self.train, Unset):
            train = self.train.to_dict()

        interactive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive, Unset):
            interactive = self.interactive.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if train is not UNSET:
            fields_["train"] = train
        if interactive is not UNSET:
            fields_["interactive"] = interactive

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _train = data_.get("train", UNSET)
            train: NodeAffinity | Unset
            if isinstance(_train, Unset):
                train = UNSET
            else:
                train = NodeAffinity.from_dict(_train)

        except Exception as error_:
            raise FieldError.at("train", data_, error_) from None
        try:
            _interactive = data_.get("interactive", UNSET)
            interactive: NodeAffinity | Unset
            if isinstance(_interactive, Unset):
                interactive = UNSET
            else:
                interactive = NodeAffinity.from_dict(_interactive)

        except Exception as error_:
            raise FieldError.at("interactive", data_, error_) from None
        instance_ = cls_(
            train=train,
            interactive=interactive,
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
from ..models.node_affinity import NodeAffinity  # noqa: E402
