from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_assets_info import RunAssetsInfo
    from ..models.run_summary import RunSummary


T = TypeVar("T", bound="RunDetail")


@_attrs_define
class RunDetail:
    """
    Attributes:
        id (str):
        status (RunStatus):
        pid (int | None | Unset):
        run_dir (None | str | Unset):
        path (None | str | Unset):
        alias (None | str | Unset):
        tags (list[str] | Unset):
        start_time (float | None | Unset):
        duration (float | None | Unset):
        logs (None | str | Unset):
        metrics (None | str | Unset):
        metrics_step (None | str | Unset):
        assets (RunAssetsInfo | Unset):
        assets_count (int | Unset):
        summary (RunSummary | Unset):
        project (str | Unset):
        name (str | Unset):
    """

    id: str
    status: RunStatus
    pid: int | None | Unset = UNSET
    run_dir: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    start_time: float | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    logs: None | str | Unset = UNSET
    metrics: None | str | Unset = UNSET
    metrics_step: None | str | Unset = UNSET
    assets: RunAssetsInfo | Unset = UNSET
    assets_count: int | Unset = UNSET
    summary: RunSummary | Unset = UNSET
    project: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        pid: int | None | Unset
        if isinstance(self.pid, Unset):
            pid = UNSET
        else:
            pid = self.pid

        run_dir: None | str | Unset
        if isinstance(self.run_dir, Unset):
            run_dir = UNSET
        else:
            run_dir = self.run_dir

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

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        logs: None | str | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        else:
            logs = self.logs

        metrics: None | str | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        else:
            metrics = self.metrics

        metrics_step: None | str | Unset
        if isinstance(self.metrics_step, Unset):
            metrics_step = UNSET
        else:
            metrics_step = self.metrics_step

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        assets_count = self.assets_count

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        project = self.project

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if pid is not UNSET:
            field_dict["pid"] = pid
        if run_dir is not UNSET:
            field_dict["run_dir"] = run_dir
        if path is not UNSET:
            field_dict["path"] = path
        if alias is not UNSET:
            field_dict["alias"] = alias
        if tags is not UNSET:
            field_dict["tags"] = tags
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if logs is not UNSET:
            field_dict["logs"] = logs
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_step is not UNSET:
            field_dict["metrics_step"] = metrics_step
        if assets is not UNSET:
            field_dict["assets"] = assets
        if assets_count is not UNSET:
            field_dict["assets_count"] = assets_count
        if summary is not UNSET:
            field_dict["summary"] = summary
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_assets_info import RunAssetsInfo  # noqa: PLC0415
        from ..models.run_summary import RunSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = RunStatus(d.pop("status"))

        def _parse_pid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pid = _parse_pid(d.pop("pid", UNSET))

        def _parse_run_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_dir = _parse_run_dir(d.pop("run_dir", UNSET))

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

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_logs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logs = _parse_logs(d.pop("logs", UNSET))

        def _parse_metrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        def _parse_metrics_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metrics_step = _parse_metrics_step(d.pop("metrics_step", UNSET))

        _assets = d.pop("assets", UNSET)
        assets: RunAssetsInfo | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = RunAssetsInfo.from_dict(_assets)

        assets_count = d.pop("assets_count", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: RunSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = RunSummary.from_dict(_summary)

        project = d.pop("project", UNSET)

        name = d.pop("name", UNSET)

        instance_ = cls(
            id=id,
            status=status,
            pid=pid,
            run_dir=run_dir,
            path=path,
            alias=alias,
            tags=tags,
            start_time=start_time,
            duration=duration,
            logs=logs,
            metrics=metrics,
            metrics_step=metrics_step,
            assets=assets,
            assets_count=assets_count,
            summary=summary,
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
