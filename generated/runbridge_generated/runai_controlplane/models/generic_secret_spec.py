from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GenericSecretSpec")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("keyId", "existingSecretName", "keyValuePairs"))


@_attrs_define
class GenericSecretSpec:
    """
    Attributes:
        key_id (int):
        existing_secret_name (None | str | Unset):
        key_value_pairs (list[KeyValuePair | None] | Unset):
    """

    key_id: int
    existing_secret_name: None | str | Unset = UNSET
    key_value_pairs: list[KeyValuePair | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

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

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "keyId": key_id,
            }
        )
        if existing_secret_name is not UNSET:
            fields_["existingSecretName"] = existing_secret_name
        if key_value_pairs is not UNSET:
            fields_["keyValuePairs"] = key_value_pairs

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            key_id = data_["keyId"]
            if not isinstance(key_id, int) or key_id is True or key_id is False:
                raise TypeError(f"expected int, got {type(key_id).__name__}")
        except Exception as error_:
            raise FieldError.at("keyId", data_, error_) from None
        try:
            _existing_secret_name = data_.get("existingSecretName", UNSET)
            existing_secret_name: None | str | Unset
            if _existing_secret_name is None:
                existing_secret_name = None
            elif isinstance(_existing_secret_name, Unset):
                existing_secret_name = UNSET
            elif isinstance(_existing_secret_name, str):
                existing_secret_name = _existing_secret_name
            else:
                raise TypeError(f"expected None | str | Unset, got {type(_existing_secret_name).__name__}")

        except Exception as error_:
            raise FieldError.at("existingSecretName", data_, error_) from None
        try:
            _key_value_pairs = data_.get("keyValuePairs", UNSET)
            key_value_pairs: list[KeyValuePair | None] | Unset = UNSET
            if _key_value_pairs is not UNSET:
                if not isinstance(_key_value_pairs, list):
                    raise TypeError(f"expected a list, got {type(_key_value_pairs).__name__}")
                key_value_pairs = []
                for (
                    componentsschemas_generic_secret_key_value_pairs_item_index_,
                    componentsschemas_generic_secret_key_value_pairs_item_data,
                ) in enumerate(_key_value_pairs):
                    try:
                        _componentsschemas_generic_secret_key_value_pairs_item = (
                            componentsschemas_generic_secret_key_value_pairs_item_data
                        )
                        componentsschemas_generic_secret_key_value_pairs_item: KeyValuePair | None
                        if _componentsschemas_generic_secret_key_value_pairs_item is None:
                            componentsschemas_generic_secret_key_value_pairs_item = None
                        elif isinstance(_componentsschemas_generic_secret_key_value_pairs_item, dict):
                            componentsschemas_generic_secret_key_value_pairs_item_type_0 = KeyValuePair.from_dict(
                                _componentsschemas_generic_secret_key_value_pairs_item
                            )

                            componentsschemas_generic_secret_key_value_pairs_item = (
                                componentsschemas_generic_secret_key_value_pairs_item_type_0
                            )

                        else:
                            raise TypeError(
                                f"expected KeyValuePair | None, got {type(_componentsschemas_generic_secret_key_value_pairs_item).__name__}"
                            )

                    except Exception as error_:
                        raise FieldError.at(
                            componentsschemas_generic_secret_key_value_pairs_item_index_, _key_value_pairs, error_
                        ) from None
                    key_value_pairs.append(componentsschemas_generic_secret_key_value_pairs_item)

        except Exception as error_:
            raise FieldError.at("keyValuePairs", data_, error_) from None
        instance_ = cls_(
            key_id=key_id,
            existing_secret_name=existing_secret_name,
            key_value_pairs=key_value_pairs,
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
from ..models.key_value_pair import KeyValuePair  # noqa: E402
