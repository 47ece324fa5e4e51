from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path_export_run_meta import PathExportRunMeta
    from ..models.path_export_run_summary import PathExportRunSummary


T = TypeVar("T", bound="PathExportRun")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if alias is not UNSET:
            field_dict["alias"] = alias
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if summary is not UNSET:
            field_dict["summary"] = summary
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path_export_run_meta import PathExportRunMeta  # noqa: PLC0415
        from ..models.path_export_run_summary import PathExportRunSummary  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

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

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        _summary = d.pop("summary", UNSET)
        summary: PathExportRunSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = PathExportRunSummary.from_dict(_summary)

        _meta = d.pop("meta", UNSET)
        meta: PathExportRunMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PathExportRunMeta.from_dict(_meta)

        instance_ = cls(
            run_id=run_id,
            path=path,
            alias=alias,
            status=status,
            created_time=created_time,
            summary=summary,
            meta=meta,
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
