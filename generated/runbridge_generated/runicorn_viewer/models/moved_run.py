from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="MovedRun")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("run_id", "old_path", "new_path"))


@_attrs_define
class MovedRun:
    """
    Attributes:
        run_id (str):
        old_path (None | str | Unset):
        new_path (str | Unset):
    """

    run_id: str
    old_path: None | str | Unset = UNSET
    new_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        old_path: None | str | Unset
        if isinstance(self.old_path, Unset):
            old_path = UNSET
        else:
            old_path = self.old_path

        new_path = self.new_path

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "run_id": run_id,
            }
        )
        if old_path is not UNSET:
            fields_["old_path"] = old_path
        if new_path is not UNSET:
            fields_["new_path"] = new_path

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            run_id = data_["run_id"]
            if not isinstance(run_id, str):
                raise TypeError(f"expected str, got {type(run_id).__name__}")
        except Exception as error_:
            raise FieldError.at("run_id", data_, error_) from None
        try:
            _old_path = data_.get("old_path", UNSET)
            old_path: None | str | Unset
            if _old_path is None:
                old_path = None
            elif isinstance(_old_path, Unset):
                old_path = UNSET
            elif isinstance(_old_path, str):
                old_path = _old_path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_old_path).__name__}")

        except Exception as error_:
            raise FieldError.at("old_path", data_, error_) from None
        new_path = data_.get("new_path", UNSET)
        if (not isinstance(new_path, str)) and not isinstance(new_path, Unset):
            raise FieldError.at("new_path", data_, TypeError(f"expected str, got {type(new_path).__name__}"))
        instance_ = cls_(
            run_id=run_id,
            old_path=old_path,
            new_path=new_path,
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
