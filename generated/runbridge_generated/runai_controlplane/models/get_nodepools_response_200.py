from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="GetNodepoolsResponse200")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("nodepools",))


@_attrs_define
class GetNodepoolsResponse200:
    """
    Attributes:
        nodepools (list[Nodepool] | Unset):
    """

    nodepools: list[Nodepool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodepools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodepools, Unset):
            nodepools = []
            for nodepools_item_data in self.nodepools:
                nodepools_item = nodepools_item_data.to_dict()
                nodepools.append(nodepools_item)

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update({})
        if nodepools is not UNSET:
            fields_["nodepools"] = nodepools

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _nodepools = data_.get("nodepools", UNSET)
            nodepools: list[Nodepool] | Unset = UNSET
            if _nodepools is not UNSET:
                if not isinstance(_nodepools, list):
                    raise TypeError(f"expected a list, got {type(_nodepools).__name__}")
                nodepools = []
                for nodepools_item_index_, nodepools_item_data in enumerate(_nodepools):
                    try:
                        nodepools_item = Nodepool.from_dict(nodepools_item_data)

                    except Exception as error_:
                        raise FieldError.at(nodepools_item_index_, _nodepools, error_) from None
                    nodepools.append(nodepools_item)

        except Exception as error_:
            raise FieldError.at("nodepools", data_, error_) from None
        instance_ = cls_(
            nodepools=nodepools,
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
from ..models.nodepool import Nodepool  # noqa: E402
