from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Resource1")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("deserved", "maxAllowed", "overQuotaWeight"))


@_attrs_define
class Resource1:
    """
    Attributes:
        deserved (float | Unset):
        max_allowed (float | Unset):
        over_quota_weight (float | Unset):
    """

    deserved: float | Unset = UNSET
    max_allowed: float | Unset = UNSET
    over_quota_weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deserved = self.deserved

        max_allowed = self.max_allowed

        over_quota_weight = self.over_quota_weight

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if deserved is not UNSET:
            fields_["deserved"] = deserved
        if max_allowed is not UNSET:
            fields_["maxAllowed"] = max_allowed
        if over_quota_weight is not UNSET:
            fields_["overQuotaWeight"] = over_quota_weight

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        deserved = data_.get("deserved", UNSET)
        if (not isinstance(deserved, (int, float)) or deserved is True or deserved is False) and not isinstance(
            deserved, Unset
        ):
            raise FieldError.at("deserved", data_, TypeError(f"expected int or float, got {type(deserved).__name__}"))
        max_allowed = data_.get("maxAllowed", UNSET)
        if (
            not isinstance(max_allowed, (int, float)) or max_allowed is True or max_allowed is False
        ) and not isinstance(max_allowed, Unset):
            raise FieldError.at(
                "maxAllowed", data_, TypeError(f"expected int or float, got {type(max_allowed).__name__}")
            )
        over_quota_weight = data_.get("overQuotaWeight", UNSET)
        if (
            not isinstance(over_quota_weight, (int, float)) or over_quota_weight is True or over_quota_weight is False
        ) and not isinstance(over_quota_weight, Unset):
            raise FieldError.at(
                "overQuotaWeight", data_, TypeError(f"expected int or float, got {type(over_quota_weight).__name__}")
            )
        instance_ = cls_(
            deserved=deserved,
            max_allowed=max_allowed,
            over_quota_weight=over_quota_weight,
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
