from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="AssetsUsageRef")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("environment", "environments", "compute", "computes", "datasources"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if environment is not UNSET:
            fields_["environment"] = environment
        if environments is not UNSET:
            fields_["environments"] = environments
        if compute is not UNSET:
            fields_["compute"] = compute
        if computes is not UNSET:
            fields_["computes"] = computes
        if datasources is not UNSET:
            fields_["datasources"] = datasources

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _environment = data_.get("environment", UNSET)
            environment: EnvironmentAssetRef | Unset
            if isinstance(_environment, Unset):
                environment = UNSET
            else:
                environment = EnvironmentAssetRef.from_dict(_environment)

        except Exception as error_:
            raise FieldError.at("environment", data_, error_) from None
        try:
            _environments = data_.get("environments", UNSET)
            environments: list[AssetRef] | Unset = UNSET
            if _environments is not UNSET:
                if not isinstance(_environments, list):
                    raise TypeError(f"expected a list, got {type(_environments).__name__}")
                environments = []
                for environments_item_index_, environments_item_data in enumerate(_environments):
                    try:
                        environments_item = AssetRef.from_dict(environments_item_data)

                    except Exception as error_:
                        raise FieldError.at(environments_item_index_, _environments, error_) from None
                    environments.append(environments_item)

        except Exception as error_:
            raise FieldError.at("environments", data_, error_) from None
        try:
            _compute = data_.get("compute", UNSET)
            compute: AssetRef | None | Unset
            if _compute is None:
                compute = None
            elif isinstance(_compute, Unset):
                compute = UNSET
            elif isinstance(_compute, dict):
                compute_type_0 = AssetRef.from_dict(_compute)

                compute = compute_type_0

            else:
                raise TypeError(f"expected AssetRef | None | Unset, got {type(_compute).__name__}")

        except Exception as error_:
            raise FieldError.at("compute", data_, error_) from None
        try:
            _computes = data_.get("computes", UNSET)
            computes: list[AssetRef] | Unset = UNSET
            if _computes is not UNSET:
                if not isinstance(_computes, list):
                    raise TypeError(f"expected a list, got {type(_computes).__name__}")
                computes = []
                for computes_item_index_, computes_item_data in enumerate(_computes):
                    try:
                        computes_item = AssetRef.from_dict(computes_item_data)

                    except Exception as error_:
                        raise FieldError.at(computes_item_index_, _computes, error_) from None
                    computes.append(computes_item)

        except Exception as error_:
            raise FieldError.at("computes", data_, error_) from None
        try:
            _datasources = data_.get("datasources", UNSET)
            datasources: list[AssetDatasourceRef] | Unset = UNSET
            if _datasources is not UNSET:
                if not isinstance(_datasources, list):
                    raise TypeError(f"expected a list, got {type(_datasources).__name__}")
                datasources = []
                for datasources_item_index_, datasources_item_data in enumerate(_datasources):
                    try:
                        datasources_item = AssetDatasourceRef.from_dict(datasources_item_data)

                    except Exception as error_:
                        raise FieldError.at(datasources_item_index_, _datasources, error_) from None
                    datasources.append(datasources_item)

        except Exception as error_:
            raise FieldError.at("datasources", data_, error_) from None
        instance_ = cls_(
            environment=environment,
            environments=environments,
            compute=compute,
            computes=computes,
            datasources=datasources,
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
from ..models.asset_datasource_ref import AssetDatasourceRef  # noqa: E402
from ..models.asset_ref import AssetRef  # noqa: E402
from ..models.environment_asset_ref import EnvironmentAssetRef  # noqa: E402
