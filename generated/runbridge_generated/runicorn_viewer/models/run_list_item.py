from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

T = TypeVar("T", bound="RunListItem")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "run_dir",
        "created_time",
        "status",
        "pid",
        "best_metric_value",
        "best_metric_name",
        "path",
        "alias",
        "tags",
        "assets_count",
        "project",
        "name",
    )
)


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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "id": id,
                "run_dir": run_dir,
                "created_time": created_time,
                "status": status,
            }
        )
        if pid is not UNSET:
            fields_["pid"] = pid
        if best_metric_value is not UNSET:
            fields_["best_metric_value"] = best_metric_value
        if best_metric_name is not UNSET:
            fields_["best_metric_name"] = best_metric_name
        if path is not UNSET:
            fields_["path"] = path
        if alias is not UNSET:
            fields_["alias"] = alias
        if tags is not UNSET:
            fields_["tags"] = tags
        if assets_count is not UNSET:
            fields_["assets_count"] = assets_count
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
            _run_dir = data_["run_dir"]
            run_dir: None | str
            if _run_dir is None:
                run_dir = None
            elif isinstance(_run_dir, str):
                run_dir = _run_dir
            else:
                raise TypeError(f"expected None | str, got {type(_run_dir).__name__}")

        except Exception as error_:
            raise FieldError.at("run_dir", data_, error_) from None
        try:
            _created_time = data_["created_time"]
            created_time: float | None
            if _created_time is None:
                created_time = None
            elif isinstance(_created_time, (int, float)) and not isinstance(_created_time, bool):
                created_time = _created_time
            else:
                raise TypeError(f"expected float | None, got {type(_created_time).__name__}")

        except Exception as error_:
            raise FieldError.at("created_time", data_, error_) from None
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
            _best_metric_value = data_.get("best_metric_value", UNSET)
            best_metric_value: float | None | Unset
            if _best_metric_value is None:
                best_metric_value = None
            elif isinstance(_best_metric_value, Unset):
                best_metric_value = UNSET
            elif isinstance(_best_metric_value, (int, float)) and not isinstance(_best_metric_value, bool):
                best_metric_value = _best_metric_value
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_best_metric_value).__name__}")

        except Exception as error_:
            raise FieldError.at("best_metric_value", data_, error_) from None
        try:
            _best_metric_name = data_.get("best_metric_name", UNSET)
            best_metric_name: None | str | Unset
            if _best_metric_name is None:
                best_metric_name = None
            elif isinstance(_best_metric_name, Unset):
                best_metric_name = UNSET
            elif isinstance(_best_metric_name, str):
                best_metric_name = _best_metric_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_best_metric_name).__name__}")

        except Exception as error_:
            raise FieldError.at("best_metric_name", data_, error_) from None
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
        assets_count = data_.get("assets_count", UNSET)
        if (not isinstance(assets_count, int) or assets_count is True or assets_count is False) and not isinstance(
            assets_count, Unset
        ):
            raise FieldError.at("assets_count", data_, TypeError(f"expected int, got {type(assets_count).__name__}"))
        project = data_.get("project", UNSET)
        if (not isinstance(project, str)) and not isinstance(project, Unset):
            raise FieldError.at("project", data_, TypeError(f"expected str, got {type(project).__name__}"))
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        instance_ = cls_(
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
