from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="RunArtifacts")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("created", "used"))


@_attrs_define
class RunArtifacts:
    """
    Attributes:
        created (list[RunArtifactRef]):
        used (list[RunArtifactRef]):
    """

    created: list[RunArtifactRef]
    used: list[RunArtifactRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        used = []
        for used_item_data in self.used:
            used_item = used_item_data.to_dict()
            used.append(used_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "created": created,
                "used": used,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _created = data_["created"]
            if not isinstance(_created, list):
                raise TypeError(f"expected a list, got {type(_created).__name__}")
            created = []
            for created_item_index_, created_item_data in enumerate(_created):
                try:
                    created_item = RunArtifactRef.from_dict(created_item_data)

                except Exception as error_:
                    raise FieldError.at(created_item_index_, _created, error_) from None
                created.append(created_item)

        except Exception as error_:
            raise FieldError.at("created", data_, error_) from None
        try:
            _used = data_["used"]
            if not isinstance(_used, list):
                raise TypeError(f"expected a list, got {type(_used).__name__}")
            used = []
            for used_item_index_, used_item_data in enumerate(_used):
                try:
                    used_item = RunArtifactRef.from_dict(used_item_data)

                except Exception as error_:
                    raise FieldError.at(used_item_index_, _used, error_) from None
                used.append(used_item)

        except Exception as error_:
            raise FieldError.at("used", data_, error_) from None
        instance_ = cls_(
            created=created,
            used=used,
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
from ..models.run_artifact_ref import RunArtifactRef  # noqa: E402
