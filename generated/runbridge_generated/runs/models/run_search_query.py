from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSearchQuery")


@_attrs_define
class RunSearchQuery:
    """All conditions must hold; list values match any of their items.

    Attributes:
        name (str | Unset): Part of the interaction's name.
        status (str | Unset):
        interaction (str | Unset):
        environment (str | Unset):
        model (str | Unset):
        tags (list[str] | Unset):
        query (str | Unset): Full-text search over the parameters and the result.
        parent (list[str] | Unset):
        is_root (bool | Unset):
        object_ (str | Unset): Runs that used this content object.
        start (datetime.datetime | Unset): Created at or after.
        end (datetime.datetime | Unset): Created before.
    """

    name: str | Unset = UNSET
    status: str | Unset = UNSET
    interaction: str | Unset = UNSET
    environment: str | Unset = UNSET
    model: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    query: str | Unset = UNSET
    parent: list[str] | Unset = UNSET
    is_root: bool | Unset = UNSET
    object_: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        interaction = self.interaction

        environment = self.environment

        model = self.model

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        query = self.query

        parent: list[str] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent

        is_root = self.is_root

        object_ = self.object_

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if interaction is not UNSET:
            field_dict["interaction"] = interaction
        if environment is not UNSET:
            field_dict["environment"] = environment
        if model is not UNSET:
            field_dict["model"] = model
        if tags is not UNSET:
            field_dict["tags"] = tags
        if query is not UNSET:
            field_dict["query"] = query
        if parent is not UNSET:
            field_dict["parent"] = parent
        if is_root is not UNSET:
            field_dict["is_root"] = is_root
        if object_ is not UNSET:
            field_dict["object"] = object_
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        interaction = d.pop("interaction", UNSET)

        environment = d.pop("environment", UNSET)

        model = d.pop("model", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        query = d.pop("query", UNSET)

        parent = cast(list[str], d.pop("parent", UNSET))

        is_root = d.pop("is_root", UNSET)

        object_ = d.pop("object", UNSET)

        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        instance_ = cls(
            name=name,
            status=status,
            interaction=interaction,
            environment=environment,
            model=model,
            tags=tags,
            query=query,
            parent=parent,
            is_root=is_root,
            object_=object_,
            start=start,
            end=end,
        )

        return instance_
