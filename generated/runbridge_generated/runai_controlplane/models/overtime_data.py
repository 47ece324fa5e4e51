from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="OvertimeData")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("range24hData", "range7dData", "range30dData"))


@_attrs_define
class OvertimeData:
    """
    Attributes:
        range_24_h_data (OvertimeRangeData | Unset):
        range_7_d_data (OvertimeRangeData | Unset):
        range_30_d_data (OvertimeRangeData | Unset):
    """

    range_24_h_data: OvertimeRangeData | Unset = UNSET
    range_7_d_data: OvertimeRangeData | Unset = UNSET
    range_30_d_data: OvertimeRangeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_24_h_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_24_h_data, Unset):
            range_24_h_data = self.range_24_h_data.to_dict()

        range_7_d_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_7_d_data, Unset):
            range_7_d_data = self.range_7_d_data.to_dict()

        range_30_d_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_30_d_data, Unset):
            range_30_d_data = self.range_30_d_data.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if range_24_h_data is not UNSET:
            fields_["range24hData"] = range_24_h_data
        if range_7_d_data is not UNSET:
            fields_["range7dData"] = range_7_d_data
        if range_30_d_data is not UNSET:
            fields_["range30dData"] = range_30_d_data

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _range_24_h_data = data_.get("range24hData", UNSET)
            range_24_h_data: OvertimeRangeData | Unset
            if isinstance(_range_24_h_data, Unset):
                range_24_h_data = UNSET
            else:
                range_24_h_data = OvertimeRangeData.from_dict(_range_24_h_data)

        except Exception as error_:
            raise FieldError.at("range24hData", data_, error_) from None
        try:
            _range_7_d_data = data_.get("range7dData", UNSET)
            range_7_d_data: OvertimeRangeData | Unset
            if isinstance(_range_7_d_data, Unset):
                range_7_d_data = UNSET
            else:
                range_7_d_data = OvertimeRangeData.from_dict(_range_7_d_data)

        except Exception as error_:
            raise FieldError.at("range7dData", data_, error_) from None
        try:
            _range_30_d_data = data_.get("range30dData", UNSET)
            range_30_d_data: OvertimeRangeData | Unset
            if isinstance(_range_30_d_data, Unset):
                range_30_d_data = UNSET
            else:
                range_30_d_data = OvertimeRangeData.from_dict(_range_30_d_data)

        except Exception as error_:
            raise FieldError.at("range30dData", data_, error_) from None
        instance_ = cls_(
            range_24_h_data=range_24_h_data,
            range_7_d_data=range_7_d_data,
            range_30_d_data=range_30_d_data,
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
from ..models.overtime_range_data import OvertimeRangeData  # noqa: E402
