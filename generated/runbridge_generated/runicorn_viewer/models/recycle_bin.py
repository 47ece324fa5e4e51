from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="RecycleBin")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("deleted_runs",))


@_attrs_define
class RecycleBin:
    """
    Attributes:
        deleted_runs (list[DeletedRun]):
    """

    deleted_runs: list[DeletedRun]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_runs = []
        for deleted_runs_item_data in self.deleted_runs:
            deleted_runs_item = deleted_runs_item_data.to_dict()
            deleted_runs.append(deleted_runs_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "deleted_runs": deleted_runs,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _deleted_runs = data_["deleted_runs"]
            if not isinstance(_deleted_runs, list):
                raise TypeError(f"expected a list, got {type(_deleted_runs).__name__}")
            deleted_runs = []
            for deleted_runs_item_index_, deleted_runs_item_data in enumerate(_deleted_runs):
                try:
                    deleted_runs_item = DeletedRun.from_dict(deleted_runs_item_data)

                except Exception as error_:
                    raise FieldError.at(deleted_runs_item_index_, _deleted_runs, error_) from None
                deleted_runs.append(deleted_runs_item)

        except Exception as error_:
            raise FieldError.at("deleted_runs", data_, error_) from None
        instance_ = cls_(
            deleted_runs=deleted_runs,
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
from ..models.deleted_run import DeletedRun  # noqa: E402
