from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_table_rows_item import MetricsTableRowsItem


T = TypeVar("T", bound="MetricsTable")


@_attrs_define
class MetricsTable:
    """Every logged row; a row maps a column (global_step, time, stage or a metric name) to its value.

    Attributes:
        columns (list[str]):
        rows (list[MetricsTableRowsItem]):
        total (int | Unset):
        sampled (int | Unset):
    """

    columns: list[str]
    rows: list[MetricsTableRowsItem]
    total: int | Unset = UNSET
    sampled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        sampled = self.sampled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "rows": rows,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if sampled is not UNSET:
            field_dict["sampled"] = sampled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metrics_table_rows_item import MetricsTableRowsItem  # noqa: PLC0415

        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = MetricsTableRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        total = d.pop("total", UNSET)

        sampled = d.pop("sampled", UNSET)

        instance_ = cls(
            columns=columns,
            rows=rows,
            total=total,
            sampled=sampled,
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
