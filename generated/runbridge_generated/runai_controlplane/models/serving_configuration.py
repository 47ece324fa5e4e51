from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServingConfiguration")


@_attrs_define
class ServingConfiguration:
    """
    Attributes:
        initialization_timeout_seconds (int | None | Unset):
        request_timeout_seconds (int | None | Unset):
    """

    initialization_timeout_seconds: int | None | Unset = UNSET
    request_timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initialization_timeout_seconds: int | None | Unset
        if isinstance(self.initialization_timeout_seconds, Unset):
            initialization_timeout_seconds = UNSET
        else:
            initialization_timeout_seconds = self.initialization_timeout_seconds

        request_timeout_seconds: int | None | Unset
        if isinstance(self.request_timeout_seconds, Unset):
            request_timeout_seconds = UNSET
        else:
            request_timeout_seconds = self.request_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if initialization_timeout_seconds is not UNSET:
            field_dict["initializationTimeoutSeconds"] = initialization_timeout_seconds
        if request_timeout_seconds is not UNSET:
            field_dict["requestTimeoutSeconds"] = request_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_initialization_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initialization_timeout_seconds = _parse_initialization_timeout_seconds(
            d.pop("initializationTimeoutSeconds", UNSET)
        )

        def _parse_request_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_timeout_seconds = _parse_request_timeout_seconds(d.pop("requestTimeoutSeconds", UNSET))

        instance_ = cls(
            initialization_timeout_seconds=initialization_timeout_seconds,
            request_timeout_seconds=request_timeout_seconds,
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
