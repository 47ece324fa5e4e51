from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="LineageEdge")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("source", "target", "edge_type", "created_at"))


@_attrs_define
class LineageEdge:
    """
    Attributes:
        source (str):
        target (str):
        edge_type (str | Unset):
        created_at (float | None | Unset):
    """

    source: str
    target: str
    edge_type: str | Unset = UNSET
    created_at: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        edge_type = self.edge_type

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "source": source,
                "target": target,
            }
        )
        if edge_type is not UNSET:
            fields_["edge_type"] = edge_type
        if created_at is not UNSET:
            fields_["created_at"] = created_at

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            source = data_["source"]
            if not isinstance(source, str):
                raise TypeError(f"expected str, got {type(source).__name__}")
        except Exception as error_:
            raise FieldError.at("source", data_, error_) from None
        try:
            target = data_["target"]
            if not isinstance(target, str):
                raise TypeError(f"expected str, got {type(target).__name__}")
        except Exception as error_:
            raise FieldError.at("target", data_, error_) from None
        edge_type = data_.get("edge_type", UNSET)
        if (not isinstance(edge_type, str)) and not isinstance(edge_type, Unset):
            raise FieldError.at("edge_type", data_, TypeError(f"expected str, got {type(edge_type).__name__}"))
        try:
            _created_at = data_.get("created_at", UNSET)
            created_at: float | None | Unset
            if _created_at is None:
                created_at = None
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            elif isinstance(_created_at, (int, float)) and not isinstance(_created_at, bool):
                created_at = _created_at
            else:
                raise TypeError(f"expected float | None | Unset, got {type(_created_at).__name__}")

        except Exception as error_:
            raise FieldError.at("created_at", data_, error_) from None
        instance_ = cls_(
            source=source,
            target=target,
            edge_type=edge_type,
            created_at=created_at,
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
