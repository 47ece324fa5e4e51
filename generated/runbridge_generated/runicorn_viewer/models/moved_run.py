from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MovedRun")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if old_path is not UNSET:
            field_dict["old_path"] = old_path
        if new_path is not UNSET:
            field_dict["new_path"] = new_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        def _parse_old_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        old_path = _parse_old_path(d.pop("old_path", UNSET))

        new_path = d.pop("new_path", UNSET)

        instance_ = cls(
            run_id=run_id,
            old_path=old_path,
            new_path=new_path,
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
