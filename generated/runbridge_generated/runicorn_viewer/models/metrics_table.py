from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="MetricsTable")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("columns", "rows", "total", "sampled"))


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "columns": columns,
                "rows": rows,
            }
        )
        if total is not UNSET:
            fields_["total"] = total
        if sampled is not UNSET:
            fields_["sampled"] = sampled

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            columns = cast_(list[str], checked_scalars_(data_["columns"], str))

        except Exception as error_:
            raise FieldError.at("columns", data_, error_) from None
        try:
            _rows = data_["rows"]
            if not isinstance(_rows, list):
                raise TypeError(f"expected a list, got {type(_rows).__name__}")
            rows = []
            for rows_item_index_, rows_item_data in enumerate(_rows):
                try:
                    rows_item = MetricsTableRowsItem.from_dict(rows_item_data)

                except Exception as error_:
                    raise FieldError.at(rows_item_index_, _rows, error_) from None
                rows.append(rows_item)

        except Exception as error_:
            raise FieldError.at("rows", data_, error_) from None
        total = data_.get("total", UNSET)
        if (not isinstance(total, int) or total is True or total is False) and not isinstance(total, Unset):
            raise FieldError.at("total", data_, TypeError(f"expected int, got {type(total).__name__}"))
        sampled = data_.get("sampled", UNSET)
        if (not isinstance(sampled, int) or sampled is True or sampled is False) and not isinstance(sampled, Unset):
            raise FieldError.at("sampled", data_, TypeError(f"expected int, got {type(sampled).__name__}"))
        instance_ = cls_(
            columns=columns,
            rows=rows,
            total=total,
            sampled=sampled,
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
from ..models.metrics_table_rows_item import MetricsTableRowsItem  # noqa: E402
