from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_assets_info import RunAssetsInfo


T = TypeVar("T", bound="RunAssets")


@_attrs_define
class RunAssets:
    """
    Attributes:
        run_id (str):
        assets (RunAssetsInfo):
        assets_count (int | Unset):
    """

    run_id: str
    assets: RunAssetsInfo
    assets_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        assets = self.assets.to_dict()

        assets_count = self.assets_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "assets": assets,
            }
        )
        if assets_count is not UNSET:
            field_dict["assets_count"] = assets_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_assets_info import RunAssetsInfo  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

        assets = RunAssetsInfo.from_dict(d.pop("assets"))

        assets_count = d.pop("assets_count", UNSET)

        instance_ = cls(
            run_id=run_id,
            assets=assets,
            assets_count=assets_count,
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
