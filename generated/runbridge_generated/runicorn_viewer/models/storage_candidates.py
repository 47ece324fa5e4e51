from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset

T = TypeVar("T", bound="StorageCandidates")
# The keys the schema declares; any other key in a body is an additional property.
_FIELDS: frozenset[str] = frozenset(("candidates", "scan_root", "max_depth"))


@_attrs_define
class StorageCandidates:
    """
    Attributes:
        candidates (list[StorageCandidate]):
        scan_root (str | Unset):
        max_depth (int | Unset):
    """

    candidates: list[StorageCandidate]
    scan_root: str | Unset = UNSET
    max_depth: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        scan_root = self.scan_root

        max_depth = self.max_depth

        fields_: dict[str, Any] = {}
        fields_.update(self.additional_properties)
        fields_.update(
            {
                "candidates": candidates,
            }
        )
        if scan_root is not UNSET:
            fields_["scan_root"] = scan_root
        if max_depth is not UNSET:
            fields_["max_depth"] = max_depth

        return fields_

    @classmethod
    def from_dict(cls_: type[T], data_: Mapping[str, Any]) -> T:
        if not isinstance(data_, dict) and not isinstance(data_, Mapping):
            raise FieldError((), f"expected an object, got {type(data_).__name__}", data_)
        try:
            _candidates = data_["candidates"]
            if not isinstance(_candidates, list):
                raise TypeError(f"expected a list, got {type(_candidates).__name__}")
            candidates = []
            for candidates_item_index_, candidates_item_data in enumerate(_candidates):
                try:
                    candidates_item = StorageCandidate.from_dict(candidates_item_data)

                except Exception as error_:
                    raise FieldError.at(candidates_item_index_, _candidates, error_) from None
                candidates.append(candidates_item)

        except Exception as error_:
            raise FieldError.at("candidates", data_, error_) from None
        scan_root = data_.get("scan_root", UNSET)
        if (not isinstance(scan_root, str)) and not isinstance(scan_root, Unset):
            raise FieldError.at("scan_root", data_, TypeError(f"expected str, got {type(scan_root).__name__}"))
        max_depth = data_.get("max_depth", UNSET)
        if (not isinstance(max_depth, int) or max_depth is True or max_depth is False) and not isinstance(
            max_depth, Unset
        ):
            raise FieldError.at("max_depth", data_, TypeError(f"expected int, got {type(max_depth).__name__}"))
        instance_ = cls_(
            candidates=candidates,
            scan_root=scan_root,
            max_depth=max_depth,
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
from ..models.storage_candidate import StorageCandidate  # noqa: E402
