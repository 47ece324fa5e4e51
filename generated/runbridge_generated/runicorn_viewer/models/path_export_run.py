from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="PathExportRun")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("run_id", "path", "alias", "status", "created_time", "summary", "meta"))


@_attrs_define
class PathExportRun:
    """
    Attributes:
        run_id (str):
        path (None | str | Unset):
        alias (None | str | Unset):
        status (None | str | Unset):
        created_time (float | None | Unset):
        summary (PathExportRunSummary | Unset):
        meta (PathExportRunMeta | Unset):
    """

    run_id: str
    path: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_time: float | None | Unset = UNSET
    summary: PathExportRunSummary | Unset = UNSET
    meta: PathExportRunMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_time: float | None | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "run_id": run_id,
            }
        )
        if path is not UNSET:
            fields_["path"] = path
        if alias is not UNSET:
            fields_["alias"] = alias
        if status is not UNSET:
            fields_["status"] = status
        if created_time is not UNSET:
            fields_["created_time"] = created_time
        if summary is not UNSET:
            fields_["summary"] = summary
        if meta is not UNSET:
            fields_["meta"] = meta

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
            _status = data_.get("status", UNSET)
            status: None | str | Unset
            if _status is None:
                status = None
            elif isinstance(_status, Unset):
                status = UNSET
            elif isinstance(_status, str):
                status = _status
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_status).__name__}")

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
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
            _summary = data_.get("summary", UNSET)
            summary: PathExportRunSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = PathExportRunSummary.from_dict(_summary)

        except Exception as error_:
            raise FieldError.at("summary", data_, error_) from None
        try:
            _meta = data_.get("meta", UNSET)
            meta: PathExportRunMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PathExportRunMeta.from_dict(_meta)

        except Exception as error_:
            raise FieldError.at("meta", data_, error_) from None
        instance_ = cls_(
            run_id=run_id,
            path=path,
            alias=alias,
            status=status,
            created_time=created_time,
            summary=summary,
            meta=meta,
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
from ..models.path_export_run_meta import PathExportRunMeta  # noqa: E402
from ..models.path_export_run_summary import PathExportRunSummary  # noqa: E402
