from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="NonNullResource")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("deserved", "limit", "overQuotaWeight"))


@_attrs_define
class NonNullResource:
    """
    Attributes:
        deserved (float | Unset):  Default: 0.0.
        limit (float | None | Unset):
        over_quota_weight (float | None | Unset):
    """

    deserved: float | Unset = 0.0
    limit: float | None | Unset = UNSET
    over_quota_weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deserved = self.deserved

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        over_quota_weight: float | None | Unset
        if isinstance(self.over_quota_weight, Unset):
            over_quota_weight = UNSET
        else:
            over_quota_weight = self.over_quota_weight

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if deserved is not UNSET:
            fields_["deserved"] = deserved
        if limit is not UNSET:
            fields_["limit"] = limit
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
        try:
            _limit = data_.get("limit", UNSET)
            limit: float | None | Unset
            if _limit is None:
                limit = None
            elif isinstance(_limit, Unset):
                limit = UNSET
            elif isinstance(_limit, (int, float)) and not isinstance(_limit, bool):
                limit = _limit
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_limit).__name__}")

        except Exception as error_:
            raise FieldError.at("limit", data_, error_) from None
        try:
            _over_quota_weight = data_.get("overQuotaWeight", UNSET)
            over_quota_weight: float | None | Unset
            if _over_quota_weight is None:
                over_quota_weight = None
            elif isinstance(_over_quota_weight, Unset):
                over_quota_weight = UNSET
            elif isinstance(_over_quota_weight, (int, float)) and not isinstance(_over_quota_weight, bool):
                over_quota_weight = _over_quota_weight
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_over_quota_weight).__name__}")

        except Exception as error_:
            raise FieldError.at("overQuotaWeight", data_, error_) from None
        instance_ = cls_(
            deserved=deserved,
            limit=limit,
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
