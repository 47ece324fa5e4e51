from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ClusterReportedConfig")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("workloadOwnershipProtection", "subdomainEnabled", "ingressClass"))


@_attrs_define
class ClusterReportedConfig:
    """
    Attributes:
        workload_ownership_protection (bool | None | Unset):
        subdomain_enabled (bool | None | Unset):
        ingress_class (None | str | Unset):
    """

    workload_ownership_protection: bool | None | Unset = UNSET
    subdomain_enabled: bool | None | Unset = UNSET
    ingress_class: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workload_ownership_protection: bool | None | Unset
        if isinstance(self.workload_ownership_protection, Unset):
            workload_ownership_protection = UNSET
        else:
            workload_ownership_protection = self.workload_ownership_protection

        subdomain_enabled: bool | None | Unset
        if isinstance(self.subdomain_enabled, Unset):
            subdomain_enabled = UNSET
        else:
            subdomain_enabled = self.subdomain_enabled

        ingress_class: None | str | Unset
        if isinstance(self.ingress_class, Unset):
            ingress_class = UNSET
        else:
            ingress_class = self.ingress_class

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if workload_ownership_protection is not UNSET:
            fields_["workloadOwnershipProtection"] = workload_ownership_protection
        if subdomain_enabled is not UNSET:
            fields_["subdomainEnabled"] = subdomain_enabled
        if ingress_class is not UNSET:
            fields_["ingressClass"] = ingress_class

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _workload_ownership_protection = data_.get("workloadOwnershipProtection", UNSET)
            workload_ownership_protection: bool | None | Unset
            if _workload_ownership_protection is None:
                workload_ownership_protection = None
            elif isinstance(_workload_ownership_protection, Unset):
                workload_ownership_protection = UNSET
            elif isinstance(_workload_ownership_protection, bool):
                workload_ownership_protection = _workload_ownership_protection
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_workload_ownership_protection).__name__}")

        except Exception as error_:
            raise FieldError.at("workloadOwnershipProtection", data_, error_) from None
        try:
            _subdomain_enabled = data_.get("subdomainEnabled", UNSET)
            subdomain_enabled: bool | None | Unset
            if _subdomain_enabled is None:
                subdomain_enabled = None
            elif isinstance(_subdomain_enabled, Unset):
                subdomain_enabled = UNSET
            elif isinstance(_subdomain_enabled, bool):
                subdomain_enabled = _subdomain_enabled
            else:
                raise TypeError(f"expected bool | None | Unset, got {type(_subdomain_enabled).__name__}")

        except Exception as error_:
            raise FieldError.at("subdomainEnabled", data_, error_) from None
        try:
            _ingress_class = data_.get("ingressClass", UNSET)
            ingress_class: None | str | Unset
            if _ingress_class is None:
                ingress_class = None
            elif isinstance(_ingress_class, Unset):
                ingress_class = UNSET
            elif isinstance(_ingress_class, str):
                ingress_class = _ingress_class
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_ingress_class).__name__}")

        except Exception as error_:
            raise FieldError.at("ingressClass", data_, error_) from None
        instance_ = cls_(
            workload_ownership_protection=workload_ownership_protection,
            subdomain_enabled=subdomain_enabled,
            ingress_class=ingress_class,
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
