from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="MoveRunsPayload")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("run_ids", "target_path"))


@_attrs_define
class MoveRunsPayload:
    """
    Attributes:
        run_ids (list[str]):
        target_path (str):
    """

    run_ids: list[str]
    target_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_ids = self.run_ids

        target_path = self.target_path

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "run_ids": run_ids,
                "target_path": target_path,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            run_ids = cast_(list[str], checked_scalars_(data_["run_ids"], str))

        except Exception as error_:
            raise FieldError.at("run_ids", data_, error_) from None
        try:
            target_path = data_["target_path"]
            if not isinstance(target_path, str):
                raise TypeError(f"expected str, got {type(target_path).__name__}")
        except Exception as error_:
            raise FieldError.at("target_path", data_, error_) from None
        instance_ = cls_(
            run_ids=run_ids,
            target_path=target_path,
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
