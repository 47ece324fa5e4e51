from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="StorageCandidate")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("path", "run_count", "has_archive", "has_index", "score"))


@_attrs_define
class StorageCandidate:
    """
    Attributes:
        path (str):
        run_count (int | Unset):
        has_archive (bool | Unset):
        has_index (bool | Unset):
        score (float | Unset):
    """

    path: str
    run_count: int | Unset = UNSET
    has_archive: bool | Unset = UNSET
    has_index: bool | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        run_count = self.run_count

        has_archive = self.has_archive

        has_index = self.has_index

        score = self.score

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "path": path,
            }
        )
        if run_count is not UNSET:
            fields_["run_count"] = run_count
        if has_archive is not UNSET:
            fields_["has_archive"] = has_archive
        if has_index is not UNSET:
            fields_["has_index"] = has_index
        if score is not UNSET:
            fields_["score"] = score

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            path = data_["path"]
            if not isinstance(path, str):
                raise TypeError(f"expected str, got {type(path).__name__}")
        except Exception as error_:
            raise FieldError.at("path", data_, error_) from None
        run_count = data_.get("run_count", UNSET)
        if (not isinstance(run_count, int) or run_count is True or run_count is False) and not isinstance(
            run_count, Unset
        ):
            raise FieldError.at("run_count", data_, TypeError(f"expected int, got {type(run_count).__name__}"))
        has_archive = data_.get("has_archive", UNSET)
        if (not isinstance(has_archive, bool)) and not isinstance(has_archive, Unset):
            raise FieldError.at("has_archive", data_, TypeError(f"expected bool, got {type(has_archive).__name__}"))
        has_index = data_.get("has_index", UNSET)
        if (not isinstance(has_index, bool)) and not isinstance(has_index, Unset):
            raise FieldError.at("has_index", data_, TypeError(f"expected bool, got {type(has_index).__name__}"))
        score = data_.get("score", UNSET)
        if (not isinstance(score, (int, float)) or score is True or score is False) and not isinstance(score, Unset):
            raise FieldError.at("score", data_, TypeError(f"expected int or float, got {type(score).__name__}"))
        instance_ = cls_(
            path=path,
            run_count=run_count,
            has_archive=has_archive,
            has_index=has_index,
            score=score,
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
