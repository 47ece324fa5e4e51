from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_dependencies_status import ClusterDependenciesStatus
    from ..models.cluster_reported_config import ClusterReportedConfig
    from ..models.cluster_reported_status_conditions_item import ClusterReportedStatusConditionsItem
    from ..models.cluster_reported_status_operands import ClusterReportedStatusOperands
    from ..models.cluster_reported_status_platform_type_0 import ClusterReportedStatusPlatformType0


T = TypeVar("T", bound="ClusterReportedStatus")


@_attrs_define
class ClusterReportedStatus:
    """
    Attributes:
        conditions (list[ClusterReportedStatusConditionsItem] | Unset):
        operands (ClusterReportedStatusOperands | Unset):
        platform (ClusterReportedStatusPlatformType0 | None | Unset):
        config (ClusterReportedConfig | None | Unset):
        dependencies (ClusterDependenciesStatus | Unset):
    """

    conditions: list[ClusterReportedStatusConditionsItem] | Unset = UNSET
    operands: ClusterReportedStatusOperands | Unset = UNSET
    platform: ClusterReportedStatusPlatformType0 | None | Unset = UNSET
    config: ClusterReportedConfig | None | Unset = UNSET
    dependencies: ClusterDependenciesStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_reported_config import ClusterReportedConfig  # noqa: PLC0415
        from ..models.cluster_reported_status_platform_type_0 import ClusterReportedStatusPlatformType0  # noqa: PLC0415

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        operands: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operands, Unset):
            operands = self.operands.to_dict()

        platform: dict[str, Any] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, ClusterReportedStatusPlatformType0):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ClusterReportedConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        dependencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if operands is not UNSET:
            field_dict["operands"] = operands
        if platform is not UNSET:
            field_dict["platform"] = platform
        if config is not UNSET:
            field_dict["config"] = config
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_dependencies_status import ClusterDependenciesStatus  # noqa: PLC0415
        from ..models.cluster_reported_config import ClusterReportedConfig  # noqa: PLC0415
        from ..models.cluster_reported_status_conditions_item import ClusterReportedStatusConditionsItem  # noqa: PLC0415
        from ..models.cluster_reported_status_operands import ClusterReportedStatusOperands  # noqa: PLC0415
        from ..models.cluster_reported_status_platform_type_0 import ClusterReportedStatusPlatformType0  # noqa: PLC0415

        d = dict(src_dict)
        _conditions = d.pop("conditions", UNSET)
        conditions: list[ClusterReportedStatusConditionsItem] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ClusterReportedStatusConditionsItem.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _operands = d.pop("operands", UNSET)
        operands: ClusterReportedStatusOperands | Unset
        if isinstance(_operands, Unset):
            operands = UNSET
        else:
            operands = ClusterReportedStatusOperands.from_dict(_operands)

        def _parse_platform(data: object) -> ClusterReportedStatusPlatformType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_type_0 = ClusterReportedStatusPlatformType0.from_dict(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterReportedStatusPlatformType0 | None | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_config(data: object) -> ClusterReportedConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ClusterReportedConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterReportedConfig | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: ClusterDependenciesStatus | Unset
        if isinstance(_dependencies, Unset):
            dependencies = UNSET
        else:
            dependencies = ClusterDependenciesStatus.from_dict(_dependencies)

        instance_ = cls(
            conditions=conditions,
            operands=operands,
            platform=platform,
            config=config,
            dependencies=dependencies,
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
