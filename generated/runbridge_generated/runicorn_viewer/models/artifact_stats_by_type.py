from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="ArtifactStatsByType")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(())


@_attrs_define
class ArtifactStatsByType:
    additional_properties: dict[str, ArtifactStatsByTypeAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        fields_: dict[str, Any] = {}
        for key_, value_ in self.additional_properties.items():
            fields_[key_] = value_.to_dict()

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        instance_ = cls_()

        if not _FIELDS.issuperset(data_):
            extra_ = {}
            for key_, value_ in data_.items():
                if key_ in _FIELDS:
                    continue
                try:
                    additional_property = ArtifactStatsByTypeAdditionalProperty.from_dict(value_)

                except Exception as error_:
                    raise FieldError.at(key_, data_, error_) from None
                extra_[key_] = additional_property
            instance_.additional_properties = extra_
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ArtifactStatsByTypeAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ArtifactStatsByTypeAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models in an import cycle with this one: imported after the class above is defined.
from ..models.artifact_stats_by_type_additional_property import ArtifactStatsByTypeAdditionalProperty  # noqa: E402
