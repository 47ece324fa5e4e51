from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from typing import cast as cast_  # under a name no property's attribute can take

from attrs import define as _attrs_define

from ..types import UNSET, FieldError, Unset
from ..types import checked_scalars as checked_scalars_

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

        fields_: dict[str, Any] = {}

        fields_.update({})
        if name is not UNSET:
            fields_["name"] = name
        if status is not UNSET:
            fields_["status"] = status
        if interaction is not UNSET:
            fields_["interaction"] = interaction
        if environment is not UNSET:
            fields_["environment"] = environment
        if model is not UNSET:
            fields_["model"] = model
        if tags is not UNSET:
            fields_["tags"] = tags
        if query is not UNSET:
            fields_["query"] = query
        if parent is not UNSET:
            fields_["parent"] = parent
        if is_root is not UNSET:
            fields_["is_root"] = is_root
        if object_ is not UNSET:
            fields_["object"] = object_
        if start is not UNSET:
            fields_["start"] = start
        if end is not UNSET:
            fields_["end"] = end

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        name = data_.get("name", UNSET)
        if (not isinstance(name, str)) and not isinstance(name, Unset):
            raise FieldError.at("name", data_, TypeError(f"expected str, got {type(name).__name__}"))
        status = data_.get("status", UNSET)
        if (not isinstance(status, str)) and not isinstance(status, Unset):
            raise FieldError.at("status", data_, TypeError(f"expected str, got {type(status).__name__}"))
        interaction = data_.get("interaction", UNSET)
        if (not isinstance(interaction, str)) and not isinstance(interaction, Unset):
            raise FieldError.at("interaction", data_, TypeError(f"expected str, got {type(interaction).__name__}"))
        environment = data_.get("environment", UNSET)
        if (not isinstance(environment, str)) and not isinstance(environment, Unset):
            raise FieldError.at("environment", data_, TypeError(f"expected str, got {type(environment).__name__}"))
        model = data_.get("model", UNSET)
        if (not isinstance(model, str)) and not isinstance(model, Unset):
            raise FieldError.at("model", data_, TypeError(f"expected str, got {type(model).__name__}"))
        try:
            tags = cast_(list[str], checked_scalars_(data_.get("tags", UNSET), str))

        except Exception as error_:
            raise FieldError.at("tags", data_, error_) from None
        query = data_.get("query", UNSET)
        if (not isinstance(query, str)) and not isinstance(query, Unset):
            raise FieldError.at("query", data_, TypeError(f"expected str, got {type(query).__name__}"))
        try:
            parent = cast_(list[str], checked_scalars_(data_.get("parent", UNSET), str))

        except Exception as error_:
            raise FieldError.at("parent", data_, error_) from None
        is_root = data_.get("is_root", UNSET)
        if (not isinstance(is_root, bool)) and not isinstance(is_root, Unset):
            raise FieldError.at("is_root", data_, TypeError(f"expected bool, got {type(is_root).__name__}"))
        object_ = data_.get("object", UNSET)
        if (not isinstance(object_, str)) and not isinstance(object_, Unset):
            raise FieldError.at("object", data_, TypeError(f"expected str, got {type(object_).__name__}"))
        try:
            _start = data_.get("start", UNSET)
            start: datetime.datetime | Unset
            if isinstance(_start, Unset):
                start = UNSET
            else:
                start = datetime.datetime.fromisoformat(_start)

        except Exception as error_:
            raise FieldError.at("start", data_, error_) from None
        try:
            _end = data_.get("end", UNSET)
            end: datetime.datetime | Unset
            if isinstance(_end, Unset):
                end = UNSET
            else:
                end = datetime.datetime.fromisoformat(_end)

        except Exception as error_:
            raise FieldError.at("end", data_, error_) from None
        instance_ = cls_(
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
