from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClusterReportedStatus")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("conditions", "operands", "platform", "config", "dependencies"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if conditions is not UNSET:
            fields_["conditions"] = conditions
        if operands is not UNSET:
            fields_["operands"] = operands
        if platform is not UNSET:
            fields_["platform"] = platform
        if config is not UNSET:
            fields_["config"] = config
        if dependencies is not UNSET:
            fields_["dependencies"] = dependencies

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _conditions = data_.get("conditions", UNSET)
            conditions: list[ClusterReportedStatusConditionsItem] | Unset = UNSET
            if _conditions is not UNSET:
                if not isinstance(_conditions, list):
                    raise TypeError(f"expected a list, got {type(_conditions).__name__}")
                conditions = []
                for conditions_item_index_, conditions_item_data in enumerate(_conditions):
                    try:
                        conditions_item = ClusterReportedStatusConditionsItem.from_dict(conditions_item_data)

                    except Exception as error_:
                        raise FieldError.at(conditions_item_index_, _conditions, error_) from None
                    conditions.append(conditions_item)

        except Exception as error_:
            raise FieldError.at("conditions", data_, error_) from None
        try:
            _operands = data_.get("operands", UNSET)
            operands: ClusterReportedStatusOperands | Unset
            if isinstance(_operands, Unset):
                operands = UNSET
            else:
                operands = ClusterReportedStatusOperands.from_dict(_operands)

        except Exception as error_:
            raise FieldError.at("operands", data_, error_) from None
        try:
            _platform = data_.get("platform", UNSET)
            platform: ClusterReportedStatusPlatformType0 | None | Unset
            if _platform is None:
                platform = None
            elif isinstance(_platform, Unset):
                platform = UNSET
            elif isinstance(_platform, dict):
                platform_type_0 = ClusterReportedStatusPlatformType0.from_dict(_platform)

                platform = platform_type_0

            else:
                raise TypeError(
                    f"expected ClusterReportedStatusPlatformType0 | None | Unset, got {type(_platform).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("platform", data_, error_) from None
        try:
            _config = data_.get("config", UNSET)
            config: ClusterReportedConfig | None | Unset
            if _config is None:
                config = None
            elif isinstance(_config, Unset):
                config = UNSET
            elif isinstance(_config, dict):
                config_type_0 = ClusterReportedConfig.from_dict(_config)

                config = config_type_0

            else:
                raise TypeError(f"expected ClusterReportedConfig | None | Unset, got {type(_config).__name__}")

        except Exception as error_:
            raise FieldError.at("config", data_, error_) from None
        try:
            _dependencies = data_.get("dependencies", UNSET)
            dependencies: ClusterDependenciesStatus | Unset
            if isinstance(_dependencies, Unset):
                dependencies = UNSET
            else:
                dependencies = ClusterDependenciesStatus.from_dict(_dependencies)

        except Exception as error_:
            raise FieldError.at("dependencies", data_, error_) from None
        instance_ = cls_(
            conditions=conditions,
            operands=operands,
            platform=platform,
            config=config,
            dependencies=dependencies,
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
from ..models.cluster_dependencies_status import ClusterDependenciesStatus  # noqa: E402
from ..models.cluster_reported_config import ClusterReportedConfig  # noqa: E402
from ..models.cluster_reported_status_conditions_item import ClusterReportedStatusConditionsItem  # noqa: E402
from ..models.cluster_reported_status_operands import ClusterReportedStatusOperands  # noqa: E402
from ..models.cluster_reported_status_platform_type_0 import ClusterReportedStatusPlatformType0  # noqa: E402
