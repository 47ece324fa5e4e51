from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quota_status import QuotaStatus


T = TypeVar("T", bound="DepartmentForListStatusType0")


@_attrs_define
class DepartmentForListStatusType0:
    """
    Attributes:
        quota_status (QuotaStatus | Unset):
    """

    quota_status: QuotaStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota_status, Unset):
            quota_status = self.quota_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quota_status is not UNSET:
            field_dict["quotaStatus"] = quota_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quota_status import QuotaStatus  # noqa: PLC0415

        d = dict(src_dict)
        _quota_status = d.pop("quotaStatus", UNSET)
        quota_status: QuotaStatus | Unset
        if isinstance(_quota_status, Unset):
            quota_status = UNSET
        else:
            quota_status = QuotaStatus.from_dict(_quota_status)

        instance_ = cls(
            quota_status=quota_status,
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
