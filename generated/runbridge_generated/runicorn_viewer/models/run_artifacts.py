from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_artifact_ref import RunArtifactRef


T = TypeVar("T", bound="RunArtifacts")


@_attrs_define
class RunArtifacts:
    """
    Attributes:
        created (list[RunArtifactRef]):
        used (list[RunArtifactRef]):
    """

    created: list[RunArtifactRef]
    used: list[RunArtifactRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        used = []
        for used_item_data in self.used:
            used_item = used_item_data.to_dict()
            used.append(used_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_artifact_ref import RunArtifactRef  # noqa: PLC0415

        d = dict(src_dict)
        created = []
        _created = d.pop("created")
        for created_item_data in _created:
            created_item = RunArtifactRef.from_dict(created_item_data)

            created.append(created_item)

        used = []
        _used = d.pop("used")
        for used_item_data in _used:
            used_item = RunArtifactRef.from_dict(used_item_data)

            used.append(used_item)

        instance_ = cls(
            created=created,
            used=used,
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
