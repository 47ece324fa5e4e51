from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadCreationMeta")


@_attrs_define
class WorkloadCreationMeta:
    """
    Attributes:
        name (str):
        project_id (str):
        cluster_id (str):
        use_given_name_as_prefix (bool | Unset):  Default: False.
    """

    name: str
    project_id: str
    cluster_id: str
    use_given_name_as_prefix: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        cluster_id = self.cluster_id

        use_given_name_as_prefix = self.use_given_name_as_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "projectId": project_id,
                "clusterId": cluster_id,
            }
        )
        if use_given_name_as_prefix is not UNSET:
            field_dict["useGivenNameAsPrefix"] = use_given_name_as_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project_id = d.pop("projectId")

        cluster_id = d.pop("clusterId")

        use_given_name_as_prefix = d.pop("useGivenNameAsPrefix", UNSET)

        instance_ = cls(
            name=name,
            project_id=project_id,
            cluster_id=cluster_id,
            use_given_name_as_prefix=use_given_name_as_prefix,
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
