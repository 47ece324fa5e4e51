from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DepartmentForListStatusType0")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("quotaStatus",))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if quota_status is not UNSET:
            fields_["quotaStatus"] = quota_status

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _quota_status = data_.get("quotaStatus", UNSET)
            quota_status: QuotaStatus | Unset
            if isinstance(_quota_status, Unset):
                quota_status = UNSET
            else:
                quota_status = QuotaStatus.from_dict(_quota_status)

        except Exception as error_:
            raise FieldError.at("quotaStatus", data_, error_) from None
        instance_ = cls_(
            quota_status=quota_status,
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
from ..models.quota_status import QuotaStatus  # noqa: E402
