from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_cluster_status_info import AssetClusterStatusInfo
    from ..models.asset_meta import AssetMeta
    from ..models.asset_usage_info import AssetUsageInfo
    from ..models.compliance_info import ComplianceInfo
    from ..models.s3_asset_spec import S3AssetSpec
    from ..models.usage_times_info import UsageTimesInfo


T = TypeVar("T", bound="S3Asset")


@_attrs_define
class S3Asset:
    """
    Attributes:
        meta (AssetMeta):
        spec (S3AssetSpec):
        used_by (AssetUsageInfo | None | Unset):
        usage_times (None | Unset | UsageTimesInfo):
        compliance (ComplianceInfo | None | Unset):
        status (AssetClusterStatusInfo | None | Unset):
    """

    meta: AssetMeta
    spec: S3AssetSpec
    used_by: AssetUsageInfo | None | Unset = UNSET
    usage_times: None | Unset | UsageTimesInfo = UNSET
    compliance: ComplianceInfo | None | Unset = UNSET
    status: AssetClusterStatusInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_cluster_status_info import AssetClusterStatusInfo  # noqa: PLC0415
        from ..models.asset_usage_info import AssetUsageInfo  # noqa: PLC0415
        from ..models.compliance_info import ComplianceInfo  # noqa: PLC0415
        from ..models.usage_times_info import UsageTimesInfo  # noqa: PLC0415

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "spec": spec,
            }
        )
        if used_by is not UNSET:
            field_dict["usedBy"] = used_by
        if usage_times is not UNSET:
            field_dict["usageTimes"] = usage_times
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_cluster_status_info import AssetClusterStatusInfo  # noqa: PLC0415
        from ..models.asset_meta import AssetMeta  # noqa: PLC0415
        from ..models.asset_usage_info import AssetUsageInfo  # noqa: PLC0415
        from ..models.compliance_info import ComplianceInfo  # noqa: PLC0415
        from ..models.s3_asset_spec import S3AssetSpec  # noqa: PLC0415
        from ..models.usage_times_info import UsageTimesInfo  # noqa: PLC0415

        d = dict(src_dict)
        meta = AssetMeta.from_dict(d.pop("meta"))

        spec = S3AssetSpec.from_dict(d.pop("spec"))

        def _parse_used_by(data: object) -> AssetUsageInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                used_by_type_0 = AssetUsageInfo.from_dict(data)

                return used_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetUsageInfo | None | Unset, data)

        used_by = _parse_used_by(d.pop("usedBy", UNSET))

        def _parse_usage_times(data: object) -> None | Unset | UsageTimesInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_times_type_0 = UsageTimesInfo.from_dict(data)

                return usage_times_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTimesInfo, data)

        usage_times = _parse_usage_times(d.pop("usageTimes", UNSET))

        def _parse_compliance(data: object) -> ComplianceInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compliance_type_0 = ComplianceInfo.from_dict(data)

                return compliance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplianceInfo | None | Unset, data)

        compliance = _parse_compliance(d.pop("compliance", UNSET))

        def _parse_status(data: object) -> AssetClusterStatusInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = AssetClusterStatusInfo.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetClusterStatusInfo | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        instance_ = cls(
            meta=meta,
            spec=spec,
            used_by=used_by,
            usage_times=usage_times,
            compliance=compliance,
            status=status,
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
