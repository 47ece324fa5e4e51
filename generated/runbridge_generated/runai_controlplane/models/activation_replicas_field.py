from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="ActivationReplicasField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("activationReplicas",))


@_attrs_define
class ActivationReplicasField:
    """
    Attributes:
        activation_replicas (int | None | Unset):
    """

    activation_replicas: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_replicas: int | None | Unset
        if isinstance(self.activation_replicas, Unset):
            activation_replicas = UNSET
        else:
            activation_replicas = self.activation_replicas

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if activation_replicas is not UNSET:
            fields_["activationReplicas"] = activation_replicas

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _activation_replicas = data_.get("activationReplicas", UNSET)
            activation_replicas: int | None | Unset
            if _activation_replicas is None:
                activation_replicas = None
            elif isinstance(_activation_replicas, Unset):
                activation_replicas = UNSET
            elif isinstance(_activation_replicas, int) and not isinstance(_activation_replicas, bool):
                activation_replicas = _activation_replicas
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_activation_replicas).__name__}")

        except Exception as error_:
            raise FieldError.at("activationReplicas", data_, error_) from None
        instance_ = cls_(
            activation_replicas=activation_replicas,
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
