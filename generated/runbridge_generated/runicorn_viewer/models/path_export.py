from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="PathExport")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("path", "total_runs", "runs", "exact"))


@_attrs_define
class PathExport:
    """
    Attributes:
        path (str):
        total_runs (int):
        runs (list[PathExportRun]):
        exact (bool | Unset):
    """

    path: str
    total_runs: int
    runs: list[PathExportRun]
    exact: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        total_runs = self.total_runs

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        exact = self.exact

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "path": path,
                "total_runs": total_runs,
                "runs": runs,
            }
        )
        if exact is not UNSET:
            fields_["exact"] = exact

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            path = data_["path"]
            if not isinstance(path, str):
                raise TypeError(f"expected str, got {type(path).__name__}")
        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        try:
            total_runs = data_["total_runs"]
            if not isinstance(total_runs, int) or total_runs is True or total_runs is False:
                raise TypeError(f"expected int, got {type(total_runs).__name__}")
        except Exception as error_:
            raise FieldError.at("total_runs", data_, error_) from None
        try:
            _runs = data_["runs"]
            if not isinstance(_runs, list):
                raise TypeError(f"expected a list, got {type(_runs).__name__}")
            runs = []
            for runs_item_index_, runs_item_data in enumerate(_runs):
                try:
                    runs_item = PathExportRun.from_dict(runs_item_data)

                except Exception as error_:
                    raise FieldError.at(runs_item_index_, _runs, error_) from None
                runs.append(runs_item)

        except Exception as error_:
            raise FieldError.at("runs", data_, error_) from None
        exact = data_.get("exact", UNSET)
        if (not isinstance(exact, bool)) and not isinstance(exact, Unset):
            raise FieldError.at("exact", data_, TypeError(f"expected bool, got {type(exact).__name__}"))
        instance_ = cls_(
            path=path,
            total_runs=total_runs,
            runs=runs,
            exact=exact,
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
from ..models.path_export_run import PathExportRun  # noqa: E402
