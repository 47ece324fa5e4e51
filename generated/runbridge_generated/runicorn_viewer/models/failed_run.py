from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="FailedRun")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("run_id", "error"))


@_attrs_define
class FailedRun:
    """
    Attributes:
        run_id (str | Unset):
        error (str | Unset):
    """

    run_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        error = self.error

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if run_id is not UNSET:
            fields_["run_id"] = run_id
        if error is not UNSET:
            fields_["error"] = error

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        run_id = data_.get("run_id", UNSET)
        if (not isinstance(run_id, str)) and not isinstance(run_id, Unset):
            raise FieldError.at("run_id", data_, TypeError(f"expected str, got {type(run_id).__name__}"))
        error = data_.get("error", UNSET)
        if (not isinstance(error, str)) and not isinstance(error, Unset):
            raise FieldError.at("error", data_, TypeError(f"expected str, got {type(error).__name__}"))
        instance_ = cls_(
            run_id=run_id,
            error=error,
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
