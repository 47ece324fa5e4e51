from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_datasource_ref import AssetDatasourceRef
    from ..models.asset_ref import AssetRef
    from ..models.environment_asset_ref import EnvironmentAssetRef


T = TypeVar("T", bound="AssetsUsageRef")


@_attrs_define
class AssetsUsageRef:
    """
    Attributes:
        environment (EnvironmentAssetRef | Unset):
        environments (list[AssetRef] | Unset):
        compute (AssetRef | None | Unset):
        computes (list[AssetRef] | Unset):
        datasources (list[AssetDatasourceRef] | Unset):
    """

    environment: EnvironmentAssetRef | Unset = UNSET
    environments: list[AssetRef] | Unset = UNSET
    compute: AssetRef | None | Unset = UNSET
    computes: list[AssetRef] | Unset = UNSET
    datasources: list[AssetDatasourceRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_ref import AssetRef  # noqa: PLC0415

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        compute: dict[str, Any] | None | Unset
        if isinstance(self.compute, Unset):
            compute = UNSET
        elif isinstance(self.compute, AssetRef):
            compute = self.compute.to_dict()
        else:
            compute = self.compute

        computes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.computes, Unset):
            computes = []
            for computes_item_data in self.computes:
                computes_item = computes_item_data.to_dict()
                computes.append(computes_item)

        datasources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasources, Unset):
            datasources = []
            for datasources_item_data in self.datasources:
                datasources_item = datasources_item_data.to_dict()
                datasources.append(datasources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if environments is not UNSET:
            field_dict["environments"] = environments
        if compute is not UNSET:
            field_dict["compute"] = compute
        if computes is not UNSET:
            field_dict["computes"] = computes
        if datasources is not UNSET:
            field_dict["datasources"] = datasources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_datasource_ref import AssetDatasourceRef  # noqa: PLC0415
        from ..models.asset_ref import AssetRef  # noqa: PLC0415
        from ..models.environment_asset_ref import EnvironmentAssetRef  # noqa: PLC0415

        d = dict(src_dict)
        _environment = d.pop("environment", UNSET)
        environment: EnvironmentAssetRef | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = EnvironmentAssetRef.from_dict(_environment)

        _environments = d.pop("environments", UNSET)
        environments: list[AssetRef] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = AssetRef.from_dict(environments_item_data)

                environments.append(environments_item)

        def _parse_compute(data: object) -> AssetRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compute_type_0 = AssetRef.from_dict(data)

                return compute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetRef | None | Unset, data)

        compute = _parse_compute(d.pop("compute", UNSET))

        _computes = d.pop("computes", UNSET)
        computes: list[AssetRef] | Unset = UNSET
        if _computes is not UNSET:
            computes = []
            for computes_item_data in _computes:
                computes_item = AssetRef.from_dict(computes_item_data)

                computes.append(computes_item)

        _datasources = d.pop("datasources", UNSET)
        datasources: list[AssetDatasourceRef] | Unset = UNSET
        if _datasources is not UNSET:
            datasources = []
            for datasources_item_data in _datasources:
                datasources_item = AssetDatasourceRef.from_dict(datasources_item_data)

                datasources.append(datasources_item)

        instance_ = cls(
            environment=environment,
            environments=environments,
            compute=compute,
            computes=computes,
            datasources=datasources,
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
