from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_reported_status_platform_type_0_type_type_1 import ClusterReportedStatusPlatformType0TypeType1
from ..models.cluster_reported_status_platform_type_0_type_type_2_type_1 import (
    ClusterReportedStatusPlatformType0TypeType2Type1,
)
from ..models.cluster_reported_status_platform_type_0_type_type_3_type_1 import (
    ClusterReportedStatusPlatformType0TypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedStatusPlatformType0")


@_attrs_define
class ClusterReportedStatusPlatformType0:
    """
    Attributes:
        type_ (ClusterReportedStatusPlatformType0TypeType1 | ClusterReportedStatusPlatformType0TypeType2Type1 |
            ClusterReportedStatusPlatformType0TypeType3Type1 | None | Unset):
        kube_version (None | str | Unset):
    """

    type_: (
        ClusterReportedStatusPlatformType0TypeType1
        | ClusterReportedStatusPlatformType0TypeType2Type1
        | ClusterReportedStatusPlatformType0TypeType3Type1
        | None
        | Unset
    ) = UNSET
    kube_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ClusterReportedStatusPlatformType0TypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, ClusterReportedStatusPlatformType0TypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, ClusterReportedStatusPlatformType0TypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        kube_version: None | str | Unset
        if isinstance(self.kube_version, Unset):
            kube_version = UNSET
        else:
            kube_version = self.kube_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if kube_version is not UNSET:
            field_dict["kubeVersion"] = kube_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(
            data: object,
        ) -> (
            ClusterReportedStatusPlatformType0TypeType1
            | ClusterReportedStatusPlatformType0TypeType2Type1
            | ClusterReportedStatusPlatformType0TypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = ClusterReportedStatusPlatformType0TypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = ClusterReportedStatusPlatformType0TypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = ClusterReportedStatusPlatformType0TypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ClusterReportedStatusPlatformType0TypeType1
                | ClusterReportedStatusPlatformType0TypeType2Type1
                | ClusterReportedStatusPlatformType0TypeType3Type1
                | None
                | Unset,
                data,
            )

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_kube_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kube_version = _parse_kube_version(d.pop("kubeVersion", UNSET))

        instance_ = cls(
            type_=type_,
            kube_version=kube_version,
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
