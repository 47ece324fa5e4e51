from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="RunsUsage")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("size_bytes", "size_human", "paths_count", "runs_count"))


@_attrs_define
class RunsUsage:
    """
    Attributes:
        size_bytes (int | Unset):
        size_human (str | Unset):
        paths_count (int | Unset):
        runs_count (int | Unset):
    """

    size_bytes: int | Unset = UNSET
    size_human: str | Unset = UNSET
    paths_count: int | Unset = UNSET
    runs_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_bytes = self.size_bytes

        size_human = self.size_human

        paths_count = self.paths_count

        runs_count = self.runs_count

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if size_bytes is not UNSET:
            fields_["size_bytes"] = size_bytes
        if size_human is not UNSET:
            fields_["size_human"] = size_human
        if paths_count is not UNSET:
            fields_["paths_count"] = paths_count
        if runs_count is not UNSET:
            fields_["runs_count"] = runs_count

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        size_bytes = data_.get("size_bytes", UNSET)
        if (not isinstance(size_bytes, int) or size_bytes is True or size_bytes is False) and not isinstance(
            size_bytes, Unset
        ):
            raise FieldError.at("size_bytes", data_, TypeError(f"expected int, got {type(size_bytes).__name__}"))
        size_human = data_.get("size_human", UNSET)
        if (not isinstance(size_human, str)) and not isinstance(size_human, Unset):
            raise FieldError.at("size_human", data_, TypeError(f"expected str, got {type(size_human).__name__}"))
        paths_count = data_.get("paths_count", UNSET)
        if (not isinstance(paths_count, int) or paths_count is True or paths_count is False) and not isinstance(
            paths_count, Unset
        ):
            raise FieldError.at("paths_count", data_, TypeError(f"expected int, got {type(paths_count).__name__}"))
        runs_count = data_.get("runs_count", UNSET)
        if (not isinstance(runs_count, int) or runs_count is True or runs_count is False) and not isinstance(
            runs_count, Unset
        ):
            raise FieldError.at("runs_count", data_, TypeError(f"expected int, got {type(runs_count).__name__}"))
        instance_ = cls_(
            size_bytes=size_bytes,
            size_human=size_human,
            paths_count=paths_count,
            runs_count=runs_count,
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
