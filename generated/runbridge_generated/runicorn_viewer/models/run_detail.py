from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="RunDetail")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "pid",
        "run_dir",
        "path",
        "alias",
        "tags",
        "start_time",
        "duration",
        "logs",
        "metrics",
        "metrics_step",
        "assets",
        "assets_count",
        "summary",
        "project",
        "name",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "status": status,
            }
        )
        if pid is not UNSET:
            fields_["pid"] = pid
        if run_dir is not UNSET:
            fields_["run_dir"] = run_dir
        if path is not UNSET:
            fields_["path"] = path
        if alias is not UNSET:
            fields_["alias"] = alias
        if tags is not UNSET:
            fields_["tags"] = tags
        if start_time is not UNSET:
            fields_["start_time"] = start_time
        if duration is not UNSET:
            fields_["duration"] = duration
        if logs is not UNSET:
            fields_["logs"] = logs
        if metrics is not UNSET:
            fields_["metrics"] = metrics
        if metrics_step is not UNSET:
            fields_["metrics_step"] = metrics_step
        if assets is not UNSET:
            fields_["assets"] = assets
        if assets_count is not UNSET:
            fields_["assets_count"] = assets_count
        if summary is not UNSET:
            fields_["summary"] = summary
        if project is not UNSET:
            fields_["project"] = project
        if name is not UNSET:
            fields_["name"] = name

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
            status = RunStatus(data_["status"])

        except Exception as error_:
            raise FieldError.at("status", data_, error_) from None
        try:
            _pid = data_.get("pid", UNSET)
            pid: int | None | Unset
            if _pid is None:
                pid = None
            elif isinstance(_pid, Unset):
                pid = UNSET
            elif isinstance(_pid, int) and not isinstance(_pid, bool):
                pid = _pid
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_pid).__name__}")

        except Exception as error_:
            raise FieldError.at("pid", data_, error_) from None
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
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        try:
            _start_time = data_.get("start_time", UNSET)
            start_time: float | None | Unset
            if _start_time is None:
                start_time = None
            elif isinstance(_start_time, Unset):
                start_time = UNSET
            elif isinstance(_start_time, (int, float)) and not isinstance(_start_time, bool):
                start_time = _start_time
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_start_time).__name__}")

        except Exception as error_:
            raise FieldError.at("start_time", data_, error_) from None
        try:
            _duration = data_.get("duration", UNSET)
            duration: float | None | Unset
            if _duration is None:
                duration = None
            elif isinstance(_duration, Unset):
                duration = UNSET
            elif isinstance(_duration, (int, float)) and not isinstance(_duration, bool):
                duration = _duration
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_duration).__name__}")

        except Exception as error_:
            raise FieldError.at("duration", data_, error_) from None
        try:
            _logs = data_.get("logs", UNSET)
            logs: None | str | Unset
            if _logs is None:
                logs = None
            elif isinstance(_logs, Unset):
                logs = UNSET
            elif isinstance(_logs, str):
                logs = _logs
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_logs).__name__}")

        except Exception as error_:
            raise FieldError.at("logs", data_, error_) from None
        try:
            _metrics = data_.get("metrics", UNSET)
            metrics: None | str | Unset
            if _metrics is None:
                metrics = None
            elif isinstance(_metrics, Unset):
                metrics = UNSET
            elif isinstance(_metrics, str):
                metrics = _metrics
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_metrics).__name__}")

        except Exception as error_:
            raise FieldError.at("metrics", data_, error_) from None
        try:
            _metrics_step = data_.get("metrics_step", UNSET)
            metrics_step: None | str | Unset
            if _metrics_step is None:
                metrics_step = None
            elif isinstance(_metrics_step, Unset):
                metrics_step = UNSET
            elif isinstance(_metrics_step, str):
                metrics_step = _metrics_step
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_metrics_step).__name__}")

        except Exception as error_:
            raise FieldError.at("metrics_step", data_, error_) from None
        try:
            _assets = data_.get("assets", UNSET)
            assets: RunAssetsInfo | Unset
            if isinstance(_assets, Unset):
                assets = UNSET
            else:
                assets = RunAssetsInfo.from_dict(_assets)

        except Exception as error_:
            raise FieldError.at("assets", data_, error_) from None
        assets_count = data_.get("assets_count", UNSET)
        if (not isinstance(assets_count, int) or assets_count is True or assets_count is False) and not isinstance(
            assets_count, Unset
        ):
            raise FieldError.at("assets_count", data_, TypeError(f"expected int, got {type(assets_count).__name__}"))
        try:
            _summary = data_.get("summary", UNSET)
            summary: RunSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = RunSummary.from_dict(_summary)

        except Exception as error_:
            raise FieldError.at("summary", data_, error_) from None
        project = data_.get("project", UNSET)
        if (not isinstance(project, str)) and not isinstance(project, Unset):
            raise FieldError.at("project", data_, TypeError(f"expected str, got {type(project).__name__}"))
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        instance_ = cls_(
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
from ..models.run_assets_info import RunAssetsInfo  # noqa: E402
from ..models.run_summary import RunSummary  # noqa: E402
