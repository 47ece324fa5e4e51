from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_creation_request import AssetCreationRequest
    from ..models.git_asset_spec import GitAssetSpec


T = TypeVar("T", bound="GitCreationRequest")


@_attrs_define
class GitCreationRequest:
    """
    Attributes:
        meta (AssetCreationRequest):
        spec (GitAssetSpec):
    """

    meta: AssetCreationRequest
    spec: GitAssetSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_creation_request import AssetCreationRequest  # noqa: PLC0415
        from ..models.git_asset_spec import GitAssetSpec  # noqa: PLC0415

        d = dict(src_dict)
        meta = AssetCreationRequest.from_dict(d.pop("meta"))

        spec = GitAssetSpec.from_dict(d.pop("spec"))

        instance_ = cls(
            meta=meta,
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
