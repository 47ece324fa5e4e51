from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="PathStats")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("total", "running", "finished", "failed"))


@_attrs_define
class PathStats:
    """
    Attributes:
        total (int):
        running (int | Unset):
        finished (int | Unset):
        failed (int | Unset):
    """

    total: int
    running: int | Unset = UNSET
    finished: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        running = self.running

        finished = self.finished

        failed = self.failed

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "total": total,
            }
        )
        if running is not UNSET:
            fields_["running"] = running
        if finished is not UNSET:
            fields_["finished"] = finished
        if failed is not UNSET:
            fields_["failed"] = failed

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            total = data_["total"]
            if not isinstance(total, int) or total is True or total is False:
                raise TypeError(f"expected int, got {type(total).__name__}")
        except Exception as error_:
            raise FieldError.at("total", data_, error_) from None
        running = data_.get("running", UNSET)
        if (not isinstance(running, int) or running is True or running is False) and not isinstance(running, Unset):
            raise FieldError.at("running", data_, TypeError(f"expected int, got {type(running).__name__}"))
        finished = data_.get("finished", UNSET)
        if (not isinstance(finished, int) or finished is True or finished is False) and not isinstance(finished, Unset):
            raise FieldError.at("finished", data_, TypeError(f"expected int, got {type(finished).__name__}"))
        failed = data_.get("failed", UNSET)
        if (not isinstance(failed, int) or failed is True or failed is False) and not isinstance(failed, Unset):
            raise FieldError.at("failed", data_, TypeError(f"expected int, got {type(failed).__name__}"))
        instance_ = cls_(
            total=total,
            running=running,
            finished=finished,
            failed=failed,
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
