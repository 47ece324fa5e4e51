from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GetWorkloadsResponse200")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("workloads", "next"))


@_attrs_define
class GetWorkloadsResponse200:
    """
    Attributes:
        workloads (list[Workload]):
        next_ (int | Unset):
    """

    workloads: list[Workload]
    next_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workloads = []
        for componentsschemas_workloads_item_data in self.workloads:
            componentsschemas_workloads_item = componentsschemas_workloads_item_data.to_dict()
            workloads.append(componentsschemas_workloads_item)

        next_ = self.next_

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "workloads": workloads,
            }
        )
        if next_ is not UNSET:
            fields_["next"] = next_

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _workloads = data_["workloads"]
            if not isinstance(_workloads, list):
                raise TypeError(f"expected a list, got {type(_workloads).__name__}")
            workloads = []
            for componentsschemas_workloads_item_index_, componentsschemas_workloads_item_data in enumerate(_workloads):
                try:
                    componentsschemas_workloads_item = Workload.from_dict(componentsschemas_workloads_item_data)

                except Exception as error_:
                    raise FieldError.at(componentsschemas_workloads_item_index_, _workloads, error_) from None
                workloads.append(componentsschemas_workloads_item)

        except Exception as error_:
            raise FieldError.at("workloads", data_, error_) from None
        next_ = data_.get("next", UNSET)
        if (not isinstance(next_, int) or next_ is True or next_ is False) and not isinstance(next_, Unset):
            raise FieldError.at("next", data_, TypeError(f"expected int, got {type(next_).__name__}"))
        instance_ = cls_(
            workloads=workloads,
            next_=next_,
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
from ..models.workload import Workload  # noqa: E402
