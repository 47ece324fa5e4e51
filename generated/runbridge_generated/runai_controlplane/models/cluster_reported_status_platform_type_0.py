from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_reported_status_platform_type_0_type_type_1 import ClusterReportedStatusPlatformType0TypeType1
from ..models.cluster_reported_status_platform_type_0_type_type_2_type_1 import (
    ClusterReportedStatusPlatformType0TypeType2Type1,
)
from ..models.cluster_reported_status_platform_type_0_type_type_3_type_1 import (
    ClusterReportedStatusPlatformType0TypeType3Type1,
)
from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClusterReportedStatusPlatformType0")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("type", "kubeVersion"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if type_ is not UNSET:
            fields_["type"] = type_
        if kube_version is not UNSET:
            fields_["kubeVersion"] = kube_version

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _type_ = data_.get("type", UNSET)
            type_: (
                ClusterReportedStatusPlatformType0TypeType1
                | ClusterReportedStatusPlatformType0TypeType2Type1
                | ClusterReportedStatusPlatformType0TypeType3Type1
                | None
                | Unset
            )
            if _type_ is None:
                type_ = None
            elif isinstance(_type_, Unset):
                type_ = UNSET
            elif isinstance(_type_, str):
                _type__found_ = False
                try:
                    type_type_1 = ClusterReportedStatusPlatformType0TypeType1(_type_)

                    type_ = type_type_1
                    _type__found_ = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

                if not _type__found_:
                    try:
                        type_type_2_type_1 = ClusterReportedStatusPlatformType0TypeType2Type1(_type_)

                        type_ = type_type_2_type_1
                        _type__found_ = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not _type__found_:
                    type_type_3_type_1 = ClusterReportedStatusPlatformType0TypeType3Type1(_type_)

                    type_ = type_type_3_type_1

            else:
                raise TypeError(
                    f"expected ClusterReportedStatusPlatformType0TypeType1 | ClusterReportedStatusPlatformType0TypeType2Type1 | ClusterReportedStatusPlatformType0TypeType3Type1 | None | Unset, got {type(_type_).__name__}"
                )

        except Exception as error_:
            raise FieldError.at("type", data_, error_) from None
        try:
            _kube_version = data_.get("kubeVersion", UNSET)
            kube_version: None | str | Unset
            if _kube_version is None:
                kube_version = None
            elif isinstance(_kube_version, Unset):
                kube_version = UNSET
            elif isinstance(_kube_version, str):
                kube_version = _kube_version
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_kube_version).__name__}")

        except Exception as error_:
            raise FieldError.at("kubeVersion", data_, error_) from None
        instance_ = cls_(
            type_=type_,
            kube_version=kube_version,
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
