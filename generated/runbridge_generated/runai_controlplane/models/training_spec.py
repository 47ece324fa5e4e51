from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="TrainingSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("spec",))


@_attrs_define
class TrainingSpec:
    """
    Attributes:
        spec (None | TrainingSpecSpec | Unset):
    """

    spec: None | TrainingSpecSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, TrainingSpecSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if spec is not UNSET:
            fields_["spec"] = spec

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _spec = data_.get("spec", UNSET)
            spec: None | TrainingSpecSpec | Unset
            if _spec is None:
                spec = None
            elif isinstance(_spec, Unset):
                spec = UNSET
            elif isinstance(_spec, dict):
                spec_type_0 = TrainingSpecSpec.from_dict(_spec)

                spec = spec_type_0

            else:
                raise TypeError(f"expected None | TrainingSpecSpec | Unset, got {type(_spec).__name__}")

        except Exception as error_:
            raise FieldError.at("spec", data_, error_) from None
        instance_ = cls_(
            spec=spec,
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
from ..models.training_spec_spec import TrainingSpecSpec  # noqa: E402
