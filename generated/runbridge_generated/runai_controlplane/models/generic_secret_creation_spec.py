from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_value_pair import KeyValuePair


T = TypeVar("T", bound="GenericSecretCreationSpec")


@_attrs_define
class GenericSecretCreationSpec:
    """
    Attributes:
        existing_secret_name (None | str | Unset):
        key_value_pairs (list[KeyValuePair | None] | Unset):
    """

    existing_secret_name: None | str | Unset = UNSET
    key_value_pairs: list[KeyValuePair | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415

        existing_secret_name: None | str | Unset
        if isinstance(self.existing_secret_name, Unset):
            existing_secret_name = UNSET
        else:
            existing_secret_name = self.existing_secret_name

        key_value_pairs: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.key_value_pairs, Unset):
            key_value_pairs = []
            for componentsschemas_generic_secret_key_value_pairs_item_data in self.key_value_pairs:
                componentsschemas_generic_secret_key_value_pairs_item: dict[str, Any] | None
                if isinstance(componentsschemas_generic_secret_key_value_pairs_item_data, KeyValuePair):
                    componentsschemas_generic_secret_key_value_pairs_item = (
                        componentsschemas_generic_secret_key_value_pairs_item_data.to_dict()
                    )
                else:
                    componentsschemas_generic_secret_key_value_pairs_item = (
                        componentsschemas_generic_secret_key_value_pairs_item_data
                    )
                key_value_pairs.append(componentsschemas_generic_secret_key_value_pairs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if existing_secret_name is not UNSET:
            field_dict["existingSecretName"] = existing_secret_name
        if key_value_pairs is not UNSET:
            field_dict["keyValuePairs"] = key_value_pairs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_value_pair import KeyValuePair  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_existing_secret_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        existing_secret_name = _parse_existing_secret_name(d.pop("existingSecretName", UNSET))

        _key_value_pairs = d.pop("keyValuePairs", UNSET)
        key_value_pairs: list[KeyValuePair | None] | Unset = UNSET
        if _key_value_pairs is not UNSET:
            key_value_pairs = []
            for componentsschemas_generic_secret_key_value_pairs_item_data in _key_value_pairs:

                def _parse_componentsschemas_generic_secret_key_value_pairs_item(data: object) -> KeyValuePair | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_generic_secret_key_value_pairs_item_type_0 = KeyValuePair.from_dict(data)

                        return componentsschemas_generic_secret_key_value_pairs_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(KeyValuePair | None, data)

                componentsschemas_generic_secret_key_value_pairs_item = (
                    _parse_componentsschemas_generic_secret_key_value_pairs_item(
                        componentsschemas_generic_secret_key_value_pairs_item_data
                    )
                )

                key_value_pairs.append(componentsschemas_generic_secret_key_value_pairs_item)

        instance_ = cls(
            existing_secret_name=existing_secret_name,
            key_value_pairs=key_value_pairs,
        )

        instance_.additional_properties = d
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
