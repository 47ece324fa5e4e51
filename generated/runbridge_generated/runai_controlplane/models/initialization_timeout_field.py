from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="InitializationTimeoutField")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("initializationTimeoutSeconds",))


@_attrs_define
class InitializationTimeoutField:
    """
    Attributes:
        initialization_timeout_seconds (int | None | Unset):
    """

    initialization_timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initialization_timeout_seconds: int | None | Unset
        if isinstance(self.initialization_timeout_seconds, Unset):
            initialization_timeout_seconds = UNSET
        else:
            initialization_timeout_seconds = self.initialization_timeout_seconds

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if initialization_timeout_seconds is not UNSET:
            fields_["initializationTimeoutSeconds"] = initialization_timeout_seconds

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _initialization_timeout_seconds = data_.get("initializationTimeoutSeconds", UNSET)
            initialization_timeout_seconds: int | None | Unset
            if _initialization_timeout_seconds is None:
                initialization_timeout_seconds = None
            elif isinstance(_initialization_timeout_seconds, Unset):
                initialization_timeout_seconds = UNSET
            elif isinstance(_initialization_timeout_seconds, int) and not isinstance(
                _initialization_timeout_seconds, bool
            ):
                initialization_timeout_seconds = _initialization_timeout_seconds
            else:
                raise TypeError(f"expected int | None | Unset, got {type(_initialization_timeout_seconds).__name__}")

        except Exception as error_:
            raise FieldError.at("initializationTimeoutSeconds", data_, error_) from None
        instance_ = cls_(
            initialization_timeout_seconds=initialization_timeout_seconds,
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
