from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunListItem")


@_attrs_define
class RunListItem:
    """One run in a list. 0.5.x viewers send project/name instead of path/alias/tags.

    Attributes:
        id (str):
        run_dir (None | str):
        created_time (float | None):
        status (RunStatus):
        pid (int | None | Unset):
        best_metric_value (float | None | Unset):
        best_metric_name (None | str | Unset):
        path (None | str | Unset):
        alias (None | str | Unset):
        tags (list[str] | Unset):
        assets_count (int | Unset):
        project (str | Unset):
        name (str | Unset):
    """

    id: str
    run_dir: None | str
    created_time: float | None
    status: RunStatus
    pid: int | None | Unset = UNSET
    best_metric_value: float | None | Unset = UNSET
    best_metric_name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    assets_count: int | Unset = UNSET
    project: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_dir: None | str
        run_dir = self.run_dir

        created_time: float | None
        created_time = self.created_time

        status = self.status.value

        pid: int | None | Unset
        if isinstance(self.pid, Unset):
            pid = UNSET
        else:
            pid = self.pid

        best_metric_value: float | None | Unset
        if isinstance(self.best_metric_value, Unset):
            best_metric_value = UNSET
        else:
            best_metric_value = self.best_metric_value

        best_metric_name: None | str | Unset
        if isinstance(self.best_metric_name, Unset):
            best_metric_name = UNSET
        else:
            best_metric_name = self.best_metric_name

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

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        assets_count = self.assets_count

        project = self.project

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_dir": run_dir,
                "created_time": created_time,
                "status": status,
            }
        )
        if pid is not UNSET:
            field_dict["pid"] = pid
        if best_metric_value is not UNSET:
            field_dict["best_metric_value"] = best_metric_value
        if best_metric_name is not UNSET:
            field_dict["best_metric_name"] = best_metric_name
        if path is not UNSET:
            field_dict["path"] = path
        if alias is not UNSET:
            field_dict["alias"] = alias
        if tags is not UNSET:
            field_dict["tags"] = tags
        if assets_count is not UNSET:
            field_dict["assets_count"] = assets_count
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_run_dir(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_dir = _parse_run_dir(d.pop("run_dir"))

        def _parse_created_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        created_time = _parse_created_time(d.pop("created_time"))

        status = RunStatus(d.pop("status"))

        def _parse_pid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pid = _parse_pid(d.pop("pid", UNSET))

        def _parse_best_metric_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        best_metric_value = _parse_best_metric_value(d.pop("best_metric_value", UNSET))

        def _parse_best_metric_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        best_metric_name = _parse_best_metric_name(d.pop("best_metric_name", UNSET))

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

        tags = cast(list[str], d.pop("tags", UNSET))

        assets_count = d.pop("assets_count", UNSET)

        project = d.pop("project", UNSET)

        name = d.pop("name", UNSET)

        instance_ = cls(
            id=id,
            run_dir=run_dir,
            created_time=created_time,
            status=status,
            pid=pid,
            best_metric_value=best_metric_value,
            best_metric_name=best_metric_name,
            path=path,
            alias=alias,
            tags=tags,
            assets_count=assets_count,
            project=project,
            name=name,
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
