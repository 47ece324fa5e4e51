from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="EnvironmentAsset")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("meta", "spec", "usedBy", "usageTimes", "compliance", "status"))


@_attrs_define
class EnvironmentAsset:
    """
    Attributes:
        meta (AssetMeta):
        spec (EnvironmentAssetSpec):
        used_by (AssetUsageInfo | None | Unset):
        usage_times (None | Unset | UsageTimesInfo):
        compliance (ComplianceInfo | None | Unset):
        status (AssetClusterStatusInfo | None | Unset):
    """

    meta: AssetMeta
    spec: EnvironmentAssetSpec
    used_by: AssetUsageInfo | None | Unset = UNSET
    usage_times: None | Unset | UsageTimesInfo = UNSET
    compliance: ComplianceInfo | None | Unset = UNSET
    status: AssetClusterStatusInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        spec = self.spec.to_dict()

        used_by: dict[str, Any] | None | Unset
        if isinstance(self.used_by, Unset):
            used_by = UNSET
        elif isinstance(self.used_by, AssetUsageInfo):
            used_by = self.used_by.to_dict()
        else:
            used_by = self.used_by

        usage_times: dict[str, Any] | None | Unset
        if isinstance(self.usage_times, Unset):
            usage_times = UNSET
        elif isinstance(self.usage_times, UsageTimesInfo):
            usage_times = self.usage_times.to_dict()
        else:
            usage_times = self.usage_times

        compliance: dict[str, Any] | None | Unset
        if isinstance(self.compliance, Unset):
            compliance = UNSET
        elif isinstance(self.compliance, ComplianceInfo):
            compliance = self.compliance.to_dict()
        else:
            compliance = self.compliance

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AssetClusterStatusInfo):
            status = self.status.to_dict()
        else:
            status = self.status

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "meta": meta,
                "spec": spec,
            }
        )
        if used_by is not UNSET:
            fields_["usedBy"] = used_by
        if usage_times is not UNSET:
            fields_["usageTimes"] = usage_times
        if compliance is not UNSET:
            fields_["compliance"] = compliance
        if status is not UNSET:
            fields_["status"] = status

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            meta = AssetMeta.from_dict(data_["meta"])

        except Exception as error_:
            raise FieldError.at("meta", data_, error_) from None
        try:
            spec = EnvironmentAssetSpec.from_dict(data_["spec"])

        except Exception as error_:
            raise FieldError.at("spec", data_, error_) from None
        try:
            _used_by = data_.get("usedBy", UNSET)
            used_by: AssetUsageInfo | None | Unset
            if _used_by is None:
                used_by = None
            elif isinstance(_used_by, Unset):
                used_by = UNSET
            elif isinstance(_used_by, dict):
                used_by_type_0 = AssetUsageInfo.from_dict(_used_by)

                used_by = used_by_type_0

            else:
                raise TypeError(f"expected AssetUsageInfo | None | Unset, got {type(_used_by).__name__}")

        except Exception as error_:
            raise FieldError.at("usedBy", data_, error_) from None
        try:
            _usage_times = data_.get("usageTimes", UNSET)
            usage_times: None | Unset | UsageTimesInfo
            if _usage_times is None:
                usage_times = None
            elif isinstance(_usage_times, Unset):
                usage_times = UNSET
            elif isinstance(_usage_times, dict):
                usage_times_type_0 = UsageTimesInfo.from_dict(_usage_times)

                usage_times = usage_times_type_0

            else:
                raise TypeError(f"expected None | Unset | UsageTimesInfo, got {type(_usage_times).__name__}")

        except Exception as error_:
            raise FieldError.at("usageTimes", data_, error_) from None
        try:
            _compliance = data_.get("compliance", UNSET)
            compliance: ComplianceInfo | None | Unset
            if _compliance is None:
                compliance = None
            elif isinstance(_compliance, Unset):
                compliance = UNSET
            elif isinstance(_compliance, dict):
                compliance_type_0 = ComplianceInfo.from_dict(_compliance)

                compliance = compliance_type_0

            else:
                raise TypeError(f"expected ComplianceInfo | None | Unset, got {type(_compliance).__name__}")

        except Exception as error_:
            raise FieldError.at("compliance", data_, error_) from None
        try:
            _status = data_.get("status", UNSET)
            status: AssetClusterStatusInfo | None | Unset
            if _status is None:
                status = None
            elif isinstance(_status, Unset):
                status = UNSET
            elif isinstance(_status, dict):
                status_type_0 = AssetClusterStatusInfo.from_dict(_status)

                status = status_type_0

            else:
                raise TypeError(f"expected AssetClusterStatusInfo | None | Unset, got {type(_status).__name__}")

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        instance_ = cls_(
            meta=meta,
            spec=spec,
            used_by=used_by,
            usage_times=usage_times,
            compliance=compliance,
            status=status,
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
from ..models.asset_cluster_status_info import AssetClusterStatusInfo  # noqa: E402
from ..models.asset_meta import AssetMeta  # noqa: E402
from ..models.asset_usage_info import AssetUsageInfo  # noqa: E402
from ..models.compliance_info import ComplianceInfo  # noqa: E402
from ..models.environment_asset_spec import EnvironmentAssetSpec  # noqa: E402
from ..models.usage_times_info import UsageTimesInfo  # noqa: E402
