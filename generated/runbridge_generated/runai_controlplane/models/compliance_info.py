from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ComplianceInfo")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("imposed", "compliance", "reason"))


@_attrs_define
class ComplianceInfo:
    """
    Attributes:
        imposed (bool | Unset):
        compliance (bool | Unset):
        reason (list[ComplianceInfoReason] | Unset):
    """

    imposed: bool | Unset = UNSET
    compliance: bool | Unset = UNSET
    reason: list[ComplianceInfoReason] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imposed = self.imposed

        compliance = self.compliance

        reason: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = []
            for reason_item_data in self.reason:
                reason_item = reason_item_data.to_dict()
                reason.append(reason_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if imposed is not UNSET:
            fields_["imposed"] = imposed
        if compliance is not UNSET:
            fields_["compliance"] = compliance
        if reason is not UNSET:
            fields_["reason"] = reason

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        imposed = data_.get("imposed", UNSET)
        if (not isinstance(imposed, bool)) and not isinstance(imposed, Unset):
            raise FieldError.at("imposed", data_, TypeError(f"expected bool, got {type(imposed).__name__}"))
        compliance = data_.get("compliance", UNSET)
        if (not isinstance(compliance, bool)) and not isinstance(compliance, Unset):
            raise FieldError.at("compliance", data_, TypeError(f"expected bool, got {type(compliance).__name__}"))
        try:
            _reason = data_.get("reason", UNSET)
            reason: list[ComplianceInfoReason] | Unset = UNSET
            if _reason is not UNSET:
                if not isinstance(_reason, list):
                    raise TypeError(f"expected a list, got {type(_reason).__name__}")
                reason = []
                for reason_item_index_, reason_item_data in enumerate(_reason):
                    try:
                        reason_item = ComplianceInfoReason.from_dict(reason_item_data)

                    except Exception as error_:
                        raise FieldError.at(reason_item_index_, _reason, error_) from None
                    reason.append(reason_item)

        except Exception as error_:
            raise FieldError.at("reason", data_, error_) from None
        instance_ = cls_(
            imposed=imposed,
            compliance=compliance,
            reason=reason,
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
from ..models.compliance_info_reason import ComplianceInfoReason  # noqa: E402
