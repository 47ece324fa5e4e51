from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedRun")


@_attrs_define
class DeletedRun:
    """
    Attributes:
        id (str):
        path (None | str | Unset):
        alias (None | str | Unset):
        created_time (float | None | Unset):
        deleted_at (float | None | Unset):
        delete_reason (None | str | Unset):
        original_status (None | str | Unset):
        run_dir (None | str | Unset):
    """

    id: str
    path: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    created_time: float | None | Unset = UNSET
    deleted_at: float | None | Unset = UNSET
    delete_reason: None | str | Unset = UNSET
    original_status: None | str | Unset = UNSET
    run_dir: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        created_time: float | None | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        deleted_at: float | None | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        delete_reason: None | str | Unset
        if isinstance(self.delete_reason, Unset):
            delete_reason = UNSET
        else:
            delete_reason = self.delete_reason

        original_status: None | str | Unset
        if isinstance(self.original_status, Unset):
            original_status = UNSET
        else:
            original_status = self.original_status

        run_dir: None | str | Unset
        if isinstance(self.run_dir, Unset):
            run_dir = UNSET
        else:
            run_dir = self.run_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if alias is not UNSET:
            field_dict["alias"] = alias
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if delete_reason is not UNSET:
            field_dict["delete_reason"] = delete_reason
        if original_status is not UNSET:
            field_dict["original_status"] = original_status
        if run_dir is not UNSET:
            field_dict["run_dir"] = run_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        def _parse_created_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_deleted_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_delete_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delete_reason = _parse_delete_reason(d.pop("delete_reason", UNSET))

        def _parse_original_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_status = _parse_original_status(d.pop("original_status", UNSET))

        def _parse_run_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_dir = _parse_run_dir(d.pop("run_dir", UNSET))

        instance_ = cls(
            id=id,
            path=path,
            alias=alias,
            created_time=created_time,
            deleted_at=deleted_at,
            delete_reason=delete_reason,
            original_status=original_status,
            run_dir=run_dir,
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
