from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_affinity import NodeAffinity


T = TypeVar("T", bound="JobsNodeAffinity")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if train is not UNSET:
            field_dict["train"] = train
        if interactive is not UNSET:
            field_dict["interactive"] = interactive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_affinity import NodeAffinity  # noqa: PLC0415

        d = dict(src_dict)
        _train = d.pop("train", UNSET)
        train: NodeAffinity | Unset
        if isinstance(_train, Unset):
            train = UNSET
        else:
            train = NodeAffinity.from_dict(_train)

        _interactive = d.pop("interactive", UNSET)
        interactive: NodeAffinity | Unset
        if isinstance(_interactive, Unset):
            interactive = UNSET
        else:
            interactive = NodeAffinity.from_dict(_interactive)

        instance_ = cls(
            train=train,
            interactive=interactive,
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
