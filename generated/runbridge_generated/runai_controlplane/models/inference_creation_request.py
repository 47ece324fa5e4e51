from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inference_spec_spec import InferenceSpecSpec


T = TypeVar("T", bound="InferenceCreationRequest")


@_attrs_define
class InferenceCreationRequest:
    """
    Attributes:
        name (str):
        project_id (str):
        cluster_id (str):
        use_given_name_as_prefix (bool | Unset):  Default: False.
        template_id (None | str | Unset):
        spec (InferenceSpecSpec | Unset):
    """

    name: str
    project_id: str
    cluster_id: str
    use_given_name_as_prefix: bool | Unset = False
    template_id: None | str | Unset = UNSET
    spec: InferenceSpecSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        cluster_id = self.cluster_id

        use_given_name_as_prefix = self.use_given_name_as_prefix

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

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
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inference_spec_spec import InferenceSpecSpec  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        project_id = d.pop("projectId")

        cluster_id = d.pop("clusterId")

        use_given_name_as_prefix = d.pop("useGivenNameAsPrefix", UNSET)

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        _spec = d.pop("spec", UNSET)
        spec: InferenceSpecSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = InferenceSpecSpec.from_dict(_spec)

        instance_ = cls(
            name=name,
            project_id=project_id,
            cluster_id=cluster_id,
            use_given_name_as_prefix=use_given_name_as_prefix,
            template_id=template_id,
            spec=spec,
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
