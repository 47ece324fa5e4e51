from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GetProjectsResponse200")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("projects", "next"))


@_attrs_define
class GetProjectsResponse200:
    """
    Attributes:
        projects (list[Project]):
        next_ (int | Unset):
    """

    projects: list[Project]
    next_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        next_ = self.next_

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "projects": projects,
            }
        )
        if next_ is not UNSET:
            fields_["next"] = next_

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _projects = data_["projects"]
            if not isinstance(_projects, list):
                raise TypeError(f"expected a list, got {type(_projects).__name__}")
            projects = []
            for projects_item_index_, projects_item_data in enumerate(_projects):
                try:
                    projects_item = Project.from_dict(projects_item_data)

                except Exception as error_:
                    raise FieldError.at(projects_item_index_, _projects, error_) from None
                projects.append(projects_item)

        except Exception as error_:
            raise FieldError.at("projects", data_, error_) from None
        next_ = data_.get("next", UNSET)
        if (not isinstance(next_, int) or next_ is True or next_ is False) and not isinstance(next_, Unset):
            raise FieldError.at("next", data_, TypeError(f"expected int, got {type(next_).__name__}"))
        instance_ = cls_(
            projects=projects,
            next_=next_,
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
from ..models.project import Project  # noqa: E402
