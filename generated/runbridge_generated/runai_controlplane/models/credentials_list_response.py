from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError

T = TypeVar("T", bound="CredentialsListResponse")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("entries",))


@_attrs_define
class CredentialsListResponse:
    """
    Attributes:
        entries (list[CredentialsListResponseEntry]):
    """

    entries: list[CredentialsListResponseEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "entries": entries,
            }
        )

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _entries = data_["entries"]
            if not isinstance(_entries, list):
                raise TypeError(f"expected a list, got {type(_entries).__name__}")
            entries = []
            for entries_item_index_, entries_item_data in enumerate(_entries):
                try:
                    entries_item = CredentialsListResponseEntry.from_dict(entries_item_data)

                except Exception as error_:
                    raise FieldError.at(entries_item_index_, _entries, error_) from None
                entries.append(entries_item)

        except Exception as error_:
            raise FieldError.at("entries", data_, error_) from None
        instance_ = cls_(
            entries=entries,
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
from ..models.credentials_list_response_entry import CredentialsListResponseEntry  # noqa: E402
