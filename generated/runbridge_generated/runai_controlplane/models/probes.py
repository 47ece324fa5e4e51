from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="Probes")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("readiness",))


@_attrs_define
class Probes:
    """
    Attributes:
        readiness (None | Probe | Unset):
    """

    readiness: None | Probe | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        readiness: dict[str, Any] | None | Unset
        if isinstance(self.readiness, Unset):
            readiness = UNSET
        elif isinstance(self.readiness, Probe):
            readiness = self.readiness.to_dict()
        else:
            readiness = self.readiness

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if readiness is not UNSET:
            fields_["readiness"] = readiness

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _readiness = data_.get("readiness", UNSET)
            readiness: None | Probe | Unset
            if _readiness is None:
                readiness = None
            elif isinstance(_readiness, Unset):
                readiness = UNSET
            elif isinstance(_readiness, dict):
                readiness_type_0 = Probe.from_dict(_readiness)

                readiness = readiness_type_0

            else:
                raise TypeError(f"expected None | Probe | Unset, got {type(_readiness).__name__}")

        except Exception as error_:
            raise FieldError.at("readiness", data_, error_) from None
        instance_ = cls_(
            readiness=readiness,
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
from ..models.probe import Probe  # noqa: E402
