from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="DeletedRun")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    ("id", "path", "alias", "created_time", "deleted_at", "delete_reason", "original_status", "run_dir")
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
            }
        )
        if path is not UNSET:
            fields_["path"] = path
        if alias is not UNSET:
            fields_["alias"] = alias
        if created_time is not UNSET:
            fields_["created_time"] = created_time
        if deleted_at is not UNSET:
            fields_["deleted_at"] = deleted_at
        if delete_reason is not UNSET:
            fields_["delete_reason"] = delete_reason
        if original_status is not UNSET:
            fields_["original_status"] = original_status
        if run_dir is not UNSET:
            fields_["run_dir"] = run_dir

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            id = data_["id"]
            if not isinstance(id, str):
                raise TypeError(f"expected str, got {type(id).__name__}")
        except Exception as error_:
            raise FieldError.at("id", data_, error_) from None
        try:
            _path = data_.get("path", UNSET)
            path: None | str | Unset
            if _path is None:
                path = None
            elif isinstance(_path, Unset):
                path = UNSET
            elif isinstance(_path, str):
                path = _path
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_path).__name__}")

        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        try:
            _alias = data_.get("alias", UNSET)
            alias: None | str | Unset
            if _alias is None:
                alias = None
            elif isinstance(_alias, Unset):
                alias = UNSET
            elif isinstance(_alias, str):
                alias = _alias
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_alias).__name__}")

        except Exception as error_:
            raise FieldError.at("alias", data_, error_) from None
        try:
            _created_time = data_.get("created_time", UNSET)
            created_time: float | None | Unset
            if _created_time is None:
                created_time = None
            elif isinstance(_created_time, Unset):
                created_time = UNSET
            elif isinstance(_created_time, (int, float)) and not isinstance(_created_time, bool):
                created_time = _created_time
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_created_time).__name__}")

        except Exception as error_:
            raise FieldError.at("created_time", data_, error_) from None
        try:
            _deleted_at = data_.get("deleted_at", UNSET)
            deleted_at: float | None | Unset
            if _deleted_at is None:
                deleted_at = None
            elif isinstance(_deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(_deleted_at, (int, float)) and not isinstance(_deleted_at, bool):
                deleted_at = _deleted_at
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_deleted_at).__name__}")

        except Exception as error_:
            raise FieldError.at("deleted_at", data_, error_) from None
        try:
            _delete_reason = data_.get("delete_reason", UNSET)
            delete_reason: None | str | Unset
            if _delete_reason is None:
                delete_reason = None
            elif isinstance(_delete_reason, Unset):
                delete_reason = UNSET
            elif isinstance(_delete_reason, str):
                delete_reason = _delete_reason
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_delete_reason).__name__}")

        except Exception as error_:
            raise FieldError.at("delete_reason", data_, error_) from None
        try:
            _original_status = data_.get("original_status", UNSET)
            original_status: None | str | Unset
            if _original_status is None:
                original_status = None
            elif isinstance(_original_status, Unset):
                original_status = UNSET
            elif isinstance(_original_status, str):
                original_status = _original_status
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_original_status).__name__}")

        except Exception as error_:
            raise FieldError.at("original_status", data_, error_) from None
        try:
            _run_dir = data_.get("run_dir", UNSET)
            run_dir: None | str | Unset
            if _run_dir is None:
                run_dir = None
            elif isinstance(_run_dir, Unset):
                run_dir = UNSET
            elif isinstance(_run_dir, str):
                run_dir = _run_dir
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_run_dir).__name__}")

        except Exception as error_:
            raise FieldError.at("run_dir", data_, error_) from None
        instance_ = cls_(
            id=id,
            path=path,
            alias=alias,
            created_time=created_time,
            deleted_at=deleted_at,
            delete_reason=delete_reason,
            original_status=original_status,
            run_dir=run_dir,
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
