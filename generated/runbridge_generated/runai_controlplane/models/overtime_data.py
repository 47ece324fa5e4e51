from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.overtime_range_data import OvertimeRangeData


T = TypeVar("T", bound="OvertimeData")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_24_h_data is not UNSET:
            field_dict["range24hData"] = range_24_h_data
        if range_7_d_data is not UNSET:
            field_dict["range7dData"] = range_7_d_data
        if range_30_d_data is not UNSET:
            field_dict["range30dData"] = range_30_d_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overtime_range_data import OvertimeRangeData  # noqa: PLC0415

        d = dict(src_dict)
        _range_24_h_data = d.pop("range24hData", UNSET)
        range_24_h_data: OvertimeRangeData | Unset
        if isinstance(_range_24_h_data, Unset):
            range_24_h_data = UNSET
        else:
            range_24_h_data = OvertimeRangeData.from_dict(_range_24_h_data)

        _range_7_d_data = d.pop("range7dData", UNSET)
        range_7_d_data: OvertimeRangeData | Unset
        if isinstance(_range_7_d_data, Unset):
            range_7_d_data = UNSET
        else:
            range_7_d_data = OvertimeRangeData.from_dict(_range_7_d_data)

        _range_30_d_data = d.pop("range30dData", UNSET)
        range_30_d_data: OvertimeRangeData | Unset
        if isinstance(_range_30_d_data, Unset):
            range_30_d_data = UNSET
        else:
            range_30_d_data = OvertimeRangeData.from_dict(_range_30_d_data)

        instance_ = cls(
            range_24_h_data=range_24_h_data,
            range_7_d_data=range_7_d_data,
            range_30_d_data=range_30_d_data,
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
