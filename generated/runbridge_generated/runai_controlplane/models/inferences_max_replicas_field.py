from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="InferencesMaxReplicasField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("maxReplicas",))


@_attrs_define
class InferencesMaxReplicasField:
    """
    Attributes:
        max_replicas (int | None | Unset):
    """

    max_replicas: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_replicas: int | None | Unset
        if isinstance(self.max_replicas, Unset):
            max_replicas = UNSET
        else:
            max_replicas = self.max_replicas

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if max_replicas is not UNSET:
            fields_["maxReplicas"] = max_replicas

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _max_replicas = data_.get("maxReplicas", UNSET)
            max_replicas: int | None | Unset
            if _max_replicas is None:
                max_replicas = None
            elif isinstance(_max_replicas, Unset):
                max_replicas = UNSET
            elif isinstance(_max_replicas, int) and not isinstance(_max_replicas, bool):
                max_replicas = _max_replicas
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_max_replicas).__name__}")

        except Exception as error_:
            raise FieldError.at("maxReplicas", data_, error_) from None
        instance_ = cls_(
            max_replicas=max_replicas,
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
